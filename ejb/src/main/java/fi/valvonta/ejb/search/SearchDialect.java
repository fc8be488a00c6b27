package fi.valvonta.ejb.search;

import java.util.Locale;

/** How the database searches text: PostgreSQL's full-text search, or LIKE on H2 (the run command's database). */
public enum SearchDialect {
    POSTGRESQL,
    H2;

    /** The dialect of the database whose JDBC product name is {@code product}. */
    public static SearchDialect of(String product) {
        return product != null && product.toLowerCase(Locale.ROOT).contains("postgres") ? POSTGRESQL : H2;
    }
}
