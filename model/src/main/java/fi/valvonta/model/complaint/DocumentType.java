package fi.valvonta.model.complaint;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The kinds of document a case file accepts, recognised by their content (magic bytes and structure),
 * never by the name or the Content-Type the sender gave: PDF, PNG, JPEG, Word (DOCX), OpenDocument text
 * (ODT) and plain UTF-8 text. Anything else (executables, HTML, scripts, archives, macros) is refused.
 */
public enum DocumentType {
    PDF("application/pdf"),
    PNG("image/png"),
    JPEG("image/jpeg"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
    ODT("application/vnd.oasis.opendocument.text"),
    TEXT("text/plain; charset=UTF-8");

    private static final byte[] PDF_MAGIC = {'%', 'P', 'D', 'F', '-'};
    private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final byte[] JPEG_MAGIC = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};
    private static final int ZIP_ENTRIES_READ = 2000;

    private final String mediaType;

    DocumentType(String mediaType) {
        this.mediaType = mediaType;
    }

    /** The Content-Type the document is stored and served with. */
    public String mediaType() {
        return mediaType;
    }

    /** The type of {@code content}, if it is one the case file accepts. */
    public static Optional<DocumentType> detect(byte[] content) {
        if (content == null || content.length == 0) {
            return Optional.empty();
        }
        if (startsWith(content, PDF_MAGIC)) {
            return Optional.of(PDF);
        }
        if (startsWith(content, PNG_MAGIC)) {
            return Optional.of(PNG);
        }
        if (startsWith(content, JPEG_MAGIC)) {
            return Optional.of(JPEG);
        }
        if (startsWith(content, ZIP_MAGIC)) {
            return officeDocument(content);
        }
        return isPlainText(content) ? Optional.of(TEXT) : Optional.empty();
    }

    private static boolean startsWith(byte[] content, byte[] magic) {
        return content.length >= magic.length && Arrays.equals(content, 0, magic.length, magic, 0, magic.length);
    }

    /**
     * A zip is a document only as a Word or OpenDocument text file: ODT names itself in its first entry
     * {@code mimetype}; DOCX has {@code [Content_Types].xml} and {@code word/document.xml}. Macro-enabled
     * documents ({@code vbaProject.bin}) are refused.
     */
    private static Optional<DocumentType> officeDocument(byte[] content) {
        boolean contentTypes = false;
        boolean wordDocument = false;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            ZipEntry e;
            for (int i = 0; i < ZIP_ENTRIES_READ && (e = zip.getNextEntry()) != null; i++) {
                String name = e.getName();
                if (i == 0 && name.equals("mimetype")) {
                    byte[] type = zip.readNBytes(64);
                    return new String(type, StandardCharsets.US_ASCII).equals(ODT.mediaType) ? Optional.of(ODT) : Optional.empty();
                }
                if (name.toLowerCase(java.util.Locale.ROOT).endsWith("vbaproject.bin")) {
                    return Optional.empty();
                }
                contentTypes |= name.equals("[Content_Types].xml");
                wordDocument |= name.equals("word/document.xml");
            }
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
        return contentTypes && wordDocument ? Optional.of(DOCX) : Optional.empty();
    }

    /** Valid UTF-8 without control characters other than tab, line feed, carriage return and form feed. */
    private static boolean isPlainText(byte[] content) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException e) {
            return false;
        }
        return text.chars().noneMatch(ch -> (ch < 0x20 && ch != '\t' && ch != '\n' && ch != '\r' && ch != '\f') || ch == 0x7F);
    }
}
