package fi.valvonta.ejb.search;

import fi.valvonta.model.search.SearchHitType;
import fi.valvonta.model.search.SearchQuery;
import fi.valvonta.model.search.SearchTerm;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The SQL as written, without a database: parameters, the configurations, and nothing of the user's in the text. */
class SearchSqlTest {

    private static final Set<SearchHitType> ALL = EnumSet.allOf(SearchHitType.class);
    private static final SearchSql.Matches OFFICIAL = new SearchSql.Matches(
            Map.of(SearchTerm.word("virtanen"), Set.of(95L, 1L)), Map.of(SearchTerm.word("virtanen"), Set.of("tarkastaja")));

    private static SearchSql.Statements sql(SearchDialect d, String q) {
        return SearchSql.of(d, SearchQuery.parse(q), ALL, OFFICIAL, 20, 10);
    }

    @ParameterizedTest
    @EnumSource(SearchDialect.class)
    void parametersAreNumberedInTheOrderTheyAppear(SearchDialect d) {
        SearchSql.Statements s = sql(d, "LVV/12/2026 12/2026 virtanen \"ei saatu palvelua\"");
        assertEquals(numbers(s.list().parameters().size()), numbersIn(s.list().sql()));
        assertEquals(numbers(s.count().parameters().size()), numbersIn(s.count().sql()));
        List<Object> p = s.list().parameters();
        assertEquals(List.of(10, 20), p.subList(p.size() - 2, p.size()), "the page: LIMIT, then OFFSET");
        assertEquals(s.list().parameters().subList(0, s.count().parameters().size()), s.count().parameters());
    }

    @ParameterizedTest
    @EnumSource(SearchDialect.class)
    void nothingTheUserTypedIsInTheSqlText(SearchDialect d) {
        SearchSql.Statements s = sql(d, "virtanen \"ei saatu\" LVV/12/2026 tarkastaja");
        for (String typed : List.of("virtanen", "saatu", "LVV", "tarkastaja")) {
            assertFalse(s.list().sql().toLowerCase().contains(typed.toLowerCase()), typed + " in " + s.list().sql());
        }
        assertTrue(s.list().parameters().contains("tarkastaja"), "an official is a parameter");
        assertTrue(s.list().sql().contains("c.entity_id IN (1, 95)"), "entity ids, read from the database, are written");
    }

    @Test
    void postgresqlSearchesEachTextUnderFinnishSwedishAndNamesFromTheirStart() {
        String pg = sql(SearchDialect.POSTGRESQL, "virtanen").list().sql();
        assertTrue(pg.contains("c.search_vector @@ (plainto_tsquery('finnish', ?"), pg);
        assertTrue(pg.contains("plainto_tsquery('swedish', ?"), pg);
        assertTrue(pg.contains("to_tsquery('simple', ?"), pg);
        assertTrue(pg.contains("ts_rank(c.search_vector"), pg);
        assertFalse(pg.contains("LOWER("), "no LIKE on the texts");
        assertTrue(sql(SearchDialect.POSTGRESQL, "\"ei saatu\"").list().sql().contains("phraseto_tsquery('finnish'"));
        String h2 = sql(SearchDialect.H2, "virtanen").list().sql();
        assertTrue(h2.contains("LOWER(c.description) LIKE ?"), h2);
        assertFalse(h2.contains("tsquery"), h2);
    }

    @Test
    void aNameQueryTakesTheLastWordAsABeginning() {
        assertEquals("'virta':*A", SearchSql.nameQuery(SearchTerm.word("virta")));
        assertEquals("'matti':A <-> 'virta':*A", SearchSql.nameQuery(new SearchTerm(List.of("matti", "virta"))));
    }

    @Test
    void aCaseNumberAloneIsNotRanked() {
        String pg = sql(SearchDialect.POSTGRESQL, "LVV/12/2026").list().sql();
        assertFalse(pg.contains("ts_rank"), pg);
        assertTrue(pg.contains("c.case_prefix = ?1 AND c.case_serial = ?2 AND c.case_year = ?3"), pg);
    }

    @Test
    void theDialectFollowsTheProductName() {
        assertEquals(SearchDialect.POSTGRESQL, SearchDialect.of("PostgreSQL"));
        assertEquals(SearchDialect.H2, SearchDialect.of("H2"));
        assertEquals(SearchDialect.H2, SearchDialect.of(null));
    }

    private static List<Integer> numbers(int n) {
        return IntStream.rangeClosed(1, n).boxed().toList();
    }

    private static List<Integer> numbersIn(String sql) {
        List<Integer> found = new ArrayList<>();
        Matcher m = Pattern.compile("\\?(\\d+)").matcher(sql);
        while (m.find()) {
            found.add(Integer.parseInt(m.group(1)));
        }
        return found;
    }
}
