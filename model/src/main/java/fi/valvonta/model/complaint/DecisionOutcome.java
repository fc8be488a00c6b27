package fi.valvonta.model.complaint;

/** Outcome of a complaint decision. HL 53 c §: administrative guidance; the decision is not appealable. */
public enum DecisionOutcome {
    /** No reason to suspect unlawful conduct. */
    NO_ACTION("HL 53 b §"),
    /** HL 53 b §: the complaint is not investigated; see {@link NotInvestigatedReason}. */
    NOT_INVESTIGATED("HL 53 b §"),
    /** Käsitys: the supervisor's view of lawful procedure. */
    OPINION("HL 53 c §"),
    /** Huomion kiinnittäminen: drawing attention to good administration. */
    DRAWING_ATTENTION("HL 53 c §"),
    /** Huomautus to the municipality or the responsible official, for future conduct. */
    REMARK("HL 53 c §");

    private final String legalBasis;

    DecisionOutcome(String legalBasis) {
        this.legalBasis = legalBasis;
    }

    public String legalBasis() {
        return legalBasis;
    }

    /** HL 53 c §: a remark is given either to the municipality or to the responsible official, who must be named. */
    public boolean requiresAddressee() {
        return this == REMARK;
    }

    public boolean isGuidance() {
        return this == OPINION || this == DRAWING_ATTENTION || this == REMARK;
    }
}
