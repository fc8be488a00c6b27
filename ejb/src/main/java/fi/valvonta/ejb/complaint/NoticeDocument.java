package fi.valvonta.ejb.complaint;

import fi.valvonta.model.platform.Language;

import java.util.List;

/**
 * A letter to the complainant in one language, before layout: what the PDF shows, section by section.
 * Kept apart from the PDF so its wording can be asserted directly.
 */
public record NoticeDocument(NoticeKind kind, Language language, String agency, String title, String caseNumber,
                             String date, List<Section> sections) {

    public record Section(String heading, String body) {
    }

    /** All text of the letter, for checks and search. */
    public String plainText() {
        StringBuilder b = new StringBuilder(agency).append('\n').append(title).append('\n')
                .append(caseNumber).append('\n').append(date).append('\n');
        sections.forEach(s -> b.append(s.heading()).append('\n').append(s.body()).append('\n'));
        return b.toString();
    }
}
