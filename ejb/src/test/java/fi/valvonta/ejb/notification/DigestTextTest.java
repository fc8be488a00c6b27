package fi.valvonta.ejb.notification;

import fi.valvonta.model.notification.DeadlineDigest;
import fi.valvonta.model.platform.Language;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The digest's mail in the official's language: a section per kind that has items, one line per case. */
class DigestTextTest {

    private static final LocalDate DAY = LocalDate.of(2026, 12, 2);
    private final DeadlineDigest digest = new DeadlineDigest(DAY, List.of(
            new DeadlineDigest.Item(DeadlineDigest.Kind.COMPLAINT_DUE_SOON, "LVV/9/2026", "Vantaa", LocalDate.of(2026, 12, 7)),
            new DeadlineDigest.Item(DeadlineDigest.Kind.COMPLAINT_OVERDUE, "LVV/3/2026", "Lahti", LocalDate.of(2026, 11, 30))));

    @Test
    void finnishListsTheOverdueBeforeTheDueSoonAndLeavesEmptySectionsOut() {
        MailSender.Mail m = DigestText.of("tiina@lvv.fi", Language.FI, digest, "Lupa- ja valvontavirasto");
        assertEquals("tiina@lvv.fi", m.to());
        assertEquals("Määräajat 2.12.2026: 2 asiaa", m.subject());
        String t = m.text();
        assertTrue(t.indexOf("- LVV/3/2026 Lahti (30.11.2026)") < t.indexOf("- LVV/9/2026 Vantaa (7.12.2026)"), t);
        assertTrue(t.contains("Kantelut, joiden määräaika on ylittynyt"), t);
        assertFalse(t.contains("Toimenpiteet"), "no hearing section without items: " + t);
        assertTrue(t.contains("Lupa- ja valvontavirasto"), t);
        assertFalse(t.contains("{"), "every placeholder filled: " + t);
    }

    @Test
    void swedishAndEnglishOfficialsReadTheirOwnLanguageAndOthersFinnish() {
        assertEquals("Tidsfrister 2.12.2026: 2 ärenden", DigestText.of("a@lvv.fi", Language.SV, digest, "TOV").subject());
        assertTrue(DigestText.of("a@lvv.fi", Language.EN, digest, "Agency").text().contains("Complaints past their deadline"));
        assertEquals("Määräajat 2.12.2026: 2 asiaa", DigestText.of("a@lvv.fi", Language.OTHER, digest, "LVV").subject());
    }
}
