package fi.valvonta.ejb.platform;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;

/** Which database the application runs on: PostgreSQL (production) or H2 (the run command's default). */
public final class DatabaseProduct {

    private DatabaseProduct() {
    }

    /** Whether the JDBC product name {@code product} is PostgreSQL's. */
    public static boolean isPostgreSql(String product) {
        return product != null && product.toLowerCase(Locale.ROOT).contains("postgres");
    }

    /** Whether {@code c} is a connection to PostgreSQL. */
    public static boolean isPostgreSql(Connection c) throws SQLException {
        return isPostgreSql(c.getMetaData().getDatabaseProductName());
    }
}
