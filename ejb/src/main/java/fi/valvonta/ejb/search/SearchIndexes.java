package fi.valvonta.ejb.search;

import fi.valvonta.ejb.platform.DatabaseProduct;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

import java.sql.Connection;
import java.sql.Statement;
import java.util.List;

/**
 * Schema version 17: what the search box needs. On PostgreSQL each searched table gets a stored generated
 * {@code search_vector} (tsvector) with a GIN index: the texts under both the Finnish and the Swedish
 * configuration (weight D, a measure case's subject B), the names of persons under {@code simple} (weight A,
 * so a name is found from its first letters and nowhere else). H2 has no text search; there {@link SearchService}
 * reads the same columns with LIKE. On both, the officials' columns the search filters on get an index.
 */
public class SearchIndexes implements JavaMigration {

    /** A tsvector of {@code columns} under the Finnish and the Swedish configurations, with {@code weight}. */
    static String texts(String weight, String... columns) {
        String text = String.join(" || ' ' || ", List.of(columns).stream().map(c -> "coalesce(" + c + ", '')").toList());
        return "setweight(to_tsvector('finnish', " + text + "), '" + weight + "') || setweight(to_tsvector('swedish', "
                + text + "), '" + weight + "')";
    }

    /** A tsvector of names of persons, word by word as written, with weight A. */
    static String names(String... columns) {
        String text = String.join(" || ' ' || ", List.of(columns).stream().map(c -> "coalesce(" + c + ", '')").toList());
        return "setweight(to_tsvector('simple', " + text + "), 'A')";
    }

    /** The PostgreSQL statements: a generated column and its GIN index per searched table. */
    static List<String> postgresql() {
        return List.of(
                vector("complaint", names("complainant_name", "representative_name", "official_name") + " || "
                        + texts("D", "description", "decision_text")),
                vector("measure_case", texts("B", "subject")),
                vector("measure", texts("D", "facts", "reasoning", "decision_text")),
                vector("inspection", texts("D", "report")),
                vector("inspection_finding", texts("D", "description")),
                "CREATE INDEX complaint_search_ix ON complaint USING GIN (search_vector)",
                "CREATE INDEX measure_case_search_ix ON measure_case USING GIN (search_vector)",
                "CREATE INDEX measure_search_ix ON measure USING GIN (search_vector)",
                "CREATE INDEX inspection_search_ix ON inspection USING GIN (search_vector)",
                "CREATE INDEX inspection_finding_search_ix ON inspection_finding USING GIN (search_vector)");
    }

    private static String vector(String table, String expression) {
        return "ALTER TABLE " + table + " ADD COLUMN search_vector tsvector GENERATED ALWAYS AS (" + expression + ") STORED";
    }

    /** On both databases: the officials a search finds a case by (the assignee has its index since V3). */
    static List<String> officials() {
        return List.of(
                "CREATE INDEX complaint_presenter_ix ON complaint (presenter)",
                "CREATE INDEX complaint_decided_by_ix ON complaint (decided_by)",
                "CREATE INDEX measure_presenter_ix ON measure (presenter)",
                "CREATE INDEX measure_decider_ix ON measure (decider)",
                "CREATE INDEX measure_drafted_by_ix ON measure (drafted_by)");
    }

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("17");
    }

    @Override
    public String getDescription() {
        return "search: text-search vectors and indexes";
    }

    @Override
    public Integer getChecksum() {
        return null;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws Exception {
        Connection c = context.getConnection();
        boolean postgres = DatabaseProduct.isPostgreSql(c);
        try (Statement s = c.createStatement()) {
            for (String sql : officials()) {
                s.execute(sql);
            }
            if (postgres) {
                for (String sql : postgresql()) {
                    s.execute(sql);
                }
            }
        }
    }
}
