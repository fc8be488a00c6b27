package fi.valvonta.model.complaint;

import fi.valvonta.model.platform.RuleViolationException;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class DocumentUploadTest {

    private static final byte[] PDF = "%PDF-1.4\n%%EOF".getBytes(StandardCharsets.US_ASCII);

    @Test
    void theContentDecidesTheTypeAndTheNameLosesPathsAndQuotes() {
        DocumentUpload u = DocumentUpload.of("../\"kirje\".txt", PDF, 100);
        assertEquals(DocumentType.PDF, u.type());
        assertEquals("..__kirje_.txt", u.fileName());
        assertEquals(PDF.length, u.size());
    }

    @Test
    void refusedNameEmptinessSizeAndType() {
        assertEquals("attachment.file-name", assertThrows(RuleViolationException.class,
                () -> DocumentUpload.of(" ", PDF, 100)).code());
        assertEquals("attachment.empty", assertThrows(RuleViolationException.class,
                () -> DocumentUpload.of("a.pdf", new byte[0], 100)).code());
        assertEquals("attachment.too-large", assertThrows(RuleViolationException.class,
                () -> DocumentUpload.of("a.pdf", PDF, PDF.length - 1)).code());
        assertEquals("attachment.type-not-allowed", assertThrows(RuleViolationException.class,
                () -> DocumentUpload.of("a.pdf", new byte[]{'M', 'Z', 0, 1}, 100)).code());
    }
}
