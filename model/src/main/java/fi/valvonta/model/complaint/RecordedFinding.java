package fi.valvonta.model.complaint;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** A screening finding as recorded on the complaint at intake (and again when screening is repeated). */
@Embeddable
public class RecordedFinding {

    @Enumerated(EnumType.STRING)
    @Column(name = "code", nullable = false, length = 40)
    private ScreeningCode code;

    @Enumerated(EnumType.STRING)
    /** The finding's {@link ScreeningWeight}; the column keeps its first name. */
    @Column(name = "severity", nullable = false, length = 16)
    private ScreeningWeight weight;

    @Column(name = "legal_basis", nullable = false, length = 200)
    private String legalBasis;

    @Column(name = "detail", nullable = false, length = 1000)
    private String detail;

    protected RecordedFinding() {
        // for JPA
    }

    RecordedFinding(ScreeningFinding f) {
        this.code = f.code();
        this.weight = f.weight();
        this.legalBasis = clip(f.legalBasis(), 200);
        this.detail = clip(f.detail(), 1000);
    }

    private static String clip(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }

    public ScreeningFinding toFinding() {
        return new ScreeningFinding(code, weight, legalBasis, detail);
    }
}
