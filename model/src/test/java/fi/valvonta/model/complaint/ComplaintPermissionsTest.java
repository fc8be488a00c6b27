package fi.valvonta.model.complaint;

import fi.valvonta.model.security.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.EnumSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.*;

class ComplaintPermissionsTest {

    @ParameterizedTest
    @EnumSource(ComplaintAction.class)
    void auditorAndAdminTakeNoAction(ComplaintAction action) {
        assertFalse(ComplaintPermissions.mayTake(EnumSet.of(Role.AUDITOR), action));
        assertFalse(ComplaintPermissions.mayTake(EnumSet.of(Role.ADMIN), action));
    }

    @Test
    void onlyTheDecisionMakerDecides() {
        assertEquals(Set.of(Role.DECISION_MAKER), ComplaintPermissions.rolesFor(ComplaintAction.DECIDE));
        assertFalse(ComplaintPermissions.mayTake(EnumSet.of(Role.REGISTRAR, Role.INSPECTOR), ComplaintAction.DECIDE));
    }

    @Test
    void notInvestigatingIsProposedByAnInspectorAndDecidedByADecisionMaker() {
        // HL 53 b §: a decision like any other, no longer closed by an inspector alone
        assertEquals(Set.of(Role.INSPECTOR), ComplaintPermissions.rolesFor(ComplaintAction.PROPOSE_NOT_INVESTIGATED));
        assertEquals(Set.of(Role.DECISION_MAKER), ComplaintPermissions.rolesFor(ComplaintAction.NOT_INVESTIGATE));
        assertFalse(ComplaintPermissions.mayTake(EnumSet.of(Role.INSPECTOR), ComplaintAction.NOT_INVESTIGATE));
    }

    @Test
    void onlyInspectorsPropose() {
        assertEquals(Set.of(Role.INSPECTOR), ComplaintPermissions.rolesFor(ComplaintAction.PROPOSE));
    }

    @Test
    void allowedActionsFollowStateAndRole() {
        assertEquals(EnumSet.of(ComplaintAction.WITHDRAW),
                ComplaintPermissions.allowed(ComplaintState.REGISTERED, EnumSet.of(Role.REGISTRAR)));
        assertEquals(EnumSet.of(ComplaintAction.DECIDE, ComplaintAction.RETURN_FOR_PREPARATION),
                ComplaintPermissions.allowed(ComplaintState.PROPOSED, EnumSet.of(Role.DECISION_MAKER)));
        assertTrue(ComplaintPermissions.allowed(ComplaintState.CLOSED, EnumSet.allOf(Role.class)).isEmpty());
    }

    @Test
    void theOtherChangesHaveTheirRoles() {
        assertTrue(ComplaintPermissions.mayAny(EnumSet.of(Role.REGISTRAR), ComplaintPermissions.ASSIGN));
        assertFalse(ComplaintPermissions.mayAny(EnumSet.of(Role.REGISTRAR), ComplaintPermissions.RECORD_SPECIAL_REASON));
        assertFalse(ComplaintPermissions.mayAny(EnumSet.of(Role.DECISION_MAKER), ComplaintPermissions.MASK_IDENTITY_NUMBERS));
        assertFalse(ComplaintPermissions.mayAny(EnumSet.of(Role.AUDITOR), ComplaintPermissions.ADD_DOCUMENTS));
        assertTrue(ComplaintPermissions.mayAny(EnumSet.of(Role.AUDITOR, Role.INSPECTOR), ComplaintPermissions.ADD_DOCUMENTS));
    }

    @Test
    void intakeIsWhileTheComplaintMayStillBeDisposedOf() {
        assertEquals(EnumSet.of(ComplaintState.REGISTERED, ComplaintState.PRELIMINARY_ASSESSMENT,
                        ComplaintState.SUPPLEMENT_REQUESTED),
                EnumSet.copyOf(java.util.Arrays.stream(ComplaintState.values()).filter(ComplaintState::isIntake).toList()));
    }
}
