package fi.valvonta.model.inspection;

import fi.valvonta.model.risk.Inputs;

import fi.valvonta.model.platform.ConflictException;
import fi.valvonta.model.platform.Dimension;
import fi.valvonta.model.security.Role;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static fi.valvonta.model.inspection.InspectionAction.COMPLETE;
import static fi.valvonta.model.inspection.InspectionAction.RECORD_FINDING;
import static fi.valvonta.model.inspection.InspectionAction.RESCHEDULE;
import static fi.valvonta.model.inspection.InspectionState.COMPLETED;
import static fi.valvonta.model.inspection.InspectionState.SCHEDULED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The inspection's transition table, its permission table and the invariants the inspection refuses. */
class InspectionLifeCycleTest {

    private static final LocalDate DAY = LocalDate.of(2024, 5, 2);
    private static final Instant NOW = Instant.parse("2024-05-02T08:00:00Z");

    private Inspection scheduled() {
        return Inspection.adHoc(7, null, InspectionType.DESK_REVIEW, DAY, List.of("tarkastaja"),
                EnumSet.of(Dimension.DATA_PROTECTION), Inputs.BILINGUAL_FI, NOW, "tarkastaja");
    }

    @Test
    void transitionTable() {
        for (InspectionAction a : InspectionAction.values()) {
            assertEquals(EnumSet.of(SCHEDULED), a.sources(), a + " only while scheduled");
            assertEquals("inspection.completed", assertThrows(ConflictException.class,
                    () -> InspectionWorkflow.transition(COMPLETED, a)).code());
        }
        assertEquals(SCHEDULED, InspectionWorkflow.transition(SCHEDULED, RESCHEDULE));
        assertEquals(SCHEDULED, InspectionWorkflow.transition(SCHEDULED, RECORD_FINDING));
        assertEquals(COMPLETED, InspectionWorkflow.transition(SCHEDULED, COMPLETE));
        for (InspectionAction a : InspectionAction.values()) {
            assertEquals(a, InspectionAction.fromSlug(a.slug()).orElseThrow());
        }
    }

    @Test
    void permissionTable() {
        for (InspectionAction a : InspectionAction.values()) {
            assertEquals(EnumSet.of(Role.INSPECTOR, Role.DECISION_MAKER), InspectionPermissions.rolesFor(a));
        }
        assertEquals(EnumSet.of(Role.INSPECTOR, Role.DECISION_MAKER), InspectionPermissions.rolesToSchedule());
        for (Role reader : EnumSet.of(Role.REGISTRAR, Role.ADMIN, Role.AUDITOR)) {
            assertFalse(InspectionPermissions.maySchedule(Set.of(reader)));
            for (InspectionAction a : InspectionAction.values()) {
                assertFalse(InspectionPermissions.mayTake(Set.of(reader), a), reader + " may not " + a);
            }
        }
    }

    @Test
    void allowedActionsCombineStateAndRoles() {
        Inspection i = scheduled();
        assertEquals(EnumSet.allOf(InspectionAction.class), i.allowedActions(Set.of(Role.INSPECTOR)));
        assertEquals(EnumSet.allOf(InspectionAction.class), i.allowedActions(Set.of(Role.DECISION_MAKER)));
        assertTrue(i.allowedActions(Set.of(Role.AUDITOR, Role.REGISTRAR, Role.ADMIN)).isEmpty());
        i.complete("Kertomus", DAY);
        assertTrue(i.allowedActions(Set.of(Role.INSPECTOR, Role.DECISION_MAKER)).isEmpty(), "a completed inspection is final");
    }

    @Test
    void aCompletedInspectionRefusesEveryChangeWithA409() {
        Inspection i = scheduled();
        i.complete("Kertomus", DAY);
        assertEquals("inspection.completed", assertThrows(ConflictException.class,
                () -> i.reschedule(DAY.plusDays(1), List.of("tarkastaja"))).code());
        assertEquals("inspection.completed", assertThrows(ConflictException.class,
                () -> i.recordFinding("DP_USE_LOG", FindingOutcome.COMPLIANT, null, "ok", DAY, NOW, "t")).code());
        assertEquals("inspection.completed", assertThrows(ConflictException.class,
                () -> i.complete("Toinen", DAY)).code());
        assertEquals(DAY, i.scheduledOn());
        assertEquals("Kertomus", i.report().orElseThrow());
        assertTrue(i.findings().isEmpty());
    }

    @Test
    void auditSummariesStartWithIdentityThenStateAndHoldNoFreeText() {
        Inspection i = scheduled();
        Finding f = i.recordFinding("DP_USE_LOG", FindingOutcome.DEFICIENCY, DeficiencySeverity.SERIOUS,
                "Asiakas Matti Meikäläinen", DAY, NOW, "t");
        assertTrue(i.auditSummary().startsWith("inspection null SCHEDULED"), i.auditSummary());
        assertTrue(f.auditSummary().startsWith("finding null DEFICIENCY SERIOUS"), f.auditSummary());
        assertFalse(f.auditSummary().contains("Meikäläinen"), "a finding's description may name people");
        i.complete("Raportti, jossa Matti Meikäläinen", DAY);
        assertFalse(i.auditSummary().contains("Meikäläinen"), "nor is the report in the trail");
    }
}
