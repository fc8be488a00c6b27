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
    void everyReasonHasABasisInTheAdministrativeProcedureAct(NotInvestigatedReason reason) {
        assertTrue(reason.legalBasis().startsWith("HL "), reason.legalBasis());
    }

    @Test
    void reasonsLeadToTheRightAction() {
        assertEquals("HL 53 b § 3 mom", NotInvestigatedReason.OVER_TWO_YEARS.legalBasis());
        assertEquals(ComplaintAction.TRANSFER, NotInvestigatedReason.OUTSIDE_COMPETENCE.action());
        assertEquals(ComplaintAction.NOT_INVESTIGATE, NotInvestigatedReason.ALREADY_DECIDED.action());
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
