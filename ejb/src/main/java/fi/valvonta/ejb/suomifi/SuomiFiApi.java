package fi.valvonta.ejb.suomifi;

import jakarta.json.bind.annotation.JsonbProperty;

import java.util.List;

/**
 * The shapes of the Suomi.fi Messages REST interface (version 2 of messages and attachments, version 1
 * of the token), as the service publishes them at /api-docs. Enumerated values are the service's own
 * strings ("Recipient only"), kept as constants.
 */
public final class SuomiFiApi {

    private SuomiFiApi() {
    }

    static final String TOKEN = "v1/token";
    static final String ATTACHMENTS = "v2/attachments";
    static final String MESSAGES = "v2/messages";
    static final String EVENTS = "v2/events";

    public static final String SERVICE_NORMAL = "Normal";
    /** Verifiable: the recipient confirms receipt before opening; the confirmation is the service date. */
    public static final String SERVICE_VERIFIABLE = "Verifiable";

    public record AccessTokenRequest(String username, String password) {
    }

    public record AccessTokenResponse(@JsonbProperty("access_token") String accessToken,
                                      @JsonbProperty("token_type") String tokenType,
                                      @JsonbProperty("expires_in") Long expiresIn) {
    }

    public record AttachmentReference(String attachmentId) {
    }

    public record MessageResponse(long messageId) {
    }

    /** An error answer; {@code messageId} is set on a 409 for an externalId already sent. */
    public record ApiError(String reason, List<ValidationError> validationErrors, Long messageId) {
    }

    public record ValidationError(String error, String errorCode) {
    }

    public record MultichannelMessage(String externalId, ElectronicPart electronic, PaperMailPart paperMail,
                                      Recipient recipient, Sender sender) {
    }

    public record ElectronicPart(List<AttachmentReference> attachments, String body, String bodyFormat,
                                 String messageServiceType, Notifications notifications, String replyAllowedBy,
                                 String title, String visibility) {
    }

    public record Notifications(String senderDetailsInNotifications, UnreadMessageNotification unreadMessageNotification) {
    }

    public record UnreadMessageNotification(String reminder) {
    }

    public record PaperMailPart(List<AttachmentReference> attachments, boolean colorPrinting, boolean createAddressPage,
                                String messageServiceType, PrintingAndEnvelopingService printingAndEnvelopingService,
                                AddressHolder recipient, boolean rotateLandscapePages, AddressHolder sender,
                                boolean twoSidedPrinting) {
    }

    public record PrintingAndEnvelopingService(PostiMessaging postiMessaging) {
    }

    public record PostiMessaging(ContactDetails contactDetails, String username, String password) {
    }

    public record ContactDetails(String email) {
    }

    public record AddressHolder(Address address) {
    }

    /** A postal address; {@code countryCode} ISO 3166-1 alpha-2. */
    public record Address(String name, String additionalName, String streetAddress, String zipCode, String city,
                          String countryCode) {
    }

    /** The recipient: a person's identity number or an organisation's business ID (Y-tunnus). */
    public record Recipient(String id) {
    }

    public record Sender(String serviceId) {
    }

    public record EventsPage(String continuationToken, List<Event> events) {
    }

    /** An event; {@code metadata} is a JSON text naming the message ({@link EventMetadata}). */
    public record Event(String eventTime, String metadata, String type) {
    }

    public record EventMetadata(String externalId, Long messageId, String serviceId) {
    }

    public static final String EVENT_ELECTRONIC_CREATED = "Electronic message created";
    public static final String EVENT_ELECTRONIC_READ = "Electronic message read";
    public static final String EVENT_RECEIPT_CONFIRMED = "Receipt confirmed";
    public static final String EVENT_PAPER_MAIL_CREATED = "Paper mail created";
    public static final String EVENT_POSTI_RECEIPT_CONFIRMED = "Posti: receipt confirmed";
    public static final String EVENT_POSTI_RETURNED = "Posti: returned to sender";
}
