package fi.valvonta.model.complaint;

/**
 * Why a complaint is not investigated, with the rule that allows it. Only the age of the matter is a
 * ground written in HL 53 b §; "pending elsewhere", "already decided" and "appealable through ordinary
 * routes" are grounds of established supervisory practice (the supervisor's discretion whether a
 * complaint gives cause for action), not of 53 b § itself; the complainant is told of them promptly
 * (HL 53 b § 1 mom). {@link #PRACTICE} marks them.
 */
public enum NotInvestigatedReason {
    OVER_TWO_YEARS("HL 53 b § 3 mom", ComplaintAction.PROPOSE_NOT_INVESTIGATED),
    // HL 21 §: a matter outside competence is transferred to the competent authority
    OUTSIDE_COMPETENCE("HL 21 §", ComplaintAction.TRANSFER),
    PENDING_ELSEWHERE(NotInvestigatedReason.PRACTICE, ComplaintAction.PROPOSE_NOT_INVESTIGATED),
    ALREADY_DECIDED(NotInvestigatedReason.PRACTICE, ComplaintAction.PROPOSE_NOT_INVESTIGATED),
    APPEALABLE_ELSEWHERE(NotInvestigatedReason.PRACTICE, ComplaintAction.PROPOSE_NOT_INVESTIGATED);

    /** The basis of the grounds that come from supervisory practice, not from a section of a statute. */
    public static final String PRACTICE = "supervisory practice";

    private final String legalBasis;
    private final ComplaintAction action;

    NotInvestigatedReason(String legalBasis, ComplaintAction action) {
        this.legalBasis = legalBasis;
        this.action = action;
    }

    public String legalBasis() {
        return legalBasis;
    }

    /** Whether the ground is one of supervisory practice rather than of a statute. */
    public boolean isPractice() {
        return PRACTICE.equals(legalBasis);
    }

    /** The action that disposes of the complaint for this reason: transfer or a proposal not to investigate. */
    public ComplaintAction action() {
        return action;
    }
}
