package fi.valvonta.ejb.search;

import fi.valvonta.model.search.CaseNumberQuery;
import fi.valvonta.model.search.SearchHitType;
import fi.valvonta.model.search.SearchQuery;
import fi.valvonta.model.search.SearchTerm;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The one place the search's SQL is written: a UNION ALL of the complaints, measure cases and inspections the
 * caller may read, each matching one of the query's case numbers (if any) and every term somewhere: in its
 * texts, a name of a person in it, its entity's name or one of its officials. Entities and officials are
 * matched beforehand by name ({@link SearchTerm#matchesName}) and come in as ids and user names. Texts are
 * searched by the dialect: PostgreSQL's text search on the {@code search_vector} columns ({@link SearchIndexes})
 * under the Finnish, Swedish and, for names from their first letters, the simple configuration, ranked by
 * {@code ts_rank}; on H2 with LIKE on the lower-cased columns, newest first. Parameters are numbered in the
 * order they appear ({@code ?1}, {@code ?2} …). Pure, so its SQL is tested on a database without a server.
 *
 * <p>Columns: type, id, case number, title, kind, entity id, state, date, link id, rank, complainant's name,
 * representative's name, official's name.
 */
public final class SearchSql {

    /** A statement and its parameters in order. */
    public record Statement(String sql, List<Object> parameters) {

        public Statement {
            parameters = Collections.unmodifiableList(new ArrayList<>(parameters));
        }

        /** The SQL with plain JDBC placeholders ({@code ?}) for the numbered ones. */
        public String jdbcSql() {
            return sql.replaceAll("\\?\\d+", "?");
        }
    }

    /** The page's statement and the count's. */
    public record Statements(Statement list, Statement count) {
    }

    /** What the query's terms found before the texts are searched: entities and officials, per term. */
    public record Matches(Map<SearchTerm, Set<Long>> entities, Map<SearchTerm, Set<String>> officials) {

        public Set<Long> entitiesOf(SearchTerm t) {
            return entities.getOrDefault(t, Set.of());
        }

        public Set<String> officialsOf(SearchTerm t) {
            return officials.getOrDefault(t, Set.of());
        }
    }

    private final SearchDialect dialect;
    private final SearchQuery query;
    private final Matches matches;
    private final List<Object> parameters = new ArrayList<>();

    private SearchSql(SearchDialect dialect, SearchQuery query, Matches matches) {
        this.dialect = dialect;
        this.query = query;
        this.matches = matches;
    }

    /**
     * The statements finding {@code query}'s hits of the {@code visible} types, the page from {@code first},
     * at most {@code max}. Nothing visible: {@link Statements} that find nothing.
     */
    public static Statements of(SearchDialect dialect, SearchQuery query, Set<SearchHitType> visible, Matches matches,
                                int first, int max) {
        return new SearchSql(dialect, query, matches).build(visible, first, max);
    }

    private Statements build(Set<SearchHitType> visible, int first, int max) {
        List<String> branches = new ArrayList<>();
        for (SearchHitType t : SearchHitType.values()) {
            if (visible.contains(t)) {
                branches.add(switch (t) {
                    case COMPLAINT -> complaints();
                    case MEASURE_CASE -> measureCases();
                    case INSPECTION -> inspections();
                });
            }
        }
        if (branches.isEmpty()) {
            branches.add(nothing());
        }
        String hits = "(" + String.join(" UNION ALL ", branches) + ") hits";
        Statement count = new Statement("SELECT COUNT(*) FROM " + hits, parameters);
        String order = " ORDER BY hit_rank DESC, hit_date DESC, hit_type, hit_id DESC LIMIT " + p(max) + " OFFSET " + p(first);
        Statement list = new Statement("SELECT * FROM " + hits + order, parameters);
        return new Statements(list, count);
    }

    private boolean pg() {
        return dialect == SearchDialect.POSTGRESQL;
    }

    private String p(Object value) {
        parameters.add(value);
        return "?" + parameters.size();
    }

    /**
     * PostgreSQL: a term's tsquery, written where it is used (an expression of parameters, so the planner can take
     * the GIN index). A word is stemmed under Finnish and under Swedish, and taken as the start of a name
     * (weight A); a phrase likewise, its words in order.
     */
    private String tsq(SearchTerm t) {
        String parse = t.phrase() ? "phraseto_tsquery" : "plainto_tsquery";
        return "(" + parse + "('finnish', " + p(t.text()) + ") || " + parse + "('swedish', " + p(t.text())
                + ") || to_tsquery('simple', " + p(nameQuery(t)) + "))";
    }

    /** PostgreSQL: any of the terms, to rank by. */
    private String anyTerm() {
        return "(" + String.join(" || ", query.terms().stream().map(this::tsq).toList()) + ")";
    }

    /** The tsquery text of a term as the start of a name: {@code 'matti':A <-> 'virta':*A}. Words need no quoting. */
    static String nameQuery(SearchTerm t) {
        List<String> words = t.words();
        List<String> lexemes = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            lexemes.add("'" + words.get(i) + "':" + (i == words.size() - 1 ? "*" : "") + "A");
        }
        return String.join(" <-> ", lexemes);
    }

    private String complaints() {
        String rank = rank("c.search_vector", null, null);
        List<String> where = new ArrayList<>();
        where.add(caseNumbers(n -> n.wholePrefix().isPresent()
                ? "(c.case_prefix = " + p(n.prefix()) + " AND c.case_serial = " + p(n.serial()) + " AND c.case_year = " + p(n.year()) + ")"
                : "(c.case_serial = " + p(n.serial()) + " AND c.case_year = " + p(n.year()) + ")"));
        for (SearchTerm t : query.terms()) {
            List<String> any = new ArrayList<>();
            if (pg()) {
                any.add("c.search_vector @@ " + tsq(t));
            } else {
                any.add(likeAny(t, "c.description", "c.decision_text", "c.complainant_name", "c.representative_name",
                        "c.official_name"));
            }
            entity(t, "c.entity_id", any);
            officials(t, any, "c.assignee", "c.presenter", "c.decided_by");
            where.add(or(any));
        }
        return select("'" + SearchHitType.COMPLAINT.name() + "'", "c.id",
                "c.case_prefix || '/' || CAST(c.case_serial AS VARCHAR(10)) || '/' || CAST(c.case_year AS VARCHAR(4))",
                null, null, "c.entity_id", "c.state", "c.received_date", "c.id", rank,
                "c.complainant_name", "c.representative_name", "c.official_name")
                + " FROM complaint c" + where(where);
    }

    private String measureCases() {
        String rank = rank("mc.search_vector", "measure m", "m.case_id = mc.id");
        List<String> where = new ArrayList<>();
        where.add(caseNumbers(n -> n.wholePrefix().isPresent() ? "mc.case_number = " + p(n.likePattern())
                : "mc.case_number LIKE " + p(n.likePattern())));
        for (SearchTerm t : query.terms()) {
            List<String> any = new ArrayList<>();
            if (pg()) {
                any.add("mc.search_vector @@ " + tsq(t));
                any.add("mc.id IN (SELECT m.case_id FROM measure m WHERE m.search_vector @@ " + tsq(t) + ")");
            } else {
                any.add(likeAny(t, "mc.subject"));
                any.add("mc.id IN (SELECT m.case_id FROM measure m WHERE "
                        + likeAny(t, "m.facts", "m.reasoning", "m.decision_text") + ")");
            }
            entity(t, "mc.entity_id", any);
            Set<String> officials = matches.officialsOf(t);
            if (!officials.isEmpty()) {
                any.add("mc.opened_by IN (" + in(officials) + ")");
                List<String> byMeasure = new ArrayList<>();
                officials(t, byMeasure, "m.drafted_by", "m.presenter", "m.decider");
                any.add("mc.id IN (SELECT m.case_id FROM measure m WHERE " + or(byMeasure) + ")");
            }
            where.add(or(any));
        }
        return select("'" + SearchHitType.MEASURE_CASE.name() + "'", "mc.id", "mc.case_number", "mc.subject", "lm.type",
                "mc.entity_id", "lm.state", "mc.opened_on", "lm.id",
                rank, null, null, null)
                + " FROM measure_case mc"
                + " LEFT JOIN measure lm ON lm.id = (SELECT MAX(m2.id) FROM measure m2 WHERE m2.case_id = mc.id)" + where(where);
    }

    private String inspections() {
        String rank = rank("i.search_vector", "inspection_finding f", "f.inspection_id = i.id");
        List<String> where = new ArrayList<>();
        where.add(caseNumbers(n -> n.wholePrefix().isPresent() ? "i.complaint_reference = " + p(n.likePattern())
                : "i.complaint_reference LIKE " + p(n.likePattern())));
        for (SearchTerm t : query.terms()) {
            List<String> any = new ArrayList<>();
            if (pg()) {
                any.add("i.search_vector @@ " + tsq(t));
                any.add("i.id IN (SELECT f.inspection_id FROM inspection_finding f WHERE f.search_vector @@ " + tsq(t) + ")");
            } else {
                any.add(likeAny(t, "i.report"));
                any.add("i.id IN (SELECT f.inspection_id FROM inspection_finding f WHERE " + likeAny(t, "f.description") + ")");
            }
            entity(t, "i.entity_id", any);
            Set<String> officials = matches.officialsOf(t);
            if (!officials.isEmpty()) {
                any.add("i.created_by IN (" + in(officials) + ")");
                // the inspectors are a comma-separated list of user names (letters, digits, '.', '_', '-')
                for (String u : officials) {
                    any.add("(',' || i.inspectors || ',') LIKE " + p("%," + u.replace("_", "\\_") + ",%") + " ESCAPE '\\'");
                }
            }
            where.add(or(any));
        }
        return select("'" + SearchHitType.INSPECTION.name() + "'", "i.id", "i.complaint_reference", null,
                "i.inspection_type", "i.entity_id", "i.state", "i.scheduled_on", "i.id",
                rank, null, null, null)
                + " FROM inspection i" + where(where);
    }

    /** A branch that finds nothing, for a caller who may read none of the types. */
    private String nothing() {
        return select(null, null, null, null, null, null, null, null, null, null, null, null, null)
                + " FROM supervised_entity WHERE 1 = 0";
    }

    /** The result's columns, their names and types: every branch of the union has them all, in this order. */
    private static final List<String[]> COLUMNS = List.of(
            new String[]{"hit_type", "VARCHAR(16)"}, new String[]{"hit_id", "BIGINT"},
            new String[]{"case_number", "VARCHAR(40)"}, new String[]{"title", "VARCHAR(300)"},
            new String[]{"kind", "VARCHAR(24)"}, new String[]{"entity_id", "BIGINT"},
            new String[]{"state", "VARCHAR(32)"}, new String[]{"hit_date", "DATE"},
            new String[]{"link_id", "BIGINT"}, new String[]{"hit_rank", "DOUBLE PRECISION"},
            new String[]{"party", "VARCHAR(200)"}, new String[]{"representative", "VARCHAR(200)"},
            new String[]{"official", "VARCHAR(200)"});

    /** A branch's select list: each expression (null for none) cast to its column's type and named. */
    private static String select(String... expressions) {
        List<String> columns = new ArrayList<>();
        for (int i = 0; i < COLUMNS.size(); i++) {
            String[] column = COLUMNS.get(i);
            columns.add("CAST(" + (expressions[i] == null ? "NULL" : expressions[i]) + " AS " + column[1] + ") AS " + column[0]);
        }
        return "SELECT " + String.join(", ", columns);
    }

    /**
     * PostgreSQL: the rank of the record's own vector, plus the best of its parts' ({@code parts} the table, and
     * {@code of} how a part belongs to the record); 0 on H2 and for a case number alone.
     */
    private String rank(String vector, String parts, String of) {
        if (!pg() || query.terms().isEmpty()) {
            return "0";
        }
        String own = "ts_rank(" + vector + ", " + anyTerm() + ")";
        if (parts == null) {
            return own;
        }
        String alias = parts.substring(parts.indexOf(' ') + 1);
        return own + " + COALESCE((SELECT MAX(ts_rank(" + alias + ".search_vector, " + anyTerm() + ")) FROM " + parts
                + " WHERE " + of + "), 0)";
    }

    private String caseNumbers(Function<CaseNumberQuery, String> condition) {
        return query.caseNumbers().isEmpty() ? null
                : or(query.caseNumbers().stream().map(condition).toList());
    }

    private String likeAny(SearchTerm t, String... columns) {
        List<String> any = new ArrayList<>();
        for (String c : columns) {
            any.add("LOWER(" + c + ") LIKE " + p(t.likePattern()));
        }
        return String.join(" OR ", any);
    }

    private void entity(SearchTerm t, String column, List<String> any) {
        Set<Long> ids = matches.entitiesOf(t);
        if (!ids.isEmpty()) {
            // ids read from the database: numbers, written as they are
            any.add(column + " IN (" + ids.stream().sorted().map(String::valueOf).collect(Collectors.joining(", ")) + ")");
        }
    }

    private void officials(SearchTerm t, List<String> any, String... columns) {
        Set<String> officials = matches.officialsOf(t);
        if (!officials.isEmpty()) {
            for (String c : columns) {
                any.add(c + " IN (" + in(officials) + ")");
            }
        }
    }

    private String in(Set<String> values) {
        return values.stream().sorted().map(this::p).collect(Collectors.joining(", "));
    }

    private static String or(List<String> conditions) {
        return "(" + String.join(" OR ", conditions) + ")";
    }

    private static String where(List<String> conditions) {
        List<String> all = conditions.stream().filter(c -> c != null).toList();
        return all.isEmpty() ? "" : " WHERE " + String.join(" AND ", all);
    }
}
