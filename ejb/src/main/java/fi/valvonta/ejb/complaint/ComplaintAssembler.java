package fi.valvonta.ejb.complaint;

import fi.valvonta.model.complaint.Complainant;
import fi.valvonta.model.complaint.Complaint;
import fi.valvonta.model.complaint.ComplaintAction;
import fi.valvonta.model.complaint.Deadlines;
import fi.valvonta.model.complaint.NotInvestigatedReason;
import fi.valvonta.model.complaint.PersonalIdentityNumbers;
import fi.valvonta.model.complaint.ProceedingsLanguage;
import fi.valvonta.model.complaint.ScreeningResult;
import fi.valvonta.model.complaint.Theme;
import fi.valvonta.model.platform.Disqualifications;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * Complaint → what the API and the pages show: the case ({@link ComplaintDetail}), a row of the list
 * ({@link ComplaintSummary}), a reference for another case and the screening of a form. Pure: what the
 * caller may do and the day are given, so the mapping is tested without a server.
 */
public final class ComplaintAssembler {

    private ComplaintAssembler() {
    }

    /**
     * The case page. {@code allowed}: the actions the caller may take
     * ({@link Complaint#allowedActions(Set, String)}); {@code dueSoonWorkingDays}: "due soon" in the inboxes.
     */
    public static ComplaintDetail detail(Complaint c, List<AttachmentView> attachments, Set<ComplaintAction> allowed,
                                         LocalDate today, int dueSoonWorkingDays) {
        return detail(c, attachments, allowed, today, dueSoonWorkingDays, Disqualifications.none(), false);
    }

    /**
     * As above, with the disqualifications declared in the case and whether {@code callerDisqualified}:
     * the caller is one of them (the page then offers no declaration).
     */
    public static ComplaintDetail detail(Complaint c, List<AttachmentView> attachments, Set<ComplaintAction> allowed,
                                         LocalDate today, int dueSoonWorkingDays, Disqualifications disqualifications,
                                         boolean callerDisqualified) {
        ScreeningResult screening = c.screening();
        boolean dueSoon = c.nextDeadline().map(d -> Deadlines.isDueSoon(d, today, dueSoonWorkingDays)).orElse(false);
        return new ComplaintDetail(c.id(), c.version(), c.caseNumber().toString(), c.receivedDate(), c.registeredAt(),
                c.registeredBy(), c.channel(), complainant(c.complainant()),
                c.entity().id(), c.entity().nameFi(), c.entity().kind(), c.pilotAreaId().orElse(null),
                c.officialName().orElse(null), c.conductFrom(), c.conductTo().orElse(null), c.description(),
                c.themes().stream().sorted().toList(), c.isTeOfficeMatter(), c.specialReason().orElse(null),
                findings(screening), screening.proposedOutcome().orElse(null),
                screening.proposedAction().map(ComplaintAction::slug).orElse(null),
                c.proceedingsLanguage(), c.samiApplies(), c.state(), c.stateChangedAt(), c.assignee().orElse(null),
                c.responseDeadline().orElse(null), c.processingTarget(), c.nextDeadline().orElse(null), c.isOverdue(),
                dueSoon, c.transferredTo().orElse(null), decision(c).orElse(null),
                allowed.stream().map(ComplaintAction::slug).toList(), attachments,
                new ComplaintDetail.LanguageView(c.translationNeeded(),
                        c.complainant().samiLanguage().orElse(null), c.samiRightApplies()),
                c.oralConsentBy().orElse(null),
                c.hearings().stream().map(h -> new ComplaintDetail.HearingView(h.heard(), h.deadline(),
                        h.answeredOn().orElse(null), h.isHeardBy(today))).toList(),
                disqualifications.declared().stream().map(d -> new ComplaintDetail.DisqualificationView(d.username(),
                        d.ground(), d.ground().legalBasis(), d.explanation(), d.declaredAt())).toList(),
                callerDisqualified, ComplaintNotices.kindOf(c).orElse(null));
    }

    static ComplaintDetail.ComplainantView complainant(Complainant p) {
        return new ComplaintDetail.ComplainantView(p.isAnonymous(), p.name(), p.email(), p.phone(), p.address(),
                p.language(), p.representativeName(), p.hasPowerOfAttorney(), p.samiLanguage().orElse(null));
    }

    /** The proposal and decision, once proposed (or disposed of); never appealable (HL 53 c § 3 mom). */
    static java.util.Optional<ComplaintDetail.DecisionView> decision(Complaint c) {
        return c.outcome().map(o -> new ComplaintDetail.DecisionView(o,
                c.notInvestigatedReason().map(NotInvestigatedReason::legalBasis).orElse(o.legalBasis()),
                c.notInvestigatedReason().orElse(null), c.remarkAddressee().orElse(null), c.decisionText().orElse(null),
                c.presenter().orElse(null), c.proposedAt().orElse(null), c.decidedBy().orElse(null),
                c.decidedAt().orElse(null), c.dissent().orElse(null), c.appealStatement().orElse(null), false,
                c.resolvedOn().orElse(null), c.servedOn().orElse(null), c.impartialityConfirmed()));
    }

    static List<ComplaintDetail.FindingView> findings(ScreeningResult screening) {
        return screening.findings().stream().map(ComplaintDetail.FindingView::of).toList();
    }

    /** A row of the case list; {@code themes} in their natural order. */
    public static ComplaintSummary summary(ComplaintRow r, List<Theme> themes) {
        return new ComplaintSummary(r.id(), r.version(), r.caseNumber(), r.receivedDate(), r.channel(), r.state(),
                r.entityId(), r.entityName(), r.pilotAreaId(), themes.stream().sorted().toList(), r.assignee(),
                r.nextDeadline(), r.overdue(), r.outcome());
    }

    /** For another case to refer to the complaint: no personal data. */
    public static ComplaintReference reference(Complaint c) {
        return new ComplaintReference(c.id(), c.caseNumber().toString(), c.entity().id(), c.entity().nameFi(), c.state(),
                c.outcome().orElse(null), c.remarkAddressee().orElse(null));
    }

    /** The screening of a complaint as entered, and the case number prefix it would get. */
    public static ScreeningPreview preview(Complaint.Intake intake, ScreeningResult screening, String casePrefix) {
        return new ScreeningPreview(findings(screening), screening.proposedAction().map(ComplaintAction::slug).orElse(null),
                intake.effectiveProceedingsLanguage(), ProceedingsLanguage.samiApplies(intake.entity().languageStatus()),
                casePrefix, PersonalIdentityNumbers.find(intake.description()).size(),
                ProceedingsLanguage.translationNeeded(intake.effectiveProceedingsLanguage(), intake.entity().languageStatus()));
    }
}
