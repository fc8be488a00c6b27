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
    void hearingRequiredForCoerciveMeasuresAndRemarks() {
        assertFalse(GUIDANCE.requiresHearing());
        assertTrue(REMARK.requiresHearing(), "HL 34 §: the one a remark concerns is heard");
        assertTrue(ORDER.requiresHearing());
        assertTrue(CONDITIONAL_FINE.requiresHearing());
        assertTrue(SUSPENSION.requiresHearing());
    }

    @Test
    void ordersFinesAndSuspensionsObligate() {
        assertFalse(GUIDANCE.isObligating());
        assertFalse(REMARK.isObligating());
        assertTrue(ORDER.isObligating() && CONDITIONAL_FINE.isObligating() && SUSPENSION.isObligating());
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
        // guidance and remarks outside a complaint: not a decision on a matter (808/2019 6 §), not HL 53 c § 3 mom
        assertTrue(AppealKind.NO_APPEAL.legalBasis().contains("808/2019 6 §"), AppealKind.NO_APPEAL.legalBasis());
        assertFalse(AppealKind.NO_APPEAL.legalBasis().contains("53 c"));
        assertTrue(AppealKind.APPEAL_TO_ADMINISTRATIVE_COURT_30_DAYS.legalBasis().contains("808/2019"));
    }
}
