package fi.valvonta.ejb.risk;

import fi.valvonta.ejb.platform.Csv;

import fi.valvonta.model.audit.AuditedType;
import fi.valvonta.ejb.audit.AuditTrail;
import fi.valvonta.ejb.platform.CsvWriter;
import fi.valvonta.model.risk.ComplaintSignal.Substantiation;
import fi.valvonta.model.risk.EntityIndicator;
import fi.valvonta.model.risk.RiskSignal;
import fi.valvonta.model.registry.SupervisedEntity;
import fi.valvonta.model.platform.Dimension;
import fi.valvonta.model.platform.RuleViolationException;
import fi.valvonta.model.risk.RiskPermissions;
import fi.valvonta.model.security.Role;
import fi.valvonta.ejb.platform.CallerRoles;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Indicators per supervised entity (dated, with source), edited one by one or imported from CSV, and the
 * CSV import of complaint and order signals into {@code risk_signal_import}.
 */
@Stateless
@RolesAllowed({Role.REGISTRAR_NAME, Role.INSPECTOR_NAME, Role.DECISION_MAKER_NAME, Role.ADMIN_NAME, Role.AUDITOR_NAME})
public class IndicatorService {

    /** Header of the indicator CSV (semicolon-separated, decimal point). */
    public static final String INDICATOR_HEADER = "entityId;validOn;clientCount;foreignLanguageShare;under30Share;source";
    /** Header of the signal CSV: kind COMPLAINT (substantiation) or ORDER (dueOn, closedOn). */
    public static final String SIGNAL_HEADER = "entityId;kind;dimension;occurredOn;substantiation;dueOn;closedOn;source";

    @PersistenceContext(unitName = "valvonta")
    private EntityManager em;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    @Resource
    private SessionContext ctx;

    /** The latest indicators of every entity as of the date, by entity name. */
    public List<IndicatorView> current(LocalDate asOf) {
        Map<Long, String> names = names();
        Map<Long, EntityIndicator> latest = new HashMap<>();
        em.createQuery("SELECT i FROM EntityIndicator i WHERE i.validOn <= :d ORDER BY i.entityId, i.validOn DESC", EntityIndicator.class)
                .setParameter("d", asOf).getResultList().forEach(i -> latest.putIfAbsent(i.entityId(), i));
        return latest.values().stream().map(i -> IndicatorView.of(i, names.get(i.entityId())))
                .sorted(Comparator.comparing(IndicatorView::entityName)).toList();
    }

    public List<IndicatorView> history(long entityId) {
        String name = names().get(entityId);
        return em.createQuery("SELECT i FROM EntityIndicator i WHERE i.entityId = :e ORDER BY i.validOn DESC", EntityIndicator.class)
                .setParameter("e", entityId).getResultList().stream().map(i -> IndicatorView.of(i, name)).toList();
    }

    /** Whether the caller may record indicators and import them or signals (the page offers editing by this). */
    public boolean mayEdit() {
        return RiskPermissions.mayEditIndicators(CallerRoles.of(ctx));
    }

    @RolesAllowed({Role.INSPECTOR_NAME, Role.DECISION_MAKER_NAME, Role.ADMIN_NAME})
    public IndicatorView record(@NotNull @Valid RecordIndicators c) {
        String name = entityName(c.entityId(), "entityId");
        Instant now = clock.instant();
        EntityIndicator existing = em.createQuery(
                        "SELECT i FROM EntityIndicator i WHERE i.entityId = :e AND i.validOn = :d", EntityIndicator.class)
                .setParameter("e", c.entityId()).setParameter("d", c.validOn()).getResultStream().findFirst().orElse(null);
        if (existing != null) {
            String before = existing.auditSummary();
            existing.correct(c.clientCount(), c.foreignLanguageShare(), c.under30Share(), c.source(), now, caller());
            em.flush();
            audit.recordChange(existing, "CORRECTED", before);
            return IndicatorView.of(existing, name);
        }
        EntityIndicator created = new EntityIndicator(c.entityId(), c.validOn(), c.clientCount(), c.foreignLanguageShare(),
                c.under30Share(), c.source(), now, caller());
        em.persist(created);
        em.flush();
        audit.recordChange(created, "RECORDED", null);
        return IndicatorView.of(created, name);
    }

    /** Imports indicator rows ({@link #INDICATOR_HEADER}); all rows or none. */
    @RolesAllowed({Role.INSPECTOR_NAME, Role.DECISION_MAKER_NAME, Role.ADMIN_NAME})
    public ImportResult importIndicators(@NotNull String csv) {
        List<String[]> rows = Csv.rows(csv, INDICATOR_HEADER);
        int line = 1;
        for (String[] r : rows) {
            line++;
            int at = line;
            try {
                record(new RecordIndicators(Long.parseLong(r[0].trim()), LocalDate.parse(r[1].trim()),
                        Integer.parseInt(r[2].trim()), Double.parseDouble(r[3].trim()), Double.parseDouble(r[4].trim()), r[5]));
            } catch (NumberFormatException | DateTimeParseException e) {
                throw new RuleViolationException("csv.malformed", "file", "line " + at + ": " + e.getMessage());
            } catch (RuleViolationException e) {
                throw new RuleViolationException(e.code(), "file", "line " + at + ": " + e.getMessage());
            }
        }
        return new ImportResult(rows.size());
    }

    /** Imports complaint and order signals ({@link #SIGNAL_HEADER}) for the risk model; all rows or none. */
    @RolesAllowed({Role.INSPECTOR_NAME, Role.DECISION_MAKER_NAME, Role.ADMIN_NAME})
    public ImportResult importSignals(@NotNull String csv) {
        List<String[]> rows = Csv.rows(csv, SIGNAL_HEADER);
        Map<Long, String> names = names();
        Instant now = clock.instant();
        int line = 1;
        for (String[] r : rows) {
            line++;
            try {
                long entityId = Long.parseLong(r[0].trim());
                if (!names.containsKey(entityId)) {
                    throw new RuleViolationException("csv.unknown-entity", "file", "no supervised entity " + entityId);
                }
                Dimension d = Dimension.valueOf(r[2].trim().toUpperCase(Locale.ROOT));
                LocalDate occurred = LocalDate.parse(r[3].trim());
                RiskSignal s = switch (r[1].trim().toUpperCase(Locale.ROOT)) {
                    case "COMPLAINT" -> RiskSignal.complaint(entityId, d, occurred,
                            Substantiation.valueOf(r[4].trim().toUpperCase(Locale.ROOT)), r[7], now);
                    case "ORDER" -> RiskSignal.order(entityId, d, occurred, LocalDate.parse(r[5].trim()),
                            r[6].isBlank() ? null : LocalDate.parse(r[6].trim()), r[7], now);
                    default -> throw new IllegalArgumentException("kind must be COMPLAINT or ORDER: " + r[1]);
                };
                em.persist(s);
            } catch (RuntimeException e) {
                String code = e instanceof RuleViolationException rv ? rv.code() : "csv.malformed";
                throw new RuleViolationException(code, "file", "line " + line + ": " + e.getMessage());
            }
        }
        em.flush();
        audit.recordChange(AuditedType.RISK_SIGNAL_IMPORT, 0, "IMPORTED", null, rows.size() + " signals");
        return new ImportResult(rows.size());
    }

    /** The indicators of every entity as of the date as CSV ({@link #INDICATOR_HEADER}). */
    public String exportIndicators(LocalDate asOf) {
        CsvWriter csv = CsvWriter.withHeader(CsvWriter.Dialect.SEMICOLON, INDICATOR_HEADER);
        current(asOf).forEach(i -> csv.row(i.entityId(), i.validOn(), i.clientCount(), i.foreignLanguageShare(),
                i.under30Share(), i.source()));
        return csv.text();
    }

    private String entityName(long id, String field) {
        SupervisedEntity e = em.find(SupervisedEntity.class, id);
        if (e == null) {
            throw new RuleViolationException("indicator.unknown-entity", field, "no supervised entity " + id);
        }
        return e.nameFi();
    }

    private Map<Long, String> names() {
        Map<Long, String> names = new HashMap<>();
        em.createQuery("SELECT e FROM SupervisedEntity e", SupervisedEntity.class).getResultList()
                .forEach(e -> names.put(e.id(), e.nameFi()));
        return names;
    }

    private String caller() {
        return ctx.getCallerPrincipal().getName();
    }
}
