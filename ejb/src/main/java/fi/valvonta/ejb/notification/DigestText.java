package fi.valvonta.ejb.notification;

import fi.valvonta.model.notification.DeadlineDigest;
import fi.valvonta.model.platform.Language;

import java.text.MessageFormat;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The daily digest of deadlines as a mail in the official's language (Finnish, Swedish or English): a section
 * per kind of reminder, one line per case with its case number, what it is about and the date.
 */
public final class DigestText {

    private static final String BUNDLE = "fi.valvonta.ejb.notification.mail";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d.M.yyyy");

    private DigestText() {
    }

    public static MailSender.Mail of(String to, Language language, DeadlineDigest digest, String agencyName) {
        Language lang = language == Language.SV || language == Language.EN ? language : Language.FI;
        ResourceBundle t = ResourceBundle.getBundle(BUNDLE, Locale.forLanguageTag(lang.code()),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        String day = digest.day().format(DATE);
        StringBuilder text = new StringBuilder(MessageFormat.format(t.getString("digest.intro"), day));
        for (DeadlineDigest.Kind kind : DeadlineDigest.Kind.values()) {
            List<DeadlineDigest.Item> items = digest.itemsOf(kind);
            if (items.isEmpty()) {
                continue;
            }
            text.append("\n\n").append(t.getString("digest.section." + kind.name())).append('\n');
            for (DeadlineDigest.Item i : items) {
                text.append(MessageFormat.format(t.getString("digest.item"), i.caseNumber(), i.title(),
                        i.date().format(DATE))).append('\n');
            }
        }
        text.append('\n').append(MessageFormat.format(t.getString("digest.outro"), agencyName));
        return new MailSender.Mail(to, MessageFormat.format(t.getString("digest.subject"), day, digest.items().size()),
                text.toString());
    }
}
