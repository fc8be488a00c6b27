package fi.valvonta.ejb.measure;

import fi.valvonta.model.platform.Language;

import java.time.Instant;
import java.util.List;

/**
 * The text of a decision document in one language, before layout: what the PDF shows, section by
 * section, with its attachments (the appeal instructions, HL 47 §) each on pages of its own. Kept separate
 * from the PDF so the wording can be asserted directly.
 *
 * @param letterhead the agency's address and contact lines under its name (HL 44 §)
 * @param signature  the electronic signature (laki 13/2003 16 §), null while the decision is not made
 */
public record DecisionDocument(Language language, String agency, List<String> letterhead, String title,
                               String caseNumber, String date, List<Section> sections, List<Attachment> attachments,
                               Signature signature) {

    public DecisionDocument {
        letterhead = List.copyOf(letterhead);
        sections = List.copyOf(sections);
        attachments = List.copyOf(attachments);
    }

    public record Section(String heading, String body) {
    }

    /** An attachment of the decision, e.g. the appeal instructions. */
    public record Attachment(String title, List<Section> sections) {
        public Attachment {
            sections = List.copyOf(sections);
        }
    }

    /** Who signed electronically and when, written into the PDF's metadata. */
    public record Signature(String signer, String title, Instant signedAt) {
    }

    /** All text of the document, attachments included, for checks and search. */
    public String plainText() {
        StringBuilder b = new StringBuilder(agency).append('\n');
        letterhead.forEach(l -> b.append(l).append('\n'));
        b.append(title).append('\n').append(caseNumber).append('\n').append(date).append('\n');
        sections.forEach(s -> b.append(s.heading()).append('\n').append(s.body()).append('\n'));
        for (Attachment a : attachments) {
            b.append(a.title()).append('\n');
            a.sections().forEach(s -> b.append(s.heading()).append('\n').append(s.body()).append('\n'));
        }
        return b.toString();
    }

    /** The text of one attachment, by title. */
    public String attachmentText(String title) {
        return attachments.stream().filter(a -> a.title().equals(title)).findFirst()
                .map(a -> {
                    StringBuilder b = new StringBuilder(a.title()).append('\n');
                    a.sections().forEach(s -> b.append(s.heading()).append('\n').append(s.body()).append('\n'));
                    return b.toString();
                }).orElseThrow(() -> new IllegalArgumentException("no attachment " + title));
    }
}
