package fi.valvonta.model.complaint;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;

class DocumentTypeTest {

    private static Optional<DocumentType> of(byte[] b) {
        return DocumentType.detect(b);
    }

    private static byte[] zip(String... entries) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            for (int i = 0; i < entries.length; i += 2) {
                z.putNextEntry(new ZipEntry(entries[i]));
                z.write(entries[i + 1].getBytes(StandardCharsets.US_ASCII));
                z.closeEntry();
            }
        }
        return out.toByteArray();
    }

    @Test
    void recognisesTheAllowedTypesByTheirContent() throws IOException {
        assertEquals(Optional.of(DocumentType.PDF), of("%PDF-1.7\n%âãÏÓ\n".getBytes(StandardCharsets.ISO_8859_1)));
        assertEquals(Optional.of(DocumentType.PNG), of(new byte[]{(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0}));
        assertEquals(Optional.of(DocumentType.JPEG), of(new byte[]{(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0}));
        assertEquals(Optional.of(DocumentType.DOCX), of(zip("[Content_Types].xml", "<Types/>", "word/document.xml", "<w/>")));
        assertEquals(Optional.of(DocumentType.ODT), of(zip("mimetype", "application/vnd.oasis.opendocument.text", "content.xml", "<x/>")));
        assertEquals(Optional.of(DocumentType.TEXT), of("Kantelu: ääkköset\tja\r\nrivit\n".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void refusesEverythingElseWhateverItsNameOrClaimedType() throws IOException {
        assertEquals(Optional.empty(), of(new byte[]{'M', 'Z', (byte) 0x90, 0, 3, 0}), "a Windows executable");
        assertEquals(Optional.empty(), of(new byte[]{0x7F, 'E', 'L', 'F', 2, 1}), "an ELF binary");
        assertEquals(Optional.empty(), of(zip("payload.exe", "MZ")), "a plain zip");
        assertEquals(Optional.empty(), of(zip("mimetype", "application/vnd.oasis.opendocument.spreadsheet")), "a spreadsheet");
        assertEquals(Optional.empty(), of(zip("[Content_Types].xml", "<Types/>", "word/document.xml", "<w/>",
                "word/vbaProject.bin", "x")), "a macro-enabled document");
        assertEquals(Optional.empty(), of("text\u0000with a NUL".getBytes(StandardCharsets.UTF_8)), "binary posing as text");
        assertEquals(Optional.empty(), of(new byte[]{(byte) 0xC3, (byte) 0x28}), "invalid UTF-8");
        assertEquals(Optional.empty(), of(new byte[0]));
        assertEquals(Optional.empty(), of("PK\u0003\u0004broken".getBytes(StandardCharsets.ISO_8859_1)), "a broken zip");
    }

    @Test
    void theStoredTypeIsTheDetectedOne() {
        assertEquals("application/pdf", DocumentType.PDF.mediaType());
        assertEquals("text/plain; charset=UTF-8", DocumentType.TEXT.mediaType());
    }
}
