package fi.valvonta.web.api.audit;

/**
 * The request headers by which an API caller names who receives a downloaded document and why
 * (tiedonhallintalaki 906/2019 17 §); without them the caller is the recipient and the purpose the default.
 */
public final class DisclosureHeaders {

    public static final String RECIPIENT = "Disclosure-Recipient";
    public static final String PURPOSE = "Disclosure-Purpose";

    private DisclosureHeaders() {
    }
}
