package fi.valvonta.ejb.search;

import fi.valvonta.ejb.platform.DatabaseProduct;

/** How the database searches text: PostgreSQL's full-text search, or LIKE on H2 (the run command's database). */
public enum SearchDialect {
    POSTGRESQL,
    H2;

    /** The dialect of the database whose JDBC product name is {@code product}. */
    public static SearchDialect of(String product) {
        return DatabaseProduct.isPostgreSql(product) ? POSTGRESQL : H2;
    }
}
