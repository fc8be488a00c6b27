package fi.valvonta.model.inspection;

import fi.valvonta.model.risk.FindingSignal;
import fi.valvonta.model.risk.Inputs;

import fi.valvonta.model.platform.ConflictException;
import fi.valvonta.model.platform.Dimension;
import fi.valvonta.model.platform.RuleViolationException;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class InspectionTest {

    private static final LocalDate DAY = LocalDate.of(2024, 5, 2);
    private static final Instant NOW = Instant.parse("2024-05-02T08:00:00Z");

    private Inspection adHoc() {
        return Inspection.adHoc(7, "LVV/3/2024", InspectionType.ON_SITE, DAY, List.of("tarkastaja", " tarkastaja "),
                EnumSet.allOf(Dimension.class), Inputs.BILINGUAL_FI, NOW, "tarkastaja");
    }

    @Test
    void checklistIsCopiedWithItsLegalBasesAndInspectorsAreDistinct() {
        Inspection i = adHoc();
        assertEquals(InspectionState.SCHEDULED, i.state());
        assertEquals(List.of("tarkastaja"), i.inspectors());
        assertEquals(Checklist.itemsFor(EnumSet.allOf(Dimension.class), Inputs.BILINGUAL_FI).size(), i.checklist().size());
        assertTrue(i.checklist().stream().allMatch(c -> !c.legalBasis().isBlank() && c.outcome().isEmpty()));
    }

    @Test
    void aDeficiencyHasASeverityAndBecomesARiskSignal() {
        Inspection i = adHoc();
        RuleViolationException noSeverity = assertThrows(RuleViolationException.class, () ->
                i.recordFinding("DP_USE_LOG", FindingOutcome.DEFICIENCY, null, "no log follow-up", DAY, NOW, "t"));
        assertEquals("severity", noSeverity.field());
        assertThrows(RuleViolationException.class, () ->
                i.recordFinding("DP_USE_LOG", FindingOutcome.COMPLIANT, DeficiencySeverity.MINOR, "fine", DAY, NOW, "t"));

        Finding f = i.recordFinding("DP_USE_LOG", FindingOutcome.DEFICIENCY, DeficiencySeverity.SIGNIFICANT, "no log follow-up", DAY, NOW, "t");
        assertEquals(new FindingSignal(Dimension.DATA_PROTECTION, DAY, DeficiencySeverity.SIGNIFICANT), FindingSignal.of(f).orElseThrow());
        assertEquals(7, f.entityId());
        assertEquals("tiedonhallintalaki 906/2019 17 §", f.legalBasis());
        // a later compliant observation does not clear the item's deficiency
        Finding ok = i.recordFinding("DP_USE_LOG", FindingOutcome.COMPLIANT, null, "partly fine", DAY, NOW, "t");
        assertTrue(FindingSignal.of(ok).isEmpty());
        assertEquals(FindingOutcome.DEFICIENCY, i.checklist().stream().filter(c -> c.code().equals("DP_USE_LOG"))
                .findFirst().orElseThrow().outcome().orElseThrow());
    }

    @Test
    void aCompletedInspectionHasAReportAndNoLongerChanges() {
        Inspection i = adHoc();
        assertEquals("report", assertThrows(RuleViolationException.class, () -> i.complete(" ", DAY)).field());
        assertEquals("completedOn", assertThrows(RuleViolationException.class, () -> i.complete("r", DAY.minusDays(1))).field());
        i.complete("Report", DAY.plusDays(1));
        assertEquals(InspectionState.COMPLETED, i.state());
        assertThrows(ConflictException.class, () ->
                i.recordFinding("DP_RECORDS", FindingOutcome.COMPLIANT, null, "x", DAY, NOW, "t"));
        assertThrows(ConflictException.class, () -> i.reschedule(DAY.plusDays(3), List.of("x")));
    }

    @Test
    void anItemOutsideTheChecklistIsRefused() {
        Inspection unilingual = Inspection.adHoc(8, null, InspectionType.DESK_REVIEW, DAY, List.of("t"),
                EnumSet.of(Dimension.LANGUAGE_RIGHTS), Inputs.UNILINGUAL, NOW, "t");
        assertEquals("itemCode", assertThrows(RuleViolationException.class, () ->
                unilingual.recordFinding("LR_OWN_LANGUAGE", FindingOutcome.COMPLIANT, null, "x", DAY, NOW, "t")).field());
        assertEquals("inspectors", assertThrows(RuleViolationException.class, () ->
                Inspection.adHoc(8, null, InspectionType.DESK_REVIEW, DAY, List.of(" "), EnumSet.of(Dimension.LANGUAGE_RIGHTS),
                        Inputs.UNILINGUAL, NOW, "t")).field());
    }
}
