package fi.valvonta.model.measure;

/** The formal measures, from the mildest (guidance) to the most severe (suspension). */
public enum MeasureType {

    /** Hallinnollinen ohjaus: expressing a view or drawing attention (HL 53 c §). See {@link GuidanceKind}. */
    GUIDANCE,
    /** Huomautus to the entity or to the responsible official (HL 53 c §). See {@link MeasureAddressee}. */
    REMARK,
    /** Määräys: correct the deficiencies by a deadline. */
    ORDER,
    /** Uhkasakko (uhkasakkolaki 1113/1990): set together with an order, then imposed. */
    CONDITIONAL_FINE,
    /** Toiminnan keskeyttäminen, in part or whole (pilot law 1269/2020). See {@link SuspensionScope}. */
    SUSPENSION;

    /**
     * HL 34 §: the one a decision concerns is heard before it: before a coercive measure and before a
     * remark to the entity or a named official. Guidance needs no hearing. The exceptions of HL 34 § 2 mom
     * are not modelled. When the hearing must be concluded: {@link HearingRule}.
     */
    public boolean requiresHearing() {
        return isCoercive() || this == REMARK;
    }

    /**
     * A decision that obliges the party (an order, a conditional fine set or imposed, a suspension): it is
     * served verifiably ({@link ServiceRules#checkMethodAllowed}).
     */
    public boolean isObligating() {
        return isCoercive();
    }

    /**
     * Orders, fines and suspensions are administrative decisions appealable to the administrative
     * court (laki oikeudenkäynnistä hallintoasioissa 808/2019); guidance and remarks given outside a
     * complaint are not decisions on a matter that can be appealed (808/2019 6 §). The instructions
     * given to the party: {@link AppealInstructions}.
     */
    public boolean isAppealable() {
        return isCoercive();
    }

    /** Coercive means (pakkokeinot) as opposed to administrative guidance. */
    public boolean isCoercive() {
        return this == ORDER || this == CONDITIONAL_FINE || this == SUSPENSION;
    }
}
