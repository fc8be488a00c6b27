package fi.valvonta.ejb.platform;

import fi.valvonta.ejb.audit.AuditChainSealing;
import fi.valvonta.ejb.search.SearchIndexes;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.migration.JavaMigration;
import org.flywaydb.core.api.output.MigrateResult;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Logger;

/**
 * Brings the schema up to date with the Flyway migrations before anything else touches the database.
 * The same migrations run on H2 and PostgreSQL; the few vendor differences are placeholders, or Java
 * migrations that ask which database they run on (the append-only triggers, the text-search columns).
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class DatabaseMigrator {

    private static final Logger LOG = Logger.getLogger(DatabaseMigrator.class.getName());

    @Resource(lookup = "java:jboss/datasources/ValvontaDS")
    private DataSource dataSource;

    @PostConstruct
    void migrate() {
        Map<String, String> placeholders = placeholdersFor(databaseProduct());
        MigrateResult result = Flyway.configure(DatabaseMigrator.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .placeholders(placeholders)
                .javaMigrations(javaMigrations())
                .load()
                .migrate();
        LOG.info(() -> "Database schema at version " + result.targetSchemaVersion
                + " (" + result.migrationsExecuted + " migrations applied now)");
    }

    private String databaseProduct() {
        try (Connection c = dataSource.getConnection()) {
            return c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot reach the database", e);
        }
    }

    /** The migrations written in Java, for the server and for tests that migrate a database of their own. */
    public static JavaMigration[] javaMigrations() {
        return new JavaMigration[]{new AuditChainSealing(), new SearchIndexes()};
    }

    public static Map<String, String> placeholdersFor(String product) {
        boolean postgres = DatabaseProduct.isPostgreSql(product);
        return Map.of(
                "binary_type", postgres ? "BYTEA" : "BINARY VARYING(52428800)",
                "text_type", postgres ? "TEXT" : "CHARACTER LARGE OBJECT");
    }
}
