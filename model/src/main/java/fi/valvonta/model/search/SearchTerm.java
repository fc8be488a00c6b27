package fi.valvonta.model.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One thing a hit must contain: a word, or a quoted phrase of several words in order. Words are lower case
 * letters and digits only, so a term can go into a SQL LIKE pattern or a text-search query without escaping.
 */
public record SearchTerm(List<String> words) {

    /** A word of a place name must be at least this long to be found in an inflected form ("Raaseporin"). */
    static final int INFLECTED_NAME_MIN = 4;
    /** The longest case ending taken for an inflected place name ("-seen" in "Espooseen"). */
    static final int CASE_ENDING_MAX = 4;

    public SearchTerm {
        words = List.copyOf(words);
        // the invariant that lets a term into SQL without escaping
        if (words.isEmpty() || words.stream().anyMatch(w -> w.isEmpty() || !w.equals(normalised(w)))) {
            throw new IllegalArgumentException("a term is lower-case letters and digits: " + words);
        }
    }

    public static SearchTerm word(String word) {
        return new SearchTerm(List.of(word));
    }

    public boolean phrase() {
        return words.size() > 1;
    }

    /** The words separated by single spaces. */
    public String text() {
        return String.join(" ", words);
    }

    /** A SQL LIKE pattern finding the term anywhere in a lower-cased text. */
    public String likePattern() {
        return "%" + text() + "%";
    }

    /**
     * Whether a name (of a person, a municipality, an area) contains this term: a word anywhere in it, a phrase
     * as consecutive words.
     */
    public boolean matchesName(String name) {
        return name != null && String.join(" ", split(name)).contains(text());
    }

    /**
     * Whether the name of a place (a municipality, an area) contains this term, or, for a one-word term, the
     * term is one of its words in a Finnish case ending ("Raaseporin", "Espoossa", "Espooseen"). Not for persons:
     * "Hakulinen" is no inflected "Haku".
     */
    public boolean matchesPlaceName(String name) {
        if (matchesName(name)) {
            return true;
        }
        if (name == null || phrase()) {
            return false;
        }
        String word = words.get(0);
        return split(name).stream().anyMatch(w -> w.length() >= INFLECTED_NAME_MIN && word.startsWith(w)
                && word.length() - w.length() <= CASE_ENDING_MAX);
    }

    /** The words of {@code text}: maximal runs of letters and digits, lower-cased. */
    static List<String> split(String text) {
        List<String> out = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        text.codePoints().forEach(cp -> {
            if (Character.isLetterOrDigit(cp)) {
                word.appendCodePoint(cp);
            } else {
                add(out, word);
            }
        });
        add(out, word);
        return out;
    }

    private static void add(List<String> out, StringBuilder word) {
        String w = normalised(word.toString());
        if (!w.isEmpty()) {
            out.add(w);
        }
        word.setLength(0);
    }

    /** Lower case, and letters and digits only (lower-casing may add a combining mark, as for "İ"). */
    private static String normalised(String word) {
        StringBuilder out = new StringBuilder();
        word.toLowerCase(Locale.ROOT).codePoints().filter(Character::isLetterOrDigit).forEach(out::appendCodePoint);
        return out.toString();
    }

    @Override
    public String toString() {
        return phrase() ? "\"" + text() + "\"" : text();
    }
}
