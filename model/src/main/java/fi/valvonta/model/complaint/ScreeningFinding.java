package fi.valvonta.model.complaint;

import java.util.Objects;

/** One finding of intake screening; {@code detail} never repeats personal data from the complaint. */
public record ScreeningFinding(ScreeningCode code, ScreeningWeight weight, String legalBasis, String detail) {

    public ScreeningFinding {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(weight, "weight");
        Objects.requireNonNull(legalBasis, "legalBasis");
        Objects.requireNonNull(detail, "detail");
    }

    public boolean isBlocking() {
        return weight == ScreeningWeight.BLOCKING;
    }
}
