package fi.valvonta.ejb.measure;

import fi.valvonta.ejb.registry.Names;
import fi.valvonta.model.measure.AppealKind;
import fi.valvonta.model.measure.ConditionalFineKind;
import fi.valvonta.model.measure.CourtOutcome;
import fi.valvonta.model.measure.FinePeriod;
import fi.valvonta.model.measure.ServedParty;
import fi.valvonta.model.measure.ServiceRules;
import fi.valvonta.model.measure.GuidanceKind;
import fi.valvonta.model.measure.Hearing;
import fi.valvonta.model.measure.Measure;
import fi.valvonta.model.measure.MeasureAction;
import fi.valvonta.model.measure.MeasureAddressee;
import fi.valvonta.model.measure.MeasureCase;
import fi.valvonta.model.measure.MeasureOrigin;
import fi.valvonta.model.measure.MeasureState;
import fi.valvonta.model.measure.MeasureType;
import fi.valvonta.model.measure.ServiceMethod;
import fi.valvonta.model.measure.SuspensionScope;
import fi.valvonta.model.registry.LegalRegime;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * A measure with its case, as the API and the views show it, and the actions the caller is offered on it
 * ({@link Measure#allowedActions}): the UI renders exactly these.
 */
public record MeasureView(long id, long version, long caseId, String caseNumber, long entityId, String entityName,
                          String entityNameSv, LegalRegime regime, String subject, MeasureOrigin origin, Long complaintId,
                          Long findingId, String originReference, MeasureType type, MeasureState state,
                          Long corrects, String facts, String legalBasis, String reasoning, String decision,
                          LocalDate deadline, LocalDate lastDayToComply, GuidanceKind guidanceKind,
                          MeasureAddressee addressee, String officialName, SuspensionScope suspensionScope,
                          BigDecimal conditionalFine, LocalDate hearingRequestedOn, LocalDate hearingDeadline,
                          LocalDate hearingRespondedOn, String draftedBy, String presenter, String decider,
                          LocalDate decidedOn, String dissent, ServiceMethod serviceMethod,
                          LocalDate sentOrReceivedOn, LocalDate servedOn, AppealKind appealKind,
                          LocalDate appealPeriodEnds, LocalDate finalOn, LocalDate complianceRecordedOn,
                          String complianceEvidence, LocalDate appealLodgedOn, CourtOutcome courtOutcome,
                          LocalDate courtDecidedOn, LocalDate courtDecisionServedOn, LocalDate receiptShownOn,
                          ServedParty servedParty, boolean serviceDatePresumed, ConditionalFineKind fineKind,
                          BigDecimal fineInstalment, FinePeriod finePeriod, boolean notwithstandingAppeal,
                          String notwithstandingAppealReason, LocalDate furtherAppealLodgedOn,
                          Boolean leaveToAppealGranted, CourtOutcome supremeCourtOutcome,
                          LocalDate supremeCourtDecidedOn, boolean setAside, LocalDate enforceableFrom,
                          Set<MeasureAction> allowedActions) {

    public MeasureView {
        EnumSet<MeasureAction> actions = EnumSet.noneOf(MeasureAction.class);
        actions.addAll(allowedActions);
        allowedActions = Collections.unmodifiableSet(actions); // in the table's order
    }

    /** The entity's name in {@code language}: the Swedish one for sv where it has one (Raseborg), else the Finnish. */
    public String entityNameIn(String language) {
        return Names.in(language, entityName, entityNameSv);
    }

    /** Whether the caller is offered {@code action} (by name, for EL). */
    public boolean offers(String action) {
        return allowedActions.contains(MeasureAction.valueOf(action));
    }

    static MeasureView of(Measure m, Set<MeasureAction> allowedActions) {
        MeasureCase c = m.measureCase();
        Hearing h = m.hearing().orElse(null);
        return new MeasureView(m.id(), m.version(), c.id(), c.caseNumber(), c.entity().id(), c.entity().nameFi(),
                c.entity().nameSv().orElse(null), c.entity().regime(), c.subject(), c.origin(), c.complaintId().orElse(null),
                c.findingId().orElse(null), c.originReference().orElse(null), m.type(), m.state(),
                m.corrects().orElse(null), m.facts(), m.legalBasis(), m.reasoning(), m.decision(), m.deadline(),
                m.lastDayToComply().orElse(null), m.guidanceKind(), m.addressee(), m.officialName(),
                m.suspensionScope(), m.conditionalFine(), h == null ? null : h.requestedOn(),
                h == null ? null : h.deadline(), h == null ? null : h.respondedOn(), m.draftedBy(), m.presenter(),
                m.decider(), m.decidedOn(), m.dissent(), m.serviceMethod(), m.sentOrReceivedOn(), m.servedOn(),
                m.appealKind(), m.appealPeriodEnds(), m.finalOn(), m.complianceRecordedOn(),
                m.complianceEvidence(), m.appealLodgedOn(), m.courtOutcome(), m.courtDecidedOn(),
                m.courtDecisionServedOn(), m.receiptShownOn(), m.servedParty(),
                m.serviceMethod() != null && ServiceRules.isPresumed(m.serviceMethod(), m.servedParty()), m.fineKind(),
                m.fineInstalment(), m.finePeriod(), m.notwithstandingAppeal(), m.notwithstandingAppealReason(),
                m.furtherAppealLodgedOn(), m.leaveToAppealGranted(), m.supremeCourtOutcome(), m.supremeCourtDecidedOn(),
                m.isSetAside(), m.enforceableFrom().orElse(null), allowedActions);
    }
}
