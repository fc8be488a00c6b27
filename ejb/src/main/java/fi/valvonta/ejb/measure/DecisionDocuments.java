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
import com.lowagie.text.pdf.PdfWriter;
import fi.valvonta.ejb.audit.AuditTrail;
import fi.valvonta.ejb.security.UserDirectory;
import fi.valvonta.model.platform.AgencySettings;
import fi.valvonta.model.measure.AppealKind;
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
        return compose(m, lang, agency, this::name);
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

    /** The document text of the measure in {@code lang}; {@code names} gives a user's display name. */
    static DecisionDocument compose(Measure m, Language lang, AgencySettings agency, UnaryOperator<String> names) {
        ResourceBundle t = ResourceBundle.getBundle(TEMPLATES, Locale.forLanguageTag(lang.code()),
                DecisionDocuments.class.getClassLoader(), ResourceBundle.Control.getNoFallbackControl(
                        ResourceBundle.Control.FORMAT_PROPERTIES));
        MeasureCase c = m.measureCase();
        SupervisedEntity entity = c.entity();
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
                + format(t, "legalBasis.regime", entity.regime().statute())));
        s.add(section(t, "reasoning", text(m.reasoning())));
        StringBuilder decision = new StringBuilder(text(m.decision()));
        if (m.deadline() != null) {
            decision.append("\n").append(format(t, "decision.deadline", DATE.format(m.lastDayToComply().orElseThrow())));
        }
        if (m.conditionalFine() != null) {
            String amount = money(m.conditionalFine(), lang);
            decision.append("\n").append(format(t, m.type() == MeasureType.ORDER
                    ? "decision.conditionalFineSet" : "decision.conditionalFineImposed", amount));
        }
        if (m.suspensionScope() != null) {
            decision.append("\n").append(t.getString("decision.suspension." + m.suspensionScope()));
        }
        if (m.guidanceKind() != null) {
            decision.append("\n").append(t.getString("decision.guidance." + m.guidanceKind()));
        }
        s.add(section(t, "decision", decision.toString()));
        m.corrects().ifPresent(id -> s.add(section(t, "corrects", format(t, "corrects.text", id))));
        StringBuilder officials = new StringBuilder();
        officials.append(t.getString("presenter")).append(": ").append(names.apply(m.presenter()));
        officials.append("\n").append(t.getString("decider")).append(": ").append(names.apply(m.decider()));
        s.add(new DecisionDocument.Section(t.getString("officials"), officials.toString()));
        if (m.dissent() != null) {
            s.add(section(t, "dissent", m.dissent()));
        }
        AppealKind appeal = m.appealKind();
        String appealText = appeal.allowsAppeal() ? format(t, "appeal.court", appeal.appealPeriodDays())
                : t.getString("appeal.none");
        if (appeal.allowsAppeal() && m.appealPeriodEnds() != null) {
            appealText += "\n" + format(t, "appeal.ends", DATE.format(m.servedOn()), DATE.format(m.appealPeriodEnds()));
        }
        s.add(new DecisionDocument.Section(t.getString(appeal.allowsAppeal() ? "appeal" : "appeal.heading.none"),
                appealText + "\n(" + appeal.legalBasis() + ")"));
        if (m.servedOn() != null) {
            s.add(section(t, "service", format(t, "service.text", t.getString("service." + m.serviceMethod()),
                    DATE.format(m.servedOn()))));
        }
        String title = typeName.toUpperCase(Locale.forLanguageTag(lang.code())) + " – " + t.getString("title");
        if (!m.state().isDecided()) {
            title = t.getString("draft") + ": " + title;
        }
        String date = m.decidedOn() == null ? "–" : DATE.format(m.decidedOn());
        return new DecisionDocument(lang, agency.nameIn(lang), title, c.caseNumber(), t.getString("date") + " " + date,
                List.copyOf(s));
    }

    static byte[] render(DecisionDocument doc) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document pdf = new Document(PageSize.A4, 60, 50, 50, 50);
        try {
            PdfWriter.getInstance(pdf, out);
            pdf.addTitle(doc.title());
            pdf.addCreator(doc.agency());
            pdf.open();
            Font small = new Font(Font.HELVETICA, 10);
            Font heading = new Font(Font.HELVETICA, 11, Font.BOLD);
            Font body = new Font(Font.HELVETICA, 11);
            Paragraph head = new Paragraph(doc.agency(), new Font(Font.HELVETICA, 12, Font.BOLD));
            pdf.add(head);
            Paragraph meta = new Paragraph(doc.caseNumber() + "    " + doc.date(), small);
            meta.setAlignment(Element.ALIGN_RIGHT);
            pdf.add(meta);
            Paragraph title = new Paragraph(doc.title(), new Font(Font.HELVETICA, 15, Font.BOLD));
            title.setSpacingBefore(18);
            title.setSpacingAfter(12);
            pdf.add(title);
            for (DecisionDocument.Section section : doc.sections()) {
                Paragraph h = new Paragraph(section.heading(), heading);
                h.setSpacingBefore(10);
                pdf.add(h);
                pdf.add(new Paragraph(section.body(), body));
            }
            pdf.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("could not render the decision document", e);
        }
        return out.toByteArray();
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
