package fi.valvonta.model.security;

import fi.valvonta.model.platform.Language;
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

    @Test
    void notificationsGoToOneAddressInFinnishUnlessToldOtherwise() {
        AppUser user = new AppUser("tiina", "Tiina", "$2a$10$x", EnumSet.of(Role.INSPECTOR));
        assertTrue(user.email().isEmpty());
        assertEquals(Language.FI, user.language());
        user.changeContact(" tiina.tarkastaja@lvv.fi ", Language.SV);
        assertEquals("tiina.tarkastaja@lvv.fi", user.email().orElseThrow());
        assertEquals(Language.SV, user.language());
        user.changeContact("", null);
        assertTrue(user.email().isEmpty(), "blank: no address");
        assertEquals(Language.FI, user.language(), "none given: Finnish");
    }

    @Test
    void anAddressListOrAHeaderInjectionOrAnOtherLanguageIsRefused() {
        AppUser user = new AppUser("tiina", "Tiina", "$2a$10$x", EnumSet.of(Role.INSPECTOR));
        for (String bad : new String[]{"tiina", "tiina@", "@lvv.fi", "tiina@lvv", "a@lvv.fi, b@lvv.fi", "a@lvv.fi;b@lvv.fi",
                "Tiina <tiina@lvv.fi>", "tiina@lvv.fi\r\nBcc: x@y.fi", "tii na@lvv.fi", "x".repeat(250) + "@lvv.fi"}) {
            RuleViolationException e = assertThrows(RuleViolationException.class, () -> user.changeContact(bad, Language.FI), bad);
            assertEquals(AppUser.EMAIL_INVALID, e.code());
            assertEquals("email", e.field());
        }
        for (Language other : new Language[]{Language.SE, Language.OTHER}) {
            assertEquals(AppUser.LANGUAGE_UNSUPPORTED, assertThrows(RuleViolationException.class,
                    () -> user.changeContact("tiina@lvv.fi", other)).code());
        }
        assertTrue(user.email().isEmpty(), "a refused change leaves the contact as it was");
    }
}
