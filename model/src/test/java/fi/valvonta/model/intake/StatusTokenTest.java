package fi.valvonta.model.intake;

import org.junit.jupiter.api.Test;

import java.security.SecureRandom;
import java.util.HashSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StatusTokenTest {

    private final SecureRandom random = new SecureRandom();

    @Test
    void aTokenIs256RandomBitsAs43Base64UrlCharacters() {
        StatusToken t = StatusToken.generate(random);
        assertEquals(43, t.value().length());
        assertTrue(t.value().matches("[A-Za-z0-9_-]+"), t.value());
        assertEquals(32, java.util.Base64.getUrlDecoder().decode(t.value()).length);
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            assertTrue(seen.add(StatusToken.generate(random).value()), "no token comes twice");
        }
    }

    @Test
    void onlyTheHashIsKeptAndATokenReadBackHasTheSameHash() {
        StatusToken t = StatusToken.generate(random);
        assertEquals(64, t.hash().length());
        assertTrue(t.hash().matches("[0-9a-f]{64}"));
        assertFalse(t.hash().contains(t.value()));
        StatusToken read = StatusToken.parse(t.value()).orElseThrow();
        assertEquals(t, read);
        assertEquals(t.hash(), read.hash());
        assertNotEquals(t.hash(), StatusToken.generate(random).hash());
        // a known answer: SHA-256 of 43 'A's
        assertEquals("0f007385b6f9d4b7eeb2748605afe1a984a0a3bfa3f014d09e2a784ce9e5cd1a",
                StatusToken.parse("A".repeat(43)).orElseThrow().hash());
    }

    @Test
    void anythingWithoutATokensFormIsNoToken() {
        assertTrue(StatusToken.parse(null).isEmpty());
        assertTrue(StatusToken.parse("").isEmpty());
        assertTrue(StatusToken.parse("x").isEmpty());
        assertTrue(StatusToken.parse("A".repeat(42)).isEmpty());
        assertTrue(StatusToken.parse("A".repeat(44)).isEmpty());
        assertTrue(StatusToken.parse("A".repeat(42) + "=").isEmpty());
        assertTrue(StatusToken.parse("A".repeat(42) + "/").isEmpty());
        assertTrue(StatusToken.parse("A".repeat(43)).isPresent());
    }

    @Test
    void theSecretIsNeverPrinted() {
        StatusToken t = StatusToken.generate(random);
        assertFalse(t.toString().contains(t.value()));
    }
}
