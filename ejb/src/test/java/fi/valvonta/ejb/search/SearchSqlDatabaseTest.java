package fi.valvonta.ejb.search;

import fi.valvonta.ejb.platform.DatabaseMigrator;
import fi.valvonta.model.search.SearchHitType;
import fi.valvonta.model.search.SearchQuery;
import fi.valvonta.model.search.SearchTerm;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The H2 dialect of {@link SearchSql} on an in-memory H2 migrated as the server migrates it: each kind of
 * record found by its texts, case number, entity and officials, every term required, only the types asked for,
 * and paged. One database for the class: the tests only read.
 */
class SearchSqlDatabaseTest {

    private static final long ESPOO = 1;
    private static final long RAASEPORI = 95;

    private static Connection c;

    @BeforeAll
    static void migrateAndFill() throws SQLException {
        String url = "jdbc:h2:mem:" + UUID.randomUUID() + ";MODE=LEGACY;DB_CLOSE_DELAY=-1";
        c = DriverManager.getConnection(url, "sa", "sa");
        Flyway.configure().dataSource(url, "sa", "sa").locations("classpath:db/migration")
                .placeholders(DatabaseMigrator.placeholdersFor("h2"))
                .javaMigrations(DatabaseMigrator.javaMigrations()).load().migrate();
        complaint(2001, 12, RAASEPORI, "Matti Virtanen", "Palvelua ei saatu ruotsiksi kunnassa.", "tarkastaja", "2026-02-01");
        complaint(2002, 13, ESPOO, null, "Asiakkaan tietoja käsiteltiin ilman perustetta.", null, "2026-03-01");
        execute("INSERT INTO measure_case (id, case_number, entity_id, subject, origin, opened_on, opened_at, opened_by) "
                + "VALUES (3001, 'LVV/14/2026', 95, 'Palvelutarpeen arviointi viivästynyt', 'OWN_INITIATIVE', DATE '2026-02-15', "
                + "CURRENT_TIMESTAMP, 'tarkastaja2')");
        execute("INSERT INTO measure (id, case_id, type, state, facts, drafted_by, drafted_at, presenter) "
                + "VALUES (3101, 3001, 'ORDER', 'PROPOSED', 'Arvioinnit myöhässä.', 'tarkastaja2', CURRENT_TIMESTAMP, 'tarkastaja2')");
        execute("INSERT INTO measure (id, case_id, type, state, facts, drafted_by, drafted_at) "
                + "VALUES (3102, 3001, 'REMARK', 'DRAFT', 'Huomautus.', 'tarkastaja2', CURRENT_TIMESTAMP)");
        execute("INSERT INTO inspection (id, entity_id, origin, complaint_reference, inspection_type, scheduled_on, inspectors, "
                + "state, report, created_at, created_by) VALUES (4001, 1, 'AD_HOC', 'LVV/12/2026', 'ON_SITE', DATE '2026-04-01', "
                + "'tarkastaja,rat_kaisija', 'SCHEDULED', 'Raportti: asiointi sujui.', CURRENT_TIMESTAMP, 'tarkastaja')");
    }

    @AfterAll
    static void close() throws SQLException {
        c.close();
    }

    private static void complaint(long id, int serial, long entity, String name, String description, String assignee, String received)
            throws SQLException {
        execute(("INSERT INTO complaint (id, case_prefix, case_serial, case_year, received_date, registered_at, registered_by, "
                + "channel, anonymous, complainant_name, complainant_language, power_of_attorney, entity_id, conduct_from, "
                + "description, te_office_matter, proceedings_language, sami_applies, state, state_changed_at, assignee, "
                + "processing_target, overdue) VALUES (%d, 'LVV', %d, 2026, DATE '%s', CURRENT_TIMESTAMP, 'kirjaamo', 'EMAIL', "
                + "%s, %s, 'FI', FALSE, %d, DATE '2025-12-01', '%s', FALSE, 'FI', FALSE, 'REGISTERED', CURRENT_TIMESTAMP, %s, "
                + "DATE '2026-12-31', FALSE)").formatted(id, serial, received, name == null, name == null ? "NULL" : "'" + name + "'",
                entity, description, assignee == null ? "NULL" : "'" + assignee + "'"));
    }

    private static void execute(String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static SearchSql.Matches none() {
        return new SearchSql.Matches(Map.of(), Map.of());
    }

    private List<String> find(String text, Set<SearchHitType> visible, SearchSql.Matches matches) throws SQLException {
        return find(text, visible, matches, 0, 50);
    }

    /** The hits as TYPE:id, in order. */
    private List<String> find(String text, Set<SearchHitType> visible, SearchSql.Matches matches, int first, int max)
            throws SQLException {
        SearchSql.Statements sql = SearchSql.of(SearchDialect.H2, SearchQuery.parse(text), visible, matches, first, max);
        List<String> hits = new ArrayList<>();
        try (ResultSet rs = run(sql.list())) {
            while (rs.next()) {
                hits.add(rs.getString(1) + ":" + rs.getLong(2));
            }
        }
        try (ResultSet rs = run(sql.count())) {
            rs.next();
            assertEquals(first == 0 && hits.size() < max ? hits.size() : rs.getLong(1), rs.getLong(1), "the count agrees");
        }
        return hits;
    }

    private ResultSet run(SearchSql.Statement s) throws SQLException {
        PreparedStatement ps = c.prepareStatement(s.jdbcSql());
        for (int i = 0; i < s.parameters().size(); i++) {
            ps.setObject(i + 1, s.parameters().get(i));
        }
        return ps.executeQuery();
    }

    private static final Set<SearchHitType> ALL = EnumSet.allOf(SearchHitType.class);

    @Test
    void wordsOfTheTextsOfEachKind() throws SQLException {
        assertEquals(List.of("COMPLAINT:2001"), find("RUOTSIKSI", ALL, none()));
        assertEquals(List.of("MEASURE_CASE:3001"), find("palvelutarpeen", ALL, none()));
        assertEquals(List.of("MEASURE_CASE:3001"), find("myöhässä", ALL, none()), "a measure's facts");
        assertEquals(List.of("INSPECTION:4001"), find("asiointi", ALL, none()), "the report");
        assertEquals(List.of("COMPLAINT:2001"), find("\"ei saatu ruotsiksi\"", ALL, none()));
        assertEquals(List.of(), find("\"ruotsiksi ei saatu\"", ALL, none()), "a phrase in its order");
    }

    @Test
    void everyTermSomewhere() throws SQLException {
        assertEquals(List.of("COMPLAINT:2001"), find("virtanen ruotsiksi", ALL, none()), "the party's name and the text");
        assertEquals(List.of(), find("virtanen perustetta", ALL, none()));
    }

    @Test
    void caseNumbersWholeOrSerialAndYear() throws SQLException {
        assertEquals(List.of("INSPECTION:4001", "COMPLAINT:2001"), find("lvv/12/2026", ALL, none()),
                "the complaint and the inspection it prompted, newest first");
        assertEquals(List.of("MEASURE_CASE:3001"), find("14/2026", ALL, none()));
        assertEquals(List.of("COMPLAINT:2002", "MEASURE_CASE:3001"), find("LVV/13/2026 LVV/14/2026", ALL, none()));
        assertEquals(List.of(), find("LVV/12/2026 perustetta", ALL, none()), "a case number and a word, both");
    }

    @Test
    void entitiesAndOfficialsAsMatchedBeforehand() throws SQLException {
        SearchTerm raasepori = SearchTerm.word("raseborg");
        assertEquals(List.of("MEASURE_CASE:3001", "COMPLAINT:2001"),
                find("raseborg", ALL, new SearchSql.Matches(Map.of(raasepori, Set.of(RAASEPORI)), Map.of())));
        SearchTerm official = SearchTerm.word("tarja");
        SearchSql.Matches tarja = new SearchSql.Matches(Map.of(), Map.of(official, Set.of("tarkastaja")));
        assertEquals(List.of("INSPECTION:4001", "COMPLAINT:2001"), find("tarja", ALL, tarja), "assignee, inspector");
        SearchSql.Matches second = new SearchSql.Matches(Map.of(), Map.of(official, Set.of("tarkastaja2")));
        assertEquals(List.of("MEASURE_CASE:3001"), find("tarja", ALL, second), "a measure's drafter and presenter");
        SearchSql.Matches underscore = new SearchSql.Matches(Map.of(), Map.of(official, Set.of("rat_kaisija")));
        assertEquals(List.of("INSPECTION:4001"), find("tarja", ALL, underscore), "one of the inspectors");
        SearchSql.Matches wildcard = new SearchSql.Matches(Map.of(), Map.of(official, Set.of("ratxkaisija")));
        assertEquals(List.of(), find("tarja", ALL, wildcard), "an underscore in a user name is no wildcard");
    }

    @Test
    void onlyTheTypesTheCallerReads() throws SQLException {
        assertEquals(List.of("INSPECTION:4001"), find("LVV/12/2026", EnumSet.of(SearchHitType.INSPECTION), none()));
        assertEquals(List.of(), find("LVV/12/2026", EnumSet.noneOf(SearchHitType.class), none()));
    }

    @Test
    void paged() throws SQLException {
        SearchSql.Matches both = new SearchSql.Matches(Map.of(SearchTerm.word("lvv"), Set.of(ESPOO, RAASEPORI)), Map.of());
        List<String> all = find("lvv", ALL, both);
        assertEquals(List.of("INSPECTION:4001", "COMPLAINT:2002", "MEASURE_CASE:3001", "COMPLAINT:2001"), all);
        assertEquals(all.subList(1, 3), find("lvv", ALL, both, 1, 2));
        assertEquals(List.of(), find("lvv", ALL, both, 4, 2));
    }

    @Test
    void aMeasureCaseShowsItsLatestMeasure() throws SQLException {
        SearchSql.Statements sql = SearchSql.of(SearchDialect.H2, SearchQuery.parse("LVV/14/2026"), ALL, none(), 0, 10);
        try (ResultSet rs = run(sql.list())) {
            rs.next();
            assertEquals("Palvelutarpeen arviointi viivästynyt", rs.getString(4));
            assertEquals("REMARK", rs.getString(5));
            assertEquals("DRAFT", rs.getString(7));
            assertEquals(3102, rs.getLong(9));
        }
    }
}
