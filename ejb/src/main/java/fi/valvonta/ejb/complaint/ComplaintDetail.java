package fi.valvonta.ejb.complaint;

import fi.valvonta.model.complaint.Channel;
import fi.valvonta.model.complaint.ComplaintState;
import fi.valvonta.model.complaint.DecisionOutcome;
import fi.valvonta.model.complaint.NotInvestigatedReason;
import fi.valvonta.model.complaint.RemarkAddressee;
import fi.valvonta.model.complaint.ScreeningCode;
import fi.valvonta.model.complaint.ScreeningFinding;
import fi.valvonta.model.complaint.ScreeningWeight;
import fi.valvonta.model.complaint.Theme;
import fi.valvonta.model.registry.EntityKind;
import fi.valvonta.model.platform.DisqualificationGround;
import fi.valvonta.model.platform.Language;
import fi.valvonta.model.platform.SamiLanguage;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A complaint with everything its case page shows; holds personal data, so every read is use-logged. */
public record ComplaintDetail(
        long id, long version, String caseNumber, LocalDate receivedDate, Instant registeredAt, String registeredBy,
        Channel channel, ComplainantView complainant,
        long entityId, String entityName, EntityKind entityKind, Long pilotAreaId, String officialName,
        LocalDate conductFrom, LocalDate conductTo, String description, List<Theme> themes,
        boolean teOfficeMatter, String specialReasonForOldMatter,
        List<FindingView> screening, NotInvestigatedReason proposedDisposal, String proposedAction,
        Language proceedingsLanguage, boolean samiApplies,
        ComplaintState state, Instant stateChangedAt, String assignee,
        LocalDate responseDeadline, LocalDate processingTarget, LocalDate nextDeadline, boolean overdue, boolean dueSoon,
        String transferredTo, DecisionView decision, List<String> allowedActions, List<AttachmentView> attachments,
        LanguageView language, String oralConsentBy, List<HearingView> hearings,
        List<DisqualificationView> disqualifications, boolean callerDisqualified, NoticeKind notice) {

    public record ComplainantView(boolean anonymous, String name, String email, String phone, String address,
                                  Language language, String representativeName, boolean powerOfAttorney,
                                  SamiLanguage samiLanguage) {
    }

    /**
     * Kielilaki 20 §: {@code translationNeeded} when the proceedings language is not the municipality's;
     * saamen kielilaki 1086/2003: {@code samiRightApplies} when the complainant uses a Sámi language in a
     * matter of the Sámi homeland.
     */
    public record LanguageView(boolean translationNeeded, SamiLanguage samiLanguage, boolean samiRightApplies) {
    }

    /** A request to be heard (HL 34 §): whom, by when, when answered, and whether they count as heard today. */
    public record HearingView(RemarkAddressee heard, LocalDate deadline, LocalDate answeredOn, boolean heardNow) {
    }

    /** A declared disqualification (HL 27–28 §). */
    public record DisqualificationView(String username, DisqualificationGround ground, String legalBasis,
                                       String explanation, Instant declaredAt) {
    }

    /**
     * A screening finding with its legal basis; blocking findings propose how to dispose of the complaint.
     * {@code severity} is the finding's {@link ScreeningWeight} (the JSON field keeps its first name).
     */
    public record FindingView(ScreeningCode code, ScreeningWeight severity, String legalBasis, String detail, boolean blocking) {
        static FindingView of(ScreeningFinding f) {
            return new FindingView(f.code(), f.weight(), f.legalBasis(), f.detail(), f.isBlocking());
        }
    }

    /** The proposal and, once decided, the decision; a complaint decision is never appealable (HL 53 c § 3 mom). */
    public record DecisionView(DecisionOutcome outcome, String legalBasis, NotInvestigatedReason notInvestigatedReason,
                               RemarkAddressee remarkAddressee, String text, String presenter, Instant proposedAt,
                               String decidedBy, Instant decidedAt, String dissent, String appealStatement,
                               boolean appealable, LocalDate resolvedOn, LocalDate servedOn,
                               boolean presenterAndDeciderNotDisqualified) {
    }
}
