package fi.valvonta.model.notification;

import fi.valvonta.model.platform.StatutoryDeadlines;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An official's daily digest of the deadlines of their cases: their complaints overdue or due soon,
 * statements requested on their complaints and hearings of their measures whose time has run out, and the
 * compliance follow-ups of their orders that have become due. Only case numbers, the supervised entity or
 * the case's subject, and dates: never anything of a complainant. Empty: nothing is sent.
 */
public record DeadlineDigest(LocalDate day, List<Item> items) {

    /** What an item reminds of, in the order the digest lists them. */
    public enum Kind {
        COMPLAINT_OVERDUE, STATEMENT_OVERDUE, MEASURE_HEARING_OVERDUE, FOLLOW_UP_DUE, COMPLAINT_DUE_SOON
    }

    /** One reminder: the case number, what it is about (entity or subject) and the date in question. */
    public record Item(Kind kind, String caseNumber, String title, LocalDate date) {
        public Item {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(caseNumber, "caseNumber");
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(date, "date");
        }
    }

    private static final Comparator<Item> ORDER = Comparator.comparing(Item::kind).thenComparing(Item::date)
            .thenComparing(Item::caseNumber);

    public DeadlineDigest {
        Objects.requireNonNull(day, "day");
        items = items.stream().distinct().sorted(ORDER).toList();
    }

    public boolean isEmpty() {
        return items.isEmpty();
    }

    public List<Item> itemsOf(Kind kind) {
        return items.stream().filter(i -> i.kind() == kind).toList();
    }

    /**
     * A complaint's running deadline as of {@code day}: overdue from the day after its (moved) last day
     * (laki 150/1930 5 §), due soon when it falls on or before {@code dueSoonUntil}; otherwise nothing.
     */
    public static Optional<Item> complaintDeadline(String caseNumber, String title, LocalDate nextDeadline,
                                                   LocalDate day, LocalDate dueSoonUntil) {
        if (nextDeadline == null) {
            return Optional.empty();
        }
        if (StatutoryDeadlines.hasPassed(nextDeadline, day)) {
            return Optional.of(new Item(Kind.COMPLAINT_OVERDUE, caseNumber, title, StatutoryDeadlines.lastDay(nextDeadline)));
        }
        if (!StatutoryDeadlines.lastDay(nextDeadline).isAfter(dueSoonUntil)) {
            return Optional.of(new Item(Kind.COMPLAINT_DUE_SOON, caseNumber, title, StatutoryDeadlines.lastDay(nextDeadline)));
        }
        return Optional.empty();
    }

    /** A statement (or a measure's hearing) still awaited whose deadline has passed by {@code day}. */
    public static Optional<Item> awaitedPastDeadline(Kind kind, String caseNumber, String title, LocalDate deadline,
                                                     boolean answered, LocalDate day) {
        if (kind != Kind.STATEMENT_OVERDUE && kind != Kind.MEASURE_HEARING_OVERDUE) {
            throw new IllegalArgumentException(kind + " is no awaited answer");
        }
        if (answered || deadline == null || !StatutoryDeadlines.hasPassed(deadline, day)) {
            return Optional.empty();
        }
        return Optional.of(new Item(kind, caseNumber, title, StatutoryDeadlines.lastDay(deadline)));
    }
}
