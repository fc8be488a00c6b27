package fi.valvonta.ejb.measure;

import fi.valvonta.model.audit.AuditChannel;
import fi.valvonta.model.audit.AuditedType;
import fi.valvonta.model.audit.DisclosureKind;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import fi.valvonta.ejb.audit.AuditTrail;
import fi.valvonta.ejb.security.UserDirectory;
import fi.valvonta.model.platform.AgencySettings;
import fi.valvonta.model.registry.AdministrativeCourt;
import fi.valvonta.model.measure.AdministrativeCourts;
import fi.valvonta.model.measure.AppealKind;
import fi.valvonta.model.measure.ConditionalFineKind;
import fi.valvonta.model.measure.DocumentLanguages;
import fi.valvonta.model.measure.Hearing;
import fi.valvonta.model.measure.Measure;
import fi.valvonta.model.measure.MeasureAddressee;
import fi.valvonta.model.measure.MeasureCase;
import fi.valvonta.model.measure.MeasureType;
import fi.valvonta.model.registry.SupervisedEntity;
import fi.valvonta.model.platform.Language;
import fi.valvonta.model.platform.RuleViolationException;
import fi.valvonta.model.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Decision documents from the templates {@code decision_fi} / {@code decision_sv} (this package's
 * resource bundles), in the language(s) the addressee is entitled to ({@link DocumentLanguages}),
 * rendered to PDF with OpenPDF.
 */
@Stateless
@RolesAllowed({Role.INSPECTOR_NAME, Role.DECISION_MAKER_NAME, Role.AUDITOR_NAME, Role.ADMIN_NAME})
public class DecisionDocuments {

    private static final String TEMPLATES = "fi.valvonta.ejb.measure.decision";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d.M.yyyy");

    @PersistenceContext(unitName = "valvonta")
    private EntityManager em;

    @Inject
    private AgencySettings agency;

    @Inject
    private UserDirectory users;

    @Inject
    private DecisionSettings settings;

    @Inject
    private AuditTrail audit;

    /** The languages the addressee of the measure receives its decision in, primary first. */
    public List<Language> languagesFor(long measureId) {
        return languagesOf(measure(measureId).measureCase().entity());
    }

    /** The document text in {@code language}, or in the addressee's primary language when null. */
    public DecisionDocument compose(long measureId, Language language) {
        Measure m = measure(measureId);
        List<Language> allowed = languagesOf(m.measureCase().entity());
        Language lang = language == null ? allowed.get(0) : language;
        if (!allowed.contains(lang)) {
            throw new RuleViolationException("measure.document-language-not-for-addressee", "lang",
                    "The addressee receives its decisions in " + allowed + " (kielilaki 423/2003), not in " + lang);
        }
        return compose(m, lang, agency, settings, this::name);
    }

    /**
     * The PDF of {@link #compose}: viewing it is use-logged, and the file leaving the system is a disclosure
     * logged with its recipient and purpose (tiedonhallintalaki 17 §).
     */
    public byte[] pdf(long measureId, Language language, AuditChannel channel, String recipient, String purpose) {
        DecisionDocument doc = compose(measureId, language);
        audit.recordView(AuditedType.MEASURE, measureId, channel);
        audit.recordDisclosure(AuditedType.MEASURE, measureId, DisclosureKind.GENERATED_DOCUMENT,
                "decision document " + measureId + " (" + doc.language().code() + ")", channel,
                audit.disclosureBy(recipient, purpose));
        return render(doc);
    }

    private static List<Language> languagesOf(SupervisedEntity entity) {
        Set<Language> set = DocumentLanguages.forAddressee(entity.languageStatus(), true);
        Language primary = DocumentLanguages.primaryFor(entity.languageStatus());
        List<Language> list = new ArrayList<>();
        list.add(primary);
        set.stream().filter(l -> l != primary).forEach(list::add);
        return list;
    }

    /**
     * The document text of the measure in {@code lang} (HL 44 §): letterhead, parties, facts, hearing,
     * legal basis, reasoning, the decision, how to seek redress, service, the contact person, the
     * signature block, distribution and attachments; an appealable decision carries the appeal
     * instructions as an attachment (HL 47 §). {@code names} gives a user's display name.
     */
    static DecisionDocument compose(Measure m, Language lang, AgencySettings agency, DecisionSettings settings,
                                    UnaryOperator<String> names) {
        ResourceBundle t = ResourceBundle.getBundle(TEMPLATES, Locale.forLanguageTag(lang.code()),
                DecisionDocuments.class.getClassLoader(), ResourceBundle.Control.getNoFallbackControl(
                        ResourceBundle.Control.FORMAT_PROPERTIES));
        MeasureCase c = m.measureCase();
        SupervisedEntity entity = c.entity();
        AppealKind appeal = m.appealKind();
        List<DecisionDocument.Section> s = new ArrayList<>();
        String typeName = t.getString("type." + m.type());
        s.add(section(t, "subject", typeName + ": " + c.subject()));
        String party = entity.nameIn(lang);
        if (m.addressee() == MeasureAddressee.OFFICIAL && m.officialName() != null) {
            party = party + "; " + format(t, "party.official", m.officialName());
        }
        s.add(section(t, "party", party));
        s.add(section(t, "origin", t.getString("origin." + c.origin())
                + c.originReference().map(r -> " " + r).orElse("")));
        s.add(section(t, "facts", text(m.facts())));
        m.hearing().ifPresent(h -> s.add(section(t, "hearing", hearingText(t, h))));
        s.add(section(t, "legalBasis", text(m.legalBasis()) + "\n"
                + format(t, "legalBasis.regime", t.getString("statute." + entity.regime().name()))));
        s.add(section(t, "reasoning", text(m.reasoning())));
        s.add(section(t, "decision", decisionText(m, t, lang)));
        if (m.notwithstandingAppeal()) {
            s.add(section(t, "enforcement", format(t, "enforcement.text", m.notwithstandingAppealReason())));
        }
        m.corrects().ifPresent(id -> s.add(section(t, "corrects", format(t, "corrects.text", id))));
        if (m.dissent() != null) {
            s.add(section(t, "dissent", m.dissent()));
        }
        // the court of an area follows its members on the day of the decision (the case's opening day for a draft)
        AdministrativeCourt court = appeal.allowsAppeal() ? AdministrativeCourts.competentFor(entity,
                m.decidedOn() != null ? m.decidedOn() : c.openedOn()) : null;
        if (appeal.allowsAppeal()) {
            s.add(section(t, "appeal", format(t, "appeal.court", court.nameIn(lang), appeal.appealPeriodDays())));
        } else {
            s.add(section(t, "appeal.heading.none", t.getString("appeal.none") + "\n(" + t.getString("appeal.basis.none") + ")"));
        }
        if (m.servedOn() != null) {
            String served = format(t, "service.text", t.getString("service." + m.serviceMethod()), DATE.format(m.servedOn()));
            if (m.receiptShownOn() != null) {
                served += "\n" + format(t, "service.rebutted", DATE.format(m.receiptShownOn()));
            }
            if (m.appealPeriodEnds() != null) {
                served += "\n" + format(t, "appeal.ends", DATE.format(m.servedOn()), DATE.format(m.appealPeriodEnds()));
            }
            s.add(section(t, "service", served));
        }
        // HL 44 § 1 mom 5 kohta: the one who gives further information, with contact details
        DecisionSettings.Letterhead lh = settings.letterhead();
        s.add(section(t, "contact", format(t, "contact.text", names.apply(m.presenter()),
                settings.presenterTitleIn(lang), lh.phone(), lh.email())));
        // HL 44 § 1 mom 6 kohta: the names of the decider and the presenter; laki 13/2003 16 §: signed electronically
        StringBuilder officials = new StringBuilder();
        officials.append(t.getString("decider")).append(": ").append(names.apply(m.decider()))
                .append(", ").append(settings.deciderTitleIn(lang));
        officials.append("\n").append(t.getString("presenter")).append(": ").append(names.apply(m.presenter()))
                .append(", ").append(settings.presenterTitleIn(lang));
        if (m.decidedAt() != null) {
            // HL 27-28 §: deciding refuses a disqualified presenter or decider, so the decision records neither was
            officials.append("\n").append(t.getString("officials.notDisqualified"));
            officials.append("\n").append(t.getString("signature.electronic"));
        }
        s.add(section(t, "officials", officials.toString()));
        String distribution = entity.nameIn(lang);
        if (m.addressee() == MeasureAddressee.OFFICIAL && m.officialName() != null) {
            distribution = m.officialName() + "\n" + entity.nameIn(lang);
        }
        s.add(section(t, "distribution", distribution));
        s.add(section(t, "attachments", appeal.allowsAppeal() ? "1. " + t.getString("appealInstructions.title")
                : t.getString("attachments.none")));

        List<DecisionDocument.Attachment> attachments = appeal.allowsAppeal()
                ? List.of(appealInstructions(m, t, lang, court, settings)) : List.of();
        String title = typeName.toUpperCase(Locale.forLanguageTag(lang.code())) + " – " + t.getString("title");
        if (!m.state().isDecided()) {
            title = t.getString("draft") + ": " + title;
        }
        String date = m.decidedOn() == null ? "–" : DATE.format(m.decidedOn());
        List<String> letterhead = List.of(lh.addressIn(lang),
                format(t, "letterhead.contact", lh.phone(), lh.email(), lh.web()));
        DecisionDocument.Signature signature = m.decidedAt() == null ? null
                : new DecisionDocument.Signature(names.apply(m.decider()), settings.deciderTitleIn(lang), m.decidedAt());
        return new DecisionDocument(lang, agency.nameIn(lang), letterhead, title, c.caseNumber(),
                t.getString("date") + " " + date, s, attachments, signature);
    }

    private static String decisionText(Measure m, ResourceBundle t, Language lang) {
        StringBuilder decision = new StringBuilder(text(m.decision()));
        if (m.deadline() != null) {
            decision.append("\n").append(format(t, "decision.deadline", DATE.format(m.lastDayToComply().orElseThrow())));
        }
        if (m.conditionalFine() != null) {
            String amount = money(m.conditionalFine(), lang);
            if (m.type() == MeasureType.CONDITIONAL_FINE) {
                decision.append("\n").append(format(t, "decision.conditionalFineImposed", amount));
            } else if (m.fineKind() == ConditionalFineKind.RUNNING) {
                decision.append("\n").append(format(t, "decision.conditionalFineRunning", amount,
                        money(m.fineInstalment(), lang), t.getString("finePeriod." + m.finePeriod())));
            } else {
                decision.append("\n").append(format(t, "decision.conditionalFineSet", amount));
            }
        }
        if (m.suspensionScope() != null) {
            decision.append("\n").append(t.getString("decision.suspension." + m.suspensionScope()));
        }
        if (m.guidanceKind() != null) {
            decision.append("\n").append(t.getString("decision.guidance." + m.guidanceKind()));
        }
        return decision.toString();
    }

    /**
     * The appeal instructions (valitusosoitus / besvärsanvisning, HL 47 §, 808/2019 13 §): the competent court by
     * name with its contact details, the period and how the day of service is determined (the service date is
     * not known when the decision is signed), the content and attachments of the appeal, where to lodge it and
     * the court fee.
     */
    private static DecisionDocument.Attachment appealInstructions(Measure m, ResourceBundle t, Language lang,
                                                                  AdministrativeCourt court, DecisionSettings settings) {
        DecisionSettings.CourtContact contact = settings.contactOf(court);
        List<DecisionDocument.Section> a = new ArrayList<>();
        a.add(section(t, "ai.authority", format(t, "ai.authority.text", court.nameIn(lang), contact.addressIn(lang),
                contact.email(), contact.phone())));
        String period = format(t, "ai.period.text", m.appealKind().appealPeriodDays());
        if (m.servedOn() != null && m.appealPeriodEnds() != null) {
            period += "\n" + format(t, "appeal.ends", DATE.format(m.servedOn()), DATE.format(m.appealPeriodEnds()));
        }
        a.add(section(t, "ai.period", period));
        a.add(section(t, "ai.service", t.getString("ai.service.text")));
        a.add(section(t, "ai.content", t.getString("ai.content.text")));
        a.add(section(t, "ai.enclosures", t.getString("ai.enclosures.text")));
        a.add(section(t, "ai.lodging", format(t, "ai.lodging.text", court.nameIn(lang))));
        a.add(section(t, "ai.fee", format(t, "ai.fee.text", money(settings.courtFee(), lang))));
        a.add(section(t, "ai.basis", t.getString("appeal.basis.court")));
        return new DecisionDocument.Attachment(t.getString("appealInstructions.title").toUpperCase(
                Locale.forLanguageTag(lang.code())), a);
    }

    /** The PDF: letterhead on every page, page numbers "1 (3)", each attachment from a new page, signature metadata. */
    static byte[] render(DecisionDocument doc) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document pdf = new Document(PageSize.A4, 60, 50, 70, 50);
        try {
            PdfWriter writer = PdfWriter.getInstance(pdf, out);
            writer.setPageEvent(new PageNumbers(doc.agency(), doc.caseNumber()));
            pdf.addTitle(doc.title());
            pdf.addCreator(doc.agency());
            if (doc.signature() != null) {
                // laki 13/2003 16 §: the electronic signature as the document's metadata
                pdf.addAuthor(doc.signature().signer());
                pdf.addHeader("SignedBy", doc.signature().signer() + ", " + doc.signature().title());
                pdf.addHeader("SignedAt", doc.signature().signedAt().toString());
            }
            pdf.open();
            Font small = new Font(Font.HELVETICA, 9);
            Font heading = new Font(Font.HELVETICA, 11, Font.BOLD);
            Font body = new Font(Font.HELVETICA, 11);
            pdf.add(new Paragraph(doc.agency(), new Font(Font.HELVETICA, 12, Font.BOLD)));
            doc.letterhead().forEach(line -> pdf.add(new Paragraph(line, small)));
            Paragraph meta = new Paragraph(doc.caseNumber() + "    " + doc.date(), small);
            meta.setAlignment(Element.ALIGN_RIGHT);
            pdf.add(meta);
            Paragraph title = new Paragraph(doc.title(), new Font(Font.HELVETICA, 15, Font.BOLD));
            title.setSpacingBefore(18);
            title.setSpacingAfter(12);
            pdf.add(title);
            addSections(pdf, doc.sections(), heading, body);
            for (DecisionDocument.Attachment attachment : doc.attachments()) {
                pdf.newPage();
                Paragraph at = new Paragraph(attachment.title(), new Font(Font.HELVETICA, 14, Font.BOLD));
                at.setSpacingAfter(10);
                pdf.add(at);
                addSections(pdf, attachment.sections(), heading, body);
            }
            pdf.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("could not render the decision document", e);
        }
        return out.toByteArray();
    }

    private static void addSections(Document pdf, List<DecisionDocument.Section> sections, Font heading, Font body) {
        for (DecisionDocument.Section section : sections) {
            Paragraph h = new Paragraph(section.heading(), heading);
            h.setSpacingBefore(10);
            pdf.add(h);
            pdf.add(new Paragraph(section.body(), body));
        }
    }

    /** The Finnish convention of page numbering, "page (pages)", at the top right of every page. */
    private static final class PageNumbers extends PdfPageEventHelper {

        private final String agency;
        private final String caseNumber;
        private PdfTemplate total;
        private final BaseFont font;

        PageNumbers(String agency, String caseNumber) {
            this.agency = agency;
            this.caseNumber = caseNumber;
            try {
                this.font = BaseFont.createFont(BaseFont.HELVETICA, BaseFont.CP1252, BaseFont.NOT_EMBEDDED);
            } catch (DocumentException | java.io.IOException e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public void onOpenDocument(PdfWriter writer, Document document) {
            total = writer.getDirectContent().createTemplate(30, 12);
        }

        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            PdfContentByte cb = writer.getDirectContent();
            String page = writer.getPageNumber() + " (";
            float y = document.getPageSize().getHeight() - 36;
            float x = document.getPageSize().getWidth() - document.rightMargin() - 40;
            cb.beginText();
            cb.setFontAndSize(font, 9);
            cb.setTextMatrix(document.leftMargin(), y);
            cb.showText(agency + "   " + caseNumber);
            cb.setTextMatrix(x, y);
            cb.showText(page);
            cb.endText();
            cb.addTemplate(total, x + font.getWidthPoint(page, 9), y);
        }

        @Override
        public void onCloseDocument(PdfWriter writer, Document document) {
            total.beginText();
            total.setFontAndSize(font, 9);
            total.setTextMatrix(0, 0);
            // closing the document has already moved to the page after the last one
            total.showText((writer.getPageNumber() - 1) + ")");
            total.endText();
        }
    }

    private static String hearingText(ResourceBundle t, Hearing h) {
        String text = format(t, "hearing.requested", DATE.format(h.requestedOn()), DATE.format(h.lastDayToRespond()));
        return text + "\n" + h.response().map(d -> format(t, "hearing.responded", DATE.format(d)))
                .orElse(t.getString("hearing.noResponse"));
    }

    private static DecisionDocument.Section section(ResourceBundle t, String key, String body) {
        return new DecisionDocument.Section(t.getString(key), body);
    }

    private static String format(ResourceBundle t, String key, Object... args) {
        return new MessageFormat(t.getString(key), t.getLocale()).format(args);
    }

    private static String money(BigDecimal amount, Language lang) {
        NumberFormat f = NumberFormat.getNumberInstance(Locale.forLanguageTag(lang.code() + "-FI"));
        f.setMinimumFractionDigits(2);
        f.setMaximumFractionDigits(2);
        // the locale's no-break (narrow) space as a plain space: the PDF's standard font lacks U+202F
        return f.format(amount).replace('\u202f', ' ').replace('\u00a0', ' ') + " €";
    }

    private static String text(String s) {
        return s == null ? "–" : s;
    }

    private String name(String username) {
        return username == null ? "–" : users.displayNameOf(username).orElse(username);
    }

    private Measure measure(long id) {
        return Optional.ofNullable(em.find(Measure.class, id))
                .orElseThrow(() -> new fi.valvonta.model.platform.NotFoundException("measure", id));
    }

}
