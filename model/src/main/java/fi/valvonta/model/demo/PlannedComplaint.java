package fi.valvonta.model.demo;

import fi.valvonta.model.complaint.Channel;
import fi.valvonta.model.complaint.ComplaintState;
import fi.valvonta.model.complaint.DecisionOutcome;
import fi.valvonta.model.complaint.NotInvestigatedReason;
import fi.valvonta.model.complaint.Theme;
import fi.valvonta.model.platform.CaseNumber;
import fi.valvonta.model.platform.Language;
import fi.valvonta.model.registry.EntityKind;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A demo complaint: what is registered and the steps that bring it to {@code target}. The entity is
 * chosen by the executor: {@link #supervisedAs()} of the kind, a Swedish-speaking or bilingual one when
 * {@code swedish}, the {@code entityPick}-th (modulo) of those.
 */
public record PlannedComplaint(int serial, LocalDate receivedDate, Channel channel, Language language, boolean swedish,
                               int entityPick, LocalDate conductFrom, LocalDate conductTo, Theme theme,
                               String description, boolean anonymous, String complainantName, String officialName,
                               String assignee, ComplaintState target, DecisionOutcome outcome,
                               NotInvestigatedReason notInvestigatedReason, String transferredTo, String decisionText,
                               List<PlannedStep> steps, List<String> attachments) {

    public PlannedComplaint {
        steps = List.copyOf(steps);
        attachments = List.copyOf(attachments);
    }

    /** DEMO/serial/year of receipt: the demo's own prefix, so no real case number is taken. */
    public CaseNumber caseNumber() {
        return CaseNumber.of(DemoScenario.CASE_PREFIX, serial, receivedDate.getYear());
    }

    /**
     * Laki 1269/2020 ended 31.12.2024: conduct until then is the pilot municipality's, conduct from
     * 1.1.2025 the employment area's (laki 380/2023; {@code Municipality#supervisedEntityOn}).
     */
    public EntityKind supervisedAs() {
        return DemoScenario.pilotPeriodCovers(conductFrom) ? EntityKind.MUNICIPALITY : EntityKind.EMPLOYMENT_AREA;
    }

    public Optional<String> findAssignee() {
        return Optional.ofNullable(assignee);
    }

    /** The day of the last step (or of receipt): nothing of this complaint happens later. */
    public LocalDate lastDay() {
        return steps.isEmpty() ? receivedDate : steps.get(steps.size() - 1).on();
    }
}
