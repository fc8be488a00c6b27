package fi.valvonta.model.search;

import fi.valvonta.model.platform.RuleViolationException;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What a user typed into the search box, understood: case numbers ({@code LVV/12/2026}, or {@code 12/2026}
 * under any prefix), quoted phrases ({@code "ei saatu palvelua"}) and words. A hit matches one of the case
 * numbers, if any were given, and every term, each somewhere in the record (its text, a party's name, the
 * entity's name in Finnish or Swedish, an official's name). Words are split at anything that is not a letter or
 * a digit ("Pohjois-Karjala" is two words) and one-letter words are left out. Immutable.
 */
public final class SearchQuery {

    /** The longest query accepted, in characters. */
    public static final int MAX_LENGTH = 200;
    /** The most terms (words and phrases) a query may have. */
    public static final int MAX_TERMS = 10;

    public static final String EMPTY = "search.query-empty";
    public static final String TOO_LONG = "search.query-too-long";
    public static final String TOO_MANY_TERMS = "search.too-many-terms";
    /** The query parameter and form field the rules are about. */
    public static final String FIELD = "q";

    private static final java.util.regex.Pattern EDGE_PUNCTUATION =
            java.util.regex.Pattern.compile("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}]+$");

    private final List<CaseNumberQuery> caseNumbers;
    private final List<SearchTerm> terms;

    private SearchQuery(List<CaseNumberQuery> caseNumbers, List<SearchTerm> terms) {
        this.caseNumbers = List.copyOf(caseNumbers);
        this.terms = List.copyOf(terms);
    }

    /**
     * Understands {@code text}. @throws RuleViolationException {@link #EMPTY} when it has nothing to search
     * for, {@link #TOO_LONG} over {@link #MAX_LENGTH} characters, {@link #TOO_MANY_TERMS} over {@link #MAX_TERMS}
     */
    public static SearchQuery parse(String text) {
        String stripped = text == null ? "" : text.strip();
        if (stripped.length() > MAX_LENGTH) {
            throw new RuleViolationException(TOO_LONG, FIELD, "the query is longer than " + MAX_LENGTH + " characters");
        }
        Set<CaseNumberQuery> numbers = new LinkedHashSet<>();
        Set<SearchTerm> terms = new LinkedHashSet<>();
        String[] parts = stripped.split("\"", -1);
        for (int i = 0; i < parts.length; i++) {
            if (i % 2 == 1) {
                // inside quotes (an unclosed quote runs to the end): a phrase of all its words
                List<String> words = SearchTerm.split(parts[i]);
                if (words.size() > 1) {
                    terms.add(new SearchTerm(words));
                } else {
                    words(parts[i]).forEach(w -> terms.add(SearchTerm.word(w)));
                }
                continue;
            }
            for (String token : parts[i].strip().split("\\s+")) {
                // a case number may end a sentence or sit in brackets: "(LVV/12/2026),"
                Optional<CaseNumberQuery> number = CaseNumberQuery.find(EDGE_PUNCTUATION.matcher(token).replaceAll(""));
                if (number.isPresent()) {
                    numbers.add(number.get());
                } else {
                    words(token).forEach(w -> terms.add(SearchTerm.word(w)));
                }
            }
        }
        if (numbers.isEmpty() && terms.isEmpty()) {
            throw new RuleViolationException(EMPTY, FIELD, "the query has no word or case number to search for");
        }
        if (terms.size() > MAX_TERMS) {
            throw new RuleViolationException(TOO_MANY_TERMS, FIELD, "the query has more than " + MAX_TERMS + " words");
        }
        return new SearchQuery(new ArrayList<>(numbers), new ArrayList<>(terms));
    }

    /** The words of {@code text} worth searching for: of two characters or more. */
    private static List<String> words(String text) {
        return SearchTerm.split(text).stream().filter(w -> w.codePointCount(0, w.length()) > 1).toList();
    }

    /** Case numbers a hit may have (one of them); none when the query gave none. */
    public List<CaseNumberQuery> caseNumbers() {
        return caseNumbers;
    }

    /** Terms a hit must each contain. */
    public List<SearchTerm> terms() {
        return terms;
    }

    /**
     * The query without {@code dropped}, e.g. the words a text-search configuration ignores in both
     * languages ("ja", "och"); empty when nothing would be left to search for.
     */
    public Optional<SearchQuery> without(Collection<SearchTerm> dropped) {
        List<SearchTerm> left = terms.stream().filter(t -> !dropped.contains(t)).toList();
        return caseNumbers.isEmpty() && left.isEmpty() ? Optional.empty()
                : Optional.of(new SearchQuery(caseNumbers, left));
    }

    /**
     * Whether a hit's name of a person (a complainant, their representative, an official complained about)
     * was found by the query: the hit then reveals personal data, so it may show the name and its use is logged.
     */
    public boolean findsName(String name) {
        return terms.stream().anyMatch(t -> t.matchesName(name));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SearchQuery q && caseNumbers.equals(q.caseNumbers) && terms.equals(q.terms);
    }

    @Override
    public int hashCode() {
        return Objects.hash(caseNumbers, terms);
    }

    @Override
    public String toString() {
        List<String> parts = new ArrayList<>();
        caseNumbers.forEach(c -> parts.add(c.toString()));
        terms.forEach(t -> parts.add(t.toString()));
        return String.join(" ", parts);
    }
}
