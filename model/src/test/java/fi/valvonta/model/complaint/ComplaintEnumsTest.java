package fi.valvonta.model.complaint;

import fi.valvonta.model.platform.Dimension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.junit.jupiter.api.Assertions.*;

class ComplaintEnumsTest {

    @Test
    void themesMapToDimensions() {
        assertEquals(Dimension.DATA_PROTECTION, Theme.DATA_PROTECTION.dimension().orElseThrow());
        assertEquals(Dimension.EQUAL_TREATMENT, Theme.EQUAL_TREATMENT.dimension().orElseThrow());
        assertEquals(Dimension.LANGUAGE_RIGHTS, Theme.LANGUAGE_RIGHTS.dimension().orElseThrow());
        assertTrue(Theme.SERVICE_AVAILABILITY.dimension().isEmpty());
        assertTrue(Theme.BENEFITS.dimension().isEmpty());
        assertTrue(Theme.OTHER.dimension().isEmpty());
    }

    @ParameterizedTest
    @EnumSource(NotInvestigatedReason.class)
    void everyReasonHasABasisInTheActOrInSupervisoryPractice(NotInvestigatedReason reason) {
        assertTrue(reason.legalBasis().startsWith("HL ") != reason.isPractice(), reason.legalBasis());
    }

    @Test
    void onlyTheAgeOfTheMatterIsAGroundOf53b() {
        // pending elsewhere, already decided and appealable come from supervisory practice, not from HL 53 b §
        assertEquals(NotInvestigatedReason.PRACTICE, NotInvestigatedReason.PENDING_ELSEWHERE.legalBasis());
        assertEquals(NotInvestigatedReason.PRACTICE, NotInvestigatedReason.ALREADY_DECIDED.legalBasis());
        assertEquals(NotInvestigatedReason.PRACTICE, NotInvestigatedReason.APPEALABLE_ELSEWHERE.legalBasis());
        assertEquals("HL 21 §", NotInvestigatedReason.OUTSIDE_COMPETENCE.legalBasis());
        for (NotInvestigatedReason r : NotInvestigatedReason.values()) {
            assertFalse(r != NotInvestigatedReason.OVER_TWO_YEARS && r.legalBasis().contains("53 b"), r.name());
        }
    }

    @Test
    void reasonsLeadToTheRightAction() {
        assertEquals("HL 53 b § 3 mom", NotInvestigatedReason.OVER_TWO_YEARS.legalBasis());
        assertEquals(ComplaintAction.TRANSFER, NotInvestigatedReason.OUTSIDE_COMPETENCE.action());
        assertEquals(ComplaintAction.PROPOSE_NOT_INVESTIGATED, NotInvestigatedReason.ALREADY_DECIDED.action());
    }

    @Test
    void onlyRemarkNeedsAnAddressee() {
        for (DecisionOutcome o : DecisionOutcome.values()) {
            assertEquals(o == DecisionOutcome.REMARK, o.requiresAddressee(), o.name());
        }
        assertTrue(DecisionOutcome.DRAWING_ATTENTION.isGuidance());
        assertFalse(DecisionOutcome.NO_ACTION.isGuidance());
        assertEquals(2, RemarkAddressee.values().length);
    }

    @Test
    void oralIsTheOnlyUnwrittenChannel() {
        assertFalse(Channel.ORAL.isWritten());
        assertTrue(Channel.E_SERVICE.isWritten());
    }
}
