package fi.valvonta.model.risk;

import fi.valvonta.model.complaint.ComplaintState;
import fi.valvonta.model.complaint.DecisionOutcome;
import fi.valvonta.model.complaint.Theme;
import fi.valvonta.model.platform.Dimension;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/** One complaint as seen by the risk model: its dimension, arrival date and how it was resolved. */
public record ComplaintSignal(Dimension dimension, LocalDate date, Substantiation substantiation) {

    /** What the examination of the complaint showed; a substantiated one weighs most. */
    public enum Substantiation {
        /** Examined, and the supervisor found fault (käsitys, huomion kiinnittäminen, huomautus). */
        SUBSTANTIATED,
        /** Pending or not investigated (e.g. HL 53 b §): a weaker signal. */
        UNEXAMINED,
        /** Examined, no fault found: the weakest signal, still some evidence of friction. */
        NOT_SUBSTANTIATED
    }

    public ComplaintSignal {
        Objects.requireNonNull(dimension, "dimension");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(substantiation, "substantiation");
    }

    /**
     * A registered complaint as the risk model saw it on {@code asOf}. None for a theme outside the three
     * dimensions, a complaint received later, or one transferred elsewhere (not this supervisor's
     * matter). A decision counts only once made: until then, and when not investigated, it is unexamined.
     */
    public static Optional<ComplaintSignal> of(Theme theme, LocalDate received, ComplaintState state,
                                               DecisionOutcome outcome, LocalDate decidedOn, LocalDate asOf) {
        if (theme.dimension().isEmpty() || received.isAfter(asOf) || state == ComplaintState.TRANSFERRED) {
            return Optional.empty();
        }
        boolean decided = outcome != null && decidedOn != null && !decidedOn.isAfter(asOf);
        Substantiation substantiation = !decided ? Substantiation.UNEXAMINED
                : outcome.isGuidance() ? Substantiation.SUBSTANTIATED
                : outcome == DecisionOutcome.NO_ACTION ? Substantiation.NOT_SUBSTANTIATED
                : Substantiation.UNEXAMINED;
        return Optional.of(new ComplaintSignal(theme.dimension().get(), received, substantiation));
    }
}
