package fi.valvonta.ejb.notification;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import fi.valvonta.model.platform.Language;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The receipt in each language, sent through a real SMTP server (GreenMail, embedded). */
class MailSenderTest {

    private GreenMail mail;

    @BeforeEach
    void start() {
        mail = new GreenMail(new ServerSetup[] {new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP)});
        mail.start();
    }

    @AfterEach
    void stop() {
        mail.stop();
    }

    private MailSender sender() {
        return new MailSender(new MailSettings.Server("127.0.0.1", mail.getSmtp().getPort(), false, "", "",
                "kirjaamo@valvonta.test"));
    }

    @Test
    void aFinnishReceiptNamesTheCaseNumberTheDayAndTheAgency() throws Exception {
        sender().send(ReceiptText.of("maija@example.fi", Language.FI, "LVV/12/2026", LocalDate.of(2026, 12, 2),
                "Lupa- ja valvontavirasto"), Instant.parse("2026-12-02T10:00:00Z"));

        MimeMessage m = mail.getReceivedMessages()[0];
        assertEquals("Kantelunne on kirjattu (LVV/12/2026)", m.getSubject());
        assertEquals("kirjaamo@valvonta.test", m.getFrom()[0].toString());
        String text = GreenMailUtil.getBody(m);
        assertTrue(m.getContentType().toLowerCase().contains("utf-8"), m.getContentType());
        assertTrue(new String(m.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)
                .contains("kirjattu asianumerolla LVV/12/2026"), text);
        assertTrue(new String(m.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)
                .contains("saapunut 2.12.2026"), text);
    }

    @Test
    void aSwedishComplainantGetsASwedishReceiptAndOtherLanguagesAFinnishOne() {
        assertEquals("Ert klagomål har registrerats (LVV/3/2026)",
                ReceiptText.of("a@example.fi", Language.SV, "LVV/3/2026", LocalDate.of(2026, 1, 5), "Tillstånds- och tillsynsverket").subject());
        assertEquals("Your complaint has been registered (LVV/3/2026)",
                ReceiptText.of("a@example.fi", Language.EN, "LVV/3/2026", LocalDate.of(2026, 1, 5), "x").subject());
        assertEquals("Kantelunne on kirjattu (LVV/3/2026)",
                ReceiptText.of("a@example.fi", Language.OTHER, "LVV/3/2026", LocalDate.of(2026, 1, 5), "x").subject());
        assertTrue(ReceiptText.of("a@example.fi", Language.SV, "LVV/3/2026", LocalDate.of(2026, 1, 5), "Tillstånds- och tillsynsverket")
                .text().contains("8 a kap. i förvaltningslagen"));
    }

    @Test
    void aReceiptFromTheEServiceCarriesTheStatusLinkBeforeTheSignature() {
        String link = "https://valvonta.example/valvonta/kantelu/tila.xhtml?t=abc";
        for (Language language : List.of(Language.FI, Language.SV, Language.EN)) {
            String text = ReceiptText.of("a@example.fi", language, "LVV/3/2026", LocalDate.of(2026, 1, 5), "Virasto",
                    link, 30).text();
            assertTrue(text.contains("\n" + link + "\n"), language + ": " + text);
            assertTrue(text.contains(" 30 "), language + ": the days after closing");
            assertTrue(text.indexOf(link) < text.indexOf("Virasto"), language + ": before the signature");
        }
        assertFalse(ReceiptText.of("a@example.fi", Language.FI, "LVV/3/2026", LocalDate.of(2026, 1, 5), "Virasto").text()
                .contains("tila.xhtml"), "a registrar's receipt has no link");
    }

    @Test
    void aServerThatDoesNotAnswerIsAnError() {
        MailSender nowhere = new MailSender(new MailSettings.Server("127.0.0.1", 1, false, "", "", "kirjaamo@valvonta.test"));
        assertThrows(MessagingException.class, () -> nowhere.send(
                new MailSender.Mail("a@example.fi", "s", "t"), Instant.now()));
    }
}
