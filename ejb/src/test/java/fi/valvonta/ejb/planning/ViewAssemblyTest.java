package fi.valvonta.ejb.planning;

import fi.valvonta.ejb.inspection.InspectionView;

import fi.valvonta.model.risk.ComplaintSignal;
import fi.valvonta.model.risk.EntityRiskInput;
import fi.valvonta.model.inspection.Inspection;
import fi.valvonta.model.inspection.InspectionAction;
import fi.valvonta.model.planning.InspectionPlan;
import fi.valvonta.model.planning.InspectionPlanner;
import fi.valvonta.model.inspection.InspectionType;
import fi.valvonta.model.planning.PlanAction;
import fi.valvonta.model.planning.PlanCapacity;
import fi.valvonta.model.risk.RiskModel;
import fi.valvonta.model.risk.RiskParameters;
import fi.valvonta.model.registry.LanguageStatus;
import fi.valvonta.model.platform.Dimension;
import fi.valvonta.model.security.Role;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** PlanView and InspectionView are assembled from the aggregate: totals, counts and the allowed actions. */
class ViewAssemblyTest {

    private static final Instant NOW = Instant.parse("2026-01-05T10:00:00Z");
    private static final LocalDate AS_OF = LocalDate.of(2026, 1, 5);

    @Test
    void planViewSumsItsEntriesAndCarriesTheAllowedActionsAsSlugs() throws Exception {
        RiskParameters parameters = RiskParameters.defaults();
        RiskModel model = withId(new RiskModel(parameters, "{}", NOW, "tarkastaja"), 5L);
        PlanCapacity capacity = new PlanCapacity(12, 0, 5, 1.5);
        InspectionPlan plan = withId(new InspectionPlan(2026, 1, model, capacity, null, NOW, "tarkastaja"), 9L);
        List<EntityRiskInput> inputs = new ArrayList<>();
        for (long id = 1; id <= 6; id++) {
            List<ComplaintSignal> complaints = new ArrayList<>();
            for (int n = 0; n < id * 3; n++) {
                complaints.add(new ComplaintSignal(Dimension.DATA_PROTECTION, AS_OF.minusMonths(2),
                        ComplaintSignal.Substantiation.SUBSTANTIATED));
            }
            inputs.add(new EntityRiskInput(id, "entity " + id, LanguageStatus.unilingualFinnish(), 1000, 0.05, 0.2,
                    null, complaints, List.of(), List.of()));
        }
        List<PlanEntryView> entries = PlanningService.entriesOf(new InspectionPlanner().plan(inputs, parameters, capacity, AS_OF));

        PlanView view = PlanView.of(plan, entries, plan.allowedActions(Set.of(Role.DECISION_MAKER)));

        assertEquals(9L, view.id());
        assertEquals(5L, view.riskModelId());
        assertEquals(6, view.entityCount());
        assertEquals(entries.stream().mapToDouble(PlanEntryView::daysUsed).sum(), view.daysUsed(), 1e-9);
        assertEquals(entries.stream().mapToDouble(PlanEntryView::totalRisk).sum(), view.totalRisk(), 1e-9);
        assertEquals(entries.stream().filter(e -> e.inspectionType() == InspectionType.ON_SITE).count(), view.onSiteCount());
        assertEquals(entries.stream().filter(e -> e.inspectionType() == InspectionType.DESK_REVIEW).count(), view.deskReviewCount());
        assertEquals(List.of(PlanAction.REPLAN.slug(), PlanAction.ADOPT.slug()), view.allowedActions());
        assertTrue(view.allows("adopt"));
        assertFalse(view.allows("revise"));

        PlanView forAnAuditor = PlanView.of(plan, null, plan.allowedActions(Set.of(Role.AUDITOR)));
        assertTrue(forAnAuditor.allowedActions().isEmpty());
        assertEquals(0, forAnAuditor.entityCount());
    }

    @Test
    void inspectionViewCarriesTheAllowedActionsAsSlugs() throws Exception {
        Inspection i = withId(Inspection.adHoc(7, null, InspectionType.DESK_REVIEW, AS_OF, List.of("tarkastaja"),
                EnumSet.of(Dimension.DATA_PROTECTION), LanguageStatus.unilingualFinnish(), NOW, "tarkastaja"), 3L);
        InspectionView view = InspectionView.of(i, "Espoo", i.allowedActions(Set.of(Role.INSPECTOR)));
        assertEquals(List.of(InspectionAction.RESCHEDULE.slug(), InspectionAction.RECORD_FINDING.slug(),
                InspectionAction.COMPLETE.slug()), view.allowedActions());
        assertTrue(view.allows("complete"));

        i.complete("Kertomus", AS_OF);
        assertTrue(InspectionView.of(i, "Espoo", i.allowedActions(Set.of(Role.INSPECTOR))).allowedActions().isEmpty());
    }

    private static <T> T withId(T entity, long id) throws Exception {
        Field f = entity.getClass().getDeclaredField("id");
        f.setAccessible(true);
        f.set(entity, id);
        return entity;
    }
}
