package fi.valvonta.ejb.search;

import fi.valvonta.ejb.audit.AuditTrail;
import fi.valvonta.ejb.platform.CallerRoles;
import fi.valvonta.ejb.platform.Page;
import fi.valvonta.model.audit.AuditChannel;
import fi.valvonta.model.audit.AuditedType;
import fi.valvonta.model.search.SearchHitType;
import fi.valvonta.model.search.SearchPermissions;
import fi.valvonta.model.search.SearchQuery;
import fi.valvonta.model.search.SearchTerm;
import fi.valvonta.model.security.Role;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The search box: complaints, measure cases and inspections by case number, party, entity, official and the
 * words of their texts, limited to the kinds of record the caller's roles read ({@link SearchPermissions}).
 * A hit whose complainant, representative or official complained about the query found reveals personal data:
 * it shows the name and is written to the use log, as a view of the complaint (tiedonhallintalaki 17 §).
 */
@Stateless
@RolesAllowed({Role.REGISTRAR_NAME, Role.INSPECTOR_NAME, Role.DECISION_MAKER_NAME, Role.ADMIN_NAME, Role.AUDITOR_NAME})
public class SearchService {

    /** The largest page. */
    public static final int MAX_PAGE = 100;

    @PersistenceContext(unitName = "valvonta")
    EntityManager em;

    @Resource(lookup = "java:jboss/datasources/ValvontaDS")
    DataSource dataSource;

    @Inject
    AuditTrail audit;

    @Resource
    SessionContext context;

    private SearchDialect dialect;

    /** Names of an entity, in Finnish and Swedish. */
    private record EntityNames(String fi, String sv) {
    }

    /**
     * The page of hits of {@code text}, best first (on PostgreSQL by rank, then newest; on H2 newest first).
     * @throws fi.valvonta.model.platform.RuleViolationException when the query is empty or too long ({@link SearchQuery#parse})
     */
    public Page<SearchHit> search(String text, int first, int max, AuditChannel channel) {
        SearchQuery parsed = SearchQuery.parse(text);
        int from = Math.max(0, first);
        int size = Math.max(1, Math.min(MAX_PAGE, max));
        Set<SearchHitType> visible = SearchPermissions.visibleTo(CallerRoles.of(context));
        SearchDialect d = dialect();
        Optional<SearchQuery> searched = d == SearchDialect.POSTGRESQL ? parsed.without(stopWords(parsed)) : Optional.of(parsed);
        if (searched.isEmpty() || visible.isEmpty()) {
            return new Page<>(List.of(), 0, from, size);
        }
        SearchQuery q = searched.get();
        Map<Long, EntityNames> entities = entities();
        SearchSql.Statements sql = SearchSql.of(d, q, visible, matches(q, entities), from, size);
        List<SearchHit> hits = new ArrayList<>();
        for (Object row : bind(em.createNativeQuery(sql.list().sql()), sql.list()).getResultList()) {
            hits.add(hit(q, (Object[]) row, entities));
        }
        for (SearchHit h : hits) {
            // tiedonhallintalaki 906/2019 17 §: a name the search found is personal data shown: a view of the complaint
            if (h.party() != null || h.official() != null) {
                audit.recordView(AuditedType.COMPLAINT, h.id(), channel);
            }
        }
        long total = hits.size() < size && (from == 0 || !hits.isEmpty()) ? from + hits.size()
                : ((Number) bind(em.createNativeQuery(sql.count().sql()), sql.count()).getSingleResult()).longValue();
        return new Page<>(hits, total, from, size);
    }

    private static Query bind(Query query, SearchSql.Statement statement) {
        List<Object> parameters = statement.parameters();
        for (int i = 0; i < parameters.size(); i++) {
            query.setParameter(i + 1, parameters.get(i));
        }
        return query;
    }

    private static SearchHit hit(SearchQuery q, Object[] r, Map<Long, EntityNames> entities) {
        SearchHitType type = SearchHitType.valueOf((String) r[0]);
        long entityId = ((Number) r[5]).longValue();
        EntityNames names = entities.getOrDefault(entityId, new EntityNames(null, null));
        // a name is shown only when the query found it: the use log then records the view
        String complainant = q.findsName((String) r[10]) ? (String) r[10] : null;
        String party = complainant != null ? complainant : q.findsName((String) r[11]) ? (String) r[11] : null;
        String official = q.findsName((String) r[12]) ? (String) r[12] : null;
        return new SearchHit(type, ((Number) r[1]).longValue(), (String) r[2], (String) r[3], (String) r[4], entityId,
                names.fi(), names.sv(), (String) r[6], date(r[7]), r[8] == null ? null : ((Number) r[8]).longValue(),
                party, official, r[9] == null ? 0 : ((Number) r[9]).doubleValue());
    }

    private static LocalDate date(Object value) {
        if (value instanceof LocalDate d) {
            return d;
        }
        return value instanceof java.sql.Date d ? d.toLocalDate() : null;
    }

    /**
     * PostgreSQL: the terms the Finnish or the Swedish configuration drops as a stop word ("ja", "och"): each
     * configuration keeps the other language's, so left in they would find nearly every text.
     */
    private Set<SearchTerm> stopWords(SearchQuery q) {
        if (q.terms().isEmpty()) {
            return Set.of();
        }
        List<String> columns = new ArrayList<>();
        List<Object> parameters = new ArrayList<>();
        for (SearchTerm t : q.terms()) {
            String parse = t.phrase() ? "phraseto_tsquery" : "plainto_tsquery";
            parameters.add(t.text());
            columns.add("numnode(" + parse + "('finnish', ?" + parameters.size() + "))");
            parameters.add(t.text());
            columns.add("numnode(" + parse + "('swedish', ?" + parameters.size() + "))");
        }
        Query counts = em.createNativeQuery("SELECT " + String.join(", ", columns));
        for (int i = 0; i < parameters.size(); i++) {
            counts.setParameter(i + 1, parameters.get(i));
        }
        Object result = counts.getSingleResult();
        Object[] nodes = result instanceof Object[] a ? a : new Object[]{result};
        Set<SearchTerm> stop = new HashSet<>();
        for (int i = 0; i < q.terms().size(); i++) {
            if (((Number) nodes[2 * i]).intValue() == 0 || ((Number) nodes[2 * i + 1]).intValue() == 0) {
                stop.add(q.terms().get(i));
            }
        }
        return stop;
    }

    /** Every supervised entity's names: a few hundred rows, matched here by name and shown in the hits. */
    private Map<Long, EntityNames> entities() {
        Map<Long, EntityNames> names = new HashMap<>();
        for (Object row : em.createNativeQuery("SELECT id, name_fi, name_sv FROM supervised_entity").getResultList()) {
            Object[] r = (Object[]) row;
            names.put(((Number) r[0]).longValue(), new EntityNames((String) r[1], (String) r[2]));
        }
        return names;
    }

    /** The entities and officials each term names: by Finnish or Swedish name, inflected too; by display name or user name. */
    private SearchSql.Matches matches(SearchQuery q, Map<Long, EntityNames> entities) {
        Map<String, String> users = new LinkedHashMap<>();
        for (Object row : em.createNativeQuery("SELECT username, display_name FROM app_user").getResultList()) {
            Object[] r = (Object[]) row;
            users.put((String) r[0], (String) r[1]);
        }
        Map<SearchTerm, Set<Long>> entityIds = new HashMap<>();
        Map<SearchTerm, Set<String>> officials = new HashMap<>();
        for (SearchTerm t : q.terms()) {
            Set<Long> ids = new HashSet<>();
            entities.forEach((id, n) -> {
                if (t.matchesPlaceName(n.fi()) || t.matchesPlaceName(n.sv())) {
                    ids.add(id);
                }
            });
            entityIds.put(t, ids);
            Set<String> names = new HashSet<>();
            users.forEach((username, displayName) -> {
                if (t.matchesName(displayName) || t.matchesName(username)) {
                    names.add(username);
                }
            });
            officials.put(t, names);
        }
        return new SearchSql.Matches(entityIds, officials);
    }

    /**
     * The dialect of the database (the transaction's own connection: no second one from the pool), asked once per
     * bean instance: the datasource does not change its database while the application runs.
     */
    private SearchDialect dialect() {
        if (dialect == null) {
            try (Connection c = dataSource.getConnection()) {
                dialect = SearchDialect.of(c.getMetaData().getDatabaseProductName());
            } catch (SQLException e) {
                throw new IllegalStateException("cannot reach the database", e);
            }
        }
        return dialect;
    }
}
