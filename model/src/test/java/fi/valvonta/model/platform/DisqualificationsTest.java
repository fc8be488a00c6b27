package fi.valvonta.model.platform;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class DisqualificationsTest {

    private static final Instant NOW = Instant.parse("2026-02-02T10:00:00Z");

    @Test
    void aDisqualifiedOfficialTakesNoPartWhateverTheCapacity() {
        Disqualifications d = Disqualifications.of(List.of(
                Disqualification.declare("LVV/1/2026", "Tarkastaja", DisqualificationGround.PARTY, null, NOW)));
        for (Disqualifications.Capacity capacity : Disqualifications.Capacity.values()) {
            ForbiddenException e = assertThrows(ForbiddenException.class, () -> d.require(" tarkastaja ", capacity));
            assertEquals(Disqualifications.DISQUALIFIED, e.code());
            assertTrue(e.getMessage().contains("HL 28 § 1 mom 1 kohta"), e.getMessage());
        }
        d.require("ratkaisija", Disqualifications.Capacity.DECIDER);
        d.require(null, Disqualifications.Capacity.PRESENTER);
        assertThrows(ForbiddenException.class, () -> d.requireDecisionMakers("tarkastaja", "ratkaisija"));
        assertThrows(ForbiddenException.class, () -> d.requireDecisionMakers("x", "tarkastaja"));
        d.requireDecisionMakers("x", "ratkaisija");
        Disqualifications.none().require("tarkastaja", Disqualifications.Capacity.DECIDER);
    }

    @Test
    void aDeclarationNamesAGroundOfHl28AndTheGeneralClauseItsReason() {
        assertEquals("ground", assertThrows(RuleViolationException.class,
                () -> Disqualification.declare("LVV/1/2026", "t", null, null, NOW)).field());
        assertEquals("explanation", assertThrows(RuleViolationException.class,
                () -> Disqualification.declare("LVV/1/2026", "t", DisqualificationGround.OTHER_PARTICULAR_REASON, " ", NOW)).field());
        assertEquals(7, DisqualificationGround.values().length, "HL 28 § 1 mom has seven points");
        for (DisqualificationGround g : DisqualificationGround.values()) {
            assertEquals("HL 28 § 1 mom " + (g.ordinal() + 1) + " kohta", g.legalBasis());
        }
    }
}
