package fi.valvonta.ejb.suomifi;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

/**
 * A client of the Suomi.fi Messages REST interface: an access token from the account's credentials
 * (fetched again once when the service answers 401), a PDF uploaded as an attachment, a multichannel
 * message (electronic, or printed and mailed where the recipient has no mailbox), and the event feed.
 * Every answer other than success is a {@link SuomiFiException} naming the status and the service's reason.
 */
public class SuomiFiClient {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final SuomiFiSettings.Account account;
    private final HttpClient http;
    private final Jsonb json = JsonbBuilder.create();
    private volatile String token;

    public SuomiFiClient(SuomiFiSettings.Account account) {
        this.account = account;
        this.http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
    }

    /**
     * A message to send: one PDF, a title and a short text, to a person or an organisation; electronically
     * {@code verifiable} or not, and, printed where the recipient has no mailbox, as a letter against a
     * receipt ({@code letterVerifiable}) or an ordinary one.
     */
    public record Letter(String externalId, String recipientId, SuomiFiApi.Address postalAddress, String title,
                         String body, String fileName, byte[] pdf, boolean verifiable, boolean letterVerifiable) {
    }

    /** What sending gave: the service's message id; {@code duplicate} when the externalId had been sent before. */
    public record Sent(long messageId, boolean duplicate) {
    }

    /** Uploads the PDF and sends the message; a resend of the same externalId returns the first message's id. */
    public Sent send(Letter letter) {
        SuomiFiApi.AttachmentReference file = upload(letter.fileName(), letter.pdf());
        String type = letter.verifiable() ? SuomiFiApi.SERVICE_VERIFIABLE : SuomiFiApi.SERVICE_NORMAL;
        String paperType = letter.letterVerifiable() ? SuomiFiApi.SERVICE_VERIFIABLE : SuomiFiApi.SERVICE_NORMAL;
        SuomiFiApi.MultichannelMessage message = new SuomiFiApi.MultichannelMessage(letter.externalId(),
                new SuomiFiApi.ElectronicPart(List.of(file), letter.body(), "Text", type,
                        new SuomiFiApi.Notifications("Organisation and service name",
                                new SuomiFiApi.UnreadMessageNotification("Default reminder")),
                        "No one", letter.title(), "Recipient only"),
                new SuomiFiApi.PaperMailPart(List.of(file), false, true, paperType,
                        new SuomiFiApi.PrintingAndEnvelopingService(new SuomiFiApi.PostiMessaging(
                                new SuomiFiApi.ContactDetails(account.printingContactEmail()),
                                account.printingUsername(), account.printingPassword())),
                        new SuomiFiApi.AddressHolder(letter.postalAddress()), false,
                        new SuomiFiApi.AddressHolder(account.sender()), true),
                new SuomiFiApi.Recipient(letter.recipientId()), new SuomiFiApi.Sender(account.serviceId()));
        HttpResponse<String> r = authorised(HttpRequest.newBuilder(uri(SuomiFiApi.MESSAGES))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json.toJson(message), StandardCharsets.UTF_8)));
        if (r.statusCode() == 409) {
            SuomiFiApi.ApiError error = read(r, SuomiFiApi.ApiError.class);
            if (error.messageId() != null) {
                return new Sent(error.messageId(), true);
            }
        }
        return new Sent(read(ok(r, "message"), SuomiFiApi.MessageResponse.class).messageId(), false);
    }

    /** One page of the account's events after {@code continuationToken} (null: from the start). */
    public SuomiFiApi.EventsPage events(String continuationToken) {
        String path = SuomiFiApi.EVENTS + (continuationToken == null || continuationToken.isBlank() ? ""
                : "?continuationToken=" + java.net.URLEncoder.encode(continuationToken, StandardCharsets.UTF_8));
        return read(ok(authorised(HttpRequest.newBuilder(uri(path)).GET()), "events"), SuomiFiApi.EventsPage.class);
    }

    /** Which message an event is about. */
    public SuomiFiApi.EventMetadata metadataOf(SuomiFiApi.Event event) {
        try {
            return json.fromJson(event.metadata(), SuomiFiApi.EventMetadata.class);
        } catch (JsonbException e) {
            throw new SuomiFiException(200, "unreadable event metadata: " + event.metadata());
        }
    }

    SuomiFiApi.AttachmentReference upload(String fileName, byte[] pdf) {
        String boundary = "valvonta-" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        String safeName = fileName.replaceAll("[\"\\r\\n]", "_");
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + safeName
                + "\"\r\nContent-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(pdf);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> r = authorised(HttpRequest.newBuilder(uri(SuomiFiApi.ATTACHMENTS))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
        return read(ok(r, "attachment upload"), SuomiFiApi.AttachmentReference.class);
    }

    private HttpResponse<String> authorised(HttpRequest.Builder request) {
        HttpResponse<String> r = exchange(request.copy().header("Authorization", "Bearer " + token()));
        if (r.statusCode() == 401) {
            // the token expired: one new token, one more try
            token = null;
            r = exchange(request.copy().header("Authorization", "Bearer " + token()));
        }
        return r;
    }

    private String token() {
        String t = token;
        if (t == null) {
            HttpResponse<String> r = exchange(HttpRequest.newBuilder(uri(SuomiFiApi.TOKEN))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(json.toJson(
                            new SuomiFiApi.AccessTokenRequest(account.username(), account.password())))));
            t = read(ok(r, "access token"), SuomiFiApi.AccessTokenResponse.class).accessToken();
            token = t;
        }
        return t;
    }

    private HttpResponse<String> exchange(HttpRequest.Builder request) {
        try {
            return http.send(request.header("Accept", "application/json").timeout(TIMEOUT).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new SuomiFiException(0, "not reachable: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SuomiFiException(0, "interrupted");
        }
    }

    private HttpResponse<String> ok(HttpResponse<String> r, String what) {
        if (r.statusCode() / 100 != 2) {
            String reason;
            try {
                reason = json.fromJson(r.body(), SuomiFiApi.ApiError.class).reason();
            } catch (JsonbException | NullPointerException e) {
                reason = r.body();
            }
            throw new SuomiFiException(r.statusCode(), what + " refused: " + reason);
        }
        return r;
    }

    private <T> T read(HttpResponse<String> r, Class<T> type) {
        try {
            return json.fromJson(r.body(), type);
        } catch (JsonbException e) {
            throw new SuomiFiException(r.statusCode(), "unreadable answer: " + r.body());
        }
    }

    private URI uri(String path) {
        return account.base().resolve(path);
    }
}
