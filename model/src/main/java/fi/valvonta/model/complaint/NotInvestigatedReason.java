package fi.valvonta.model.complaint;

/** Why a complaint is not investigated, with the rule that allows it. */
public enum NotInvestigatedReason {
    OVER_TWO_YEARS("HL 53 b § 3 mom", ComplaintAction.NOT_INVESTIGATE),
    // HL 21 §: a matter outside competence is transferred to the competent authority
    OUTSIDE_COMPETENCE("HL 21 §; HL 53 b §", ComplaintAction.TRANSFER),
    PENDING_ELSEWHERE("HL 53 b §", ComplaintAction.NOT_INVESTIGATE),
    ALREADY_DECIDED("HL 53 b §", ComplaintAction.NOT_INVESTIGATE),
    APPEALABLE_ELSEWHERE("HL 53 b §", ComplaintAction.NOT_INVESTIGATE);

    private final String legalBasis;
    private final ComplaintAction action;

    NotInvestigatedReason(String legalBasis, ComplaintAction action) {
        this.legalBasis = legalBasis;
        this.action = action;
    }

    public String legalBasis() {
        return legalBasis;
    }

    /** The action that disposes of the complaint for this reason: transfer or not-investigate. */
    public ComplaintAction action() {
        return action;
    }
}
