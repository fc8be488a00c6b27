package fi.valvonta.ejb.platform;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class DatabaseMigratorTest {

    @Test
    void vendorTypesForLargeColumns() {
        assertEquals("BYTEA", DatabaseMigrator.placeholdersFor("postgresql").get("binary_type"));
        assertEquals("TEXT", DatabaseMigrator.placeholdersFor("postgresql").get("text_type"));
        assertEquals("CHARACTER LARGE OBJECT", DatabaseMigrator.placeholdersFor("h2").get("text_type"));
    }
}
