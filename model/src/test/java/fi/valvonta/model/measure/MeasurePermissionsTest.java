package fi.valvonta.model.measure;

import fi.valvonta.model.security.Role;
import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Roles per measure action: the inspector presents and carries out, the decision maker decides, others read. */
class MeasurePermissionsTest {

    @Test
    void decisionMakerOnlyDecides() {
        for (MeasureAction a : MeasureAction.values()) {
            assertEquals(a == MeasureAction.DECIDE ? Set.of(Role.DECISION_MAKER) : Set.of(Role.INSPECTOR),
                    MeasurePermissions.rolesFor(a), a.toString());
        }
    }

    @Test
    void readersTakeNoAction() {
        for (MeasureAction a : MeasureAction.values()) {
            assertFalse(MeasurePermissions.mayTake(EnumSet.of(Role.AUDITOR, Role.ADMIN, Role.REGISTRAR), a), a.toString());
        }
    }

    @Test
    void inspectorIsAdmittedToAskForADecisionSoTheRuleRefusesWithItsCode() {
        assertEquals(Set.of(Role.DECISION_MAKER, Role.INSPECTOR), MeasurePermissions.admittedToTry(MeasureAction.DECIDE));
        assertFalse(MeasurePermissions.mayTake(Set.of(Role.INSPECTOR), MeasureAction.DECIDE));
        assertTrue(MeasurePermissions.mayTake(Set.of(Role.INSPECTOR, Role.DECISION_MAKER), MeasureAction.DECIDE));
        for (MeasureAction a : MeasureAction.values()) {
            if (a != MeasureAction.DECIDE) {
                assertEquals(MeasurePermissions.rolesFor(a), MeasurePermissions.admittedToTry(a), a.toString());
            }
        }
    }
}
