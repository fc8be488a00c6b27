package fi.valvonta.model.measure;

import org.junit.jupiter.api.Test;

import static fi.valvonta.model.measure.MeasureType.CONDITIONAL_FINE;
import static fi.valvonta.model.measure.MeasureType.GUIDANCE;
import static fi.valvonta.model.measure.MeasureType.ORDER;
import static fi.valvonta.model.measure.MeasureType.REMARK;
import static fi.valvonta.model.measure.MeasureType.SUSPENSION;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MeasureTypeTest {

    @Test
    void hearingRequiredForCoerciveMeasuresOnly() {
        assertFalse(GUIDANCE.requiresHearing());
        assertFalse(REMARK.requiresHearing());
        assertTrue(ORDER.requiresHearing());
        assertTrue(CONDITIONAL_FINE.requiresHearing());
        assertTrue(SUSPENSION.requiresHearing());
    }

    @Test
    void ordersFinesAndSuspensionsAppealableGuidanceAndRemarksNot() {
        assertFalse(GUIDANCE.isAppealable());
        assertFalse(REMARK.isAppealable());
        assertTrue(ORDER.isAppealable());
        assertTrue(CONDITIONAL_FINE.isAppealable());
        assertTrue(SUSPENSION.isAppealable());
    }

    @Test
    void appealInstructionsFollowAppealability() {
        assertEquals(AppealKind.NO_APPEAL, AppealInstructions.forType(GUIDANCE));
        assertEquals(AppealKind.NO_APPEAL, AppealInstructions.forType(REMARK));
        for (MeasureType t : new MeasureType[] {ORDER, CONDITIONAL_FINE, SUSPENSION}) {
            assertEquals(AppealKind.APPEAL_TO_ADMINISTRATIVE_COURT_30_DAYS, AppealInstructions.forType(t));
        }
        assertEquals(30, AppealKind.APPEAL_TO_ADMINISTRATIVE_COURT_30_DAYS.appealPeriodDays());
        assertTrue(AppealKind.NO_APPEAL.legalBasis().contains("53 c §"));
        assertTrue(AppealKind.APPEAL_TO_ADMINISTRATIVE_COURT_30_DAYS.legalBasis().contains("808/2019"));
    }
}
