package fi.valvonta.model.complaint;

import java.util.Objects;

/** One finding of intake screening; {@code detail} never repeats personal data from the complaint. */
public record ScreeningFinding(ScreeningCode code, Severity severity, String legalBasis, String detail) {

    public ScreeningFinding {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(legalBasis, "legalBasis");
        Objects.requireNonNull(detail, "detail");
    }

    public boolean isBlocking() {
        return severity == Severity.BLOCKING;
    }
}
