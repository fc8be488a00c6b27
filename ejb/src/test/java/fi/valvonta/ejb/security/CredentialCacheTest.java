package fi.valvonta.ejb.security;

import fi.valvonta.model.security.Role;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CredentialCacheTest {

    static final Authenticated TIINA = new Authenticated("tiina", "Tiina", Set.of(Role.INSPECTOR), false);
    final MutableClock clock = new MutableClock();
    final CredentialCache cache = new CredentialCache(Duration.ofSeconds(60), 3, clock);

    @Test
    void onlyTheExactCredentialsAreFound() {
        cache.remember("tiina", "salasana-1", TIINA);
        assertEquals(TIINA, cache.find("tiina", "salasana-1").orElseThrow());
        assertEquals(TIINA, cache.find(" Tiina ", "salasana-1").orElseThrow(), "the user name as the directory reads it");
        assertTrue(cache.find("tiina", "salasana-2").isEmpty());
        assertTrue(cache.find("tiina", "Salasana-1").isEmpty());
        assertTrue(cache.find("tiin", "asalasana-1").isEmpty(), "the boundary of name and password counts");
        assertTrue(cache.find("tiina", null).isEmpty());
    }

    @Test
    void entriesExpire() {
        cache.remember("tiina", "salasana-1", TIINA);
        clock.advance(Duration.ofSeconds(59));
        assertTrue(cache.find("tiina", "salasana-1").isPresent());
        clock.advance(Duration.ofSeconds(1));
        assertTrue(cache.find("tiina", "salasana-1").isEmpty());
    }

    @Test
    void forgetDropsEveryEntryOfTheUserOnly() {
        Authenticated other = new Authenticated("tapio", "Tapio", Set.of(Role.INSPECTOR), false);
        cache.remember("tiina", "salasana-1", TIINA);
        cache.remember("tiina", "vanha-salasana", TIINA);
        cache.remember("tapio", "salasana-1", other);
        cache.forget("TIINA");
        assertTrue(cache.find("tiina", "salasana-1").isEmpty());
        assertTrue(cache.find("tiina", "vanha-salasana").isEmpty());
        assertTrue(cache.find("tapio", "salasana-1").isPresent());
    }

    @Test
    void sizeIsBounded() {
        for (int i = 0; i < 10; i++) {
            cache.remember("user" + i, "pw", TIINA);
            assertTrue(cache.size() <= 3, "size " + cache.size());
        }
    }

    @Test
    void aZeroTimeToLiveTurnsCachingOff() {
        CredentialCache off = new CredentialCache(Duration.ZERO, 100, clock);
        assertFalse(off.isEnabled());
        off.remember("tiina", "salasana-1", TIINA);
        assertTrue(off.find("tiina", "salasana-1").isEmpty());
    }
}
