package fi.valvonta.model.inspection;

import fi.valvonta.model.shared.Dimension;

import java.time.LocalDate;
import java.util.Objects;

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
}
