package fi.valvonta.model.security;

import fi.valvonta.model.platform.RuleViolationException;
import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AppUserTest {

    @Test
    void demoUsersAreMarkedOthersNot() {
        assertTrue(AppUser.demoUser("kirjaamo", "DEMO Kirjaamo", "$2a$10$x", EnumSet.of(Role.REGISTRAR)).isDemo());
        assertFalse(new AppUser("tiina", "Tiina", "$2a$10$x", EnumSet.of(Role.INSPECTOR)).isDemo());
    }

    @Test
    void onlyADemoUserIsReactivatedByDemoMode() {
        AppUser demo = AppUser.demoUser("kirjaamo", "DEMO Kirjaamo", "$2a$10$x", EnumSet.of(Role.REGISTRAR));
        demo.deactivate();
        demo.reactivateDemoUser();
        assertTrue(demo.isActive());
        AppUser real = new AppUser("tiina", "Tiina", "$2a$10$x", EnumSet.of(Role.INSPECTOR));
        real.deactivate();
        assertThrows(IllegalStateException.class, real::reactivateDemoUser);
        assertFalse(real.isActive());
    }

    @Test
    void rolesAreReplacedAndNeverEmpty() {
        AppUser user = new AppUser("tiina", "Tiina", "$2a$10$x", EnumSet.of(Role.INSPECTOR));
        user.changeRoles(EnumSet.of(Role.AUDITOR, Role.REGISTRAR));
        assertEquals(Set.of(Role.AUDITOR, Role.REGISTRAR), user.roles());
        RuleViolationException e = assertThrows(RuleViolationException.class, () -> user.changeRoles(Set.of()));
        assertEquals("user.roles-required", e.code());
        assertEquals(Set.of(Role.AUDITOR, Role.REGISTRAR), user.roles());
    }
}
