package fi.valvonta.model.risk;

import fi.valvonta.model.inspection.DeficiencySeverity;
import fi.valvonta.model.inspection.Finding;
import fi.valvonta.model.platform.Dimension;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/** A deficiency found in an inspection, by dimension, date and severity. */
public record FindingSignal(Dimension dimension, LocalDate date, DeficiencySeverity severity) {

    public FindingSignal {
        Objects.requireNonNull(dimension, "dimension");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(severity, "severity");
    }

    /** A finding as the risk model sees it: a deficiency counts, a compliant item does not. */
    public static Optional<FindingSignal> of(Finding finding) {
        return finding.isDeficiency()
                ? Optional.of(new FindingSignal(finding.dimension(), finding.foundOn(), finding.severity().orElseThrow()))
                : Optional.empty();
    }
}
