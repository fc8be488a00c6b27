package fi.valvonta.model.risk;

import fi.valvonta.model.inspection.DeficiencySeverity;

import fi.valvonta.model.platform.Dimension;

import java.time.LocalDate;
import java.util.Objects;

/** A deficiency found in an inspection, by dimension, date and severity. */
public record FindingSignal(Dimension dimension, LocalDate date, DeficiencySeverity severity) {

    public FindingSignal {
        Objects.requireNonNull(dimension, "dimension");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(severity, "severity");
    }
}
