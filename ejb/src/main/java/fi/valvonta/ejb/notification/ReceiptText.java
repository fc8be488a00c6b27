package fi.valvonta.ejb.notification;

import fi.valvonta.model.platform.Language;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The receipt's subject and text in the complainant's language: Finnish or Swedish (the languages of
 * proceedings), English for a complainant who wrote in English; any other language gets Finnish.
 */
public final class ReceiptText {

    private static final String BUNDLE = "fi.valvonta.ejb.notification.mail";

    private ReceiptText() {
    }

    public static MailSender.Mail of(String to, Language language, String caseNumber, LocalDate received,
                                     String agencyName) {
        return of(to, language, caseNumber, received, agencyName, null, 0);
    }

    /**
     * The receipt with the sender's private status link (a complaint sent through the e-service), which works
     * while the case is open and {@code linkDaysAfterClose} days after; without a link when {@code statusUrl} is null.
     */
    public static MailSender.Mail of(String to, Language language, String caseNumber, LocalDate received,
                                     String agencyName, String statusUrl, long linkDaysAfterClose) {
        Language lang = language == Language.SV || language == Language.EN ? language : Language.FI;
        ResourceBundle t = ResourceBundle.getBundle(BUNDLE, Locale.forLanguageTag(lang.code()),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        String date = received.format(DateTimeFormatter.ofPattern("d.M.yyyy"));
        return new MailSender.Mail(to,
                MessageFormat.format(t.getString("receipt.subject"), caseNumber),
                MessageFormat.format(t.getString("receipt.text"), caseNumber, date, agencyName, statusUrl == null ? ""
                        : "\n\n" + MessageFormat.format(t.getString("receipt.statusLink"), statusUrl, String.valueOf(linkDaysAfterClose))));
    }
}
