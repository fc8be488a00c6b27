package fi.valvonta.ejb.intake;

import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.internet.MimeUtility;
import jakarta.mail.util.ByteArrayDataSource;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads a MIME message into a {@link FetchedMessage}: the first text part is the body (an HTML-only
 * message is reduced to its text), every other part with a file name or disposition is an attachment.
 * Whatever cannot be read is named in the problem, never thrown: a malformed message still reaches the
 * registrar, who sees what is missing.
 */
public final class MessageParser {

    private static final Pattern TAGS = Pattern.compile("<[^>]*>");
    private static final Pattern SCRIPT_STYLE = Pattern.compile("(?is)<(script|style)[^>]*>.*?</\\1>");

    private MessageParser() {
    }

    public static FetchedMessage parse(MimeMessage message) throws MessagingException {
        List<String> problems = new ArrayList<>();
        String messageId = messageId(message, problems);
        Instant arrivedAt = arrivedAt(message);
        String senderAddress = null;
        String senderName = null;
        try {
            Address[] from = message.getFrom();
            if (from != null && from.length > 0 && from[0] instanceof InternetAddress a) {
                senderAddress = a.getAddress();
                senderName = a.getPersonal();
            }
        } catch (MessagingException e) {
            problems.add("sender-unreadable");
        }
        String subject = null;
        try {
            subject = message.getSubject();
        } catch (MessagingException e) {
            problems.add("subject-unreadable");
        }
        Content content = new Content();
        try {
            collect(message, content, problems);
        } catch (MessagingException | IOException e) {
            problems.add("body-unreadable");
        }
        String body = content.text != null ? content.text : content.html != null ? htmlToText(content.html) : "";
        if (body.isBlank() && problems.isEmpty() && content.files.isEmpty()) {
            problems.add("empty");
        }
        return new FetchedMessage(messageId, arrivedAt, senderAddress, senderName, subject, body,
                problems.isEmpty() ? null : String.join("; ", problems), content.files);
    }

    private static String messageId(MimeMessage message, List<String> problems) throws MessagingException {
        String id = message.getMessageID();
        if (id != null && !id.isBlank()) {
            return id.strip();
        }
        problems.add("no-message-id");
        try {
            ByteArrayOutputStream whole = new ByteArrayOutputStream();
            message.writeTo(whole);
            return "sha256:" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(whole.toByteArray()));
        } catch (IOException | NoSuchAlgorithmException e) {
            throw new MessagingException("message unreadable", e);
        }
    }

    private static Instant arrivedAt(MimeMessage message) {
        try {
            Date received = message.getReceivedDate();
            if (received != null) {
                return received.toInstant();
            }
            Date sent = message.getSentDate();
            return sent == null ? null : sent.toInstant();
        } catch (MessagingException e) {
            return null;
        }
    }

    private static final class Content {
        String text;
        String html;
        final List<FetchedMessage.File> files = new ArrayList<>();
    }

    private static void collect(Part part, Content content, List<String> problems)
            throws MessagingException, IOException {
        String fileName = fileName(part);
        boolean attachment = fileName != null || Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition());
        if (!attachment && part.isMimeType("multipart/*")) {
            Multipart multipart = multipart(part);
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                try {
                    collect(child, content, problems);
                } catch (MessagingException | IOException | RuntimeException e) {
                    problems.add("part-" + (i + 1) + "-unreadable");
                }
            }
            return;
        }
        if (!attachment && part.isMimeType("text/plain") && content.text == null) {
            content.text = text(part);
            return;
        }
        if (!attachment && part.isMimeType("text/html") && content.html == null) {
            content.html = text(part);
            return;
        }
        if (!attachment && part.isMimeType("message/rfc822")) {
            // a forwarded message is kept whole, as a file the registrar can open
            fileName = "forwarded.eml";
        }
        try (InputStream in = part.getInputStream()) {
            String type = baseType(part.getContentType());
            content.files.add(new FetchedMessage.File(fileName == null ? "attachment" : fileName, type, in.readAllBytes()));
        }
    }

    /*
     * Parts are read from their decoded bytes, never through getContent(): that depends on the
     * activation framework finding Angus Mail's content handlers, which a server's module class
     * loading may hide (it then answers with a bare stream).
     */
    private static Multipart multipart(Part part) throws MessagingException, IOException {
        try (InputStream in = part.getInputStream()) {
            return new MimeMultipart(new ByteArrayDataSource(in, part.getContentType()));
        }
    }

    private static String text(Part part) throws MessagingException, IOException {
        String charset = new ContentType(part.getContentType()).getParameter("charset");
        Charset decoding;
        try {
            decoding = charset == null ? StandardCharsets.UTF_8 : Charset.forName(MimeUtility.javaCharset(charset));
        } catch (IllegalArgumentException e) {
            decoding = StandardCharsets.UTF_8;
        }
        try (InputStream in = part.getInputStream()) {
            return new String(in.readAllBytes(), decoding);
        }
    }

    private static String fileName(Part part) {
        try {
            String name = part.getFileName();
            return name == null ? null : MimeUtility.decodeText(name);
        } catch (MessagingException | IOException e) {
            return "attachment";
        }
    }

    private static String baseType(String contentType) {
        if (contentType == null) {
            return "application/octet-stream";
        }
        int semicolon = contentType.indexOf(';');
        return (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).strip().toLowerCase();
    }

    /** The text of an HTML body: scripts and styles dropped, tags removed, entities of the common kind read. */
    static String htmlToText(String html) {
        String text = SCRIPT_STYLE.matcher(html).replaceAll(" ");
        text = text.replaceAll("(?i)</p>|</div>", "\n\n").replaceAll("(?i)<br\\s*/?>|</li>", "\n");
        text = TAGS.matcher(text).replaceAll("");
        text = text.replace("&nbsp;", " ").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&quot;", "\"").replace("&#39;", "'").replace("&amp;", "&");
        return text.replaceAll("[ \\t]+", " ").replaceAll("\\n\\s*\\n+", "\n\n").strip();
    }
}
