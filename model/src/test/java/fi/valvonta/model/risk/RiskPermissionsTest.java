package fi.valvonta.model.risk;

import fi.valvonta.model.security.Role;
import org.junit.jupiter.api.Test;

import java.util.EnumSet;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RiskPermissionsTest {

    @Test
    void plannersAndAdministratorsEditIndicatorsOthersRead() {
        assertTrue(RiskPermissions.mayEditIndicators(EnumSet.of(Role.INSPECTOR)));
        assertTrue(RiskPermissions.mayEditIndicators(EnumSet.of(Role.DECISION_MAKER)));
        assertTrue(RiskPermissions.mayEditIndicators(EnumSet.of(Role.ADMIN)));
        assertFalse(RiskPermissions.mayEditIndicators(EnumSet.of(Role.REGISTRAR, Role.AUDITOR)));
        assertFalse(RiskPermissions.mayEditIndicators(EnumSet.noneOf(Role.class)));
    }
}
