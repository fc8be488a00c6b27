package fi.valvonta.ejb.complaint;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;
import fi.valvonta.ejb.audit.AuditTrail;
import fi.valvonta.ejb.security.UserDirectory;
import fi.valvonta.model.audit.AuditChannel;
import fi.valvonta.model.audit.AuditedType;
import fi.valvonta.model.complaint.Complaint;
import fi.valvonta.model.complaint.ComplaintState;
import fi.valvonta.model.platform.AgencySettings;
import fi.valvonta.model.platform.ConflictException;
import fi.valvonta.model.platform.Language;
import fi.valvonta.model.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.io.ByteArrayOutputStream;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.function.UnaryOperator;

/**
 * Letters to the complainant from the templates {@code notice_fi} / {@code notice_sv} (this package's
 * resource bundles), in the language of proceedings, which is the complainant's (kielilaki 10 §, 12 §),
 * rendered to PDF with OpenPDF as the decision documents are: HL 21 §, the complaint was transferred to
 * the competent authority; HL 53 b § 1 mom, the complaint is not investigated. Opening one is use-logged.
 */
@Stateless
@RolesAllowed({Role.REGISTRAR_NAME, Role.INSPECTOR_NAME, Role.DECISION_MAKER_NAME, Role.AUDITOR_NAME})
public class ComplaintNotices {

    private static final String TEMPLATES = "fi.valvonta.ejb.complaint.notice";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d.M.yyyy");

    @Inject
    ComplaintStore store;

    @Inject
    AgencySettings agency;

    @Inject
    UserDirectory users;

    @Inject
    AuditTrail audit;

    /** The letter the complaint's disposal calls for, if any. */
    public static Optional<NoticeKind> kindOf(Complaint c) {
        if (c.state() == ComplaintState.TRANSFERRED) {
            return Optional.of(NoticeKind.TRANSFER);
        }
        if (c.state() == ComplaintState.NOT_INVESTIGATED) {
            return Optional.of(NoticeKind.NOT_INVESTIGATED);
        }
        return Optional.empty();
    }

    /** The letter's text; viewing it is logged. */
    public NoticeDocument compose(long complaintId, AuditChannel channel) {
        Complaint c = store.get(complaintId);
        NoticeDocument doc = compose(c, agency, this::name);
        audit.recordView(AuditedType.COMPLAINT, complaintId, channel);
        return doc;
    }

    /** The PDF of the letter; opening it is logged. */
    public byte[] pdf(long complaintId, AuditChannel channel) {
        return render(compose(complaintId, channel));
    }

    /** The letter of {@code c} in its language of proceedings; {@code names} gives a user's display name. */
    static NoticeDocument compose(Complaint c, AgencySettings agency, UnaryOperator<String> names) {
        NoticeKind kind = kindOf(c).orElseThrow(() -> new ConflictException("complaint.notice-not-available",
                "a letter to the complainant is written when the complaint is transferred or not investigated, not in state "
                        + c.state()));
        Language lang = c.proceedingsLanguage();
        ResourceBundle t = ResourceBundle.getBundle(TEMPLATES, Locale.forLanguageTag(lang.code()),
                ComplaintNotices.class.getClassLoader(), ResourceBundle.Control.getNoFallbackControl(
                        ResourceBundle.Control.FORMAT_PROPERTIES));
        List<NoticeDocument.Section> s = new ArrayList<>();
        String recipient = c.complainant().isAnonymous() ? t.getString("recipient.anonymous")
                : c.complainant().name() + (c.complainant().address() == null ? "" : "\n" + c.complainant().address());
        s.add(section(t, "recipient", recipient));
        s.add(section(t, "subject", format(t, "subject.text", c.entity().nameIn(lang), DATE.format(c.receivedDate()))));
        if (kind == NoticeKind.TRANSFER) {
            String body = format(t, "transfer.text", c.transferredTo().orElse("–"), agency.nameIn(lang));
            if (c.isTeOfficeMatter()) {
                body += "\n" + t.getString("transfer.teOffice");
            }
            s.add(section(t, "transfer", body));
        } else {
            s.add(section(t, "notInvestigated", t.getString("notInvestigated.text") + "\n"
                    + c.notInvestigatedReason().map(r -> t.getString("reason." + r)).orElse("")));
            c.decisionText().ifPresent(text -> s.add(section(t, "reasoning", text)));
            s.add(section(t, "officials", t.getString("presenter") + ": " + names.apply(c.presenter().orElse(null))
                    + "\n" + t.getString("decider") + ": " + names.apply(c.decidedBy().orElse(null))
                    + (c.impartialityConfirmed() ? "\n" + t.getString("impartiality") : "")));
            c.appealStatement().ifPresent(a -> s.add(section(t, "appeal", a)));
        }
        s.add(section(t, "contact", names.apply(c.decidedBy().or(c::assignee).orElse(c.registeredBy()))
                + "\n" + agency.nameIn(lang)));
        LocalDate date = c.resolvedOn().orElse(c.receivedDate());
        return new NoticeDocument(kind, lang, agency.nameIn(lang), t.getString("title." + kind), c.caseNumber().toString(),
                t.getString("date") + " " + DATE.format(date), List.copyOf(s));
    }

    static byte[] render(NoticeDocument doc) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document pdf = new Document(PageSize.A4, 60, 50, 50, 50);
        try {
            PdfWriter.getInstance(pdf, out);
            pdf.addTitle(doc.title());
            pdf.addCreator(doc.agency());
            pdf.open();
            pdf.add(new Paragraph(doc.agency(), new Font(Font.HELVETICA, 12, Font.BOLD)));
            Paragraph meta = new Paragraph(doc.caseNumber() + "    " + doc.date(), new Font(Font.HELVETICA, 10));
            meta.setAlignment(Element.ALIGN_RIGHT);
            pdf.add(meta);
            Paragraph title = new Paragraph(doc.title(), new Font(Font.HELVETICA, 14, Font.BOLD));
            title.setSpacingBefore(18);
            title.setSpacingAfter(12);
            pdf.add(title);
            Font heading = new Font(Font.HELVETICA, 11, Font.BOLD);
            Font body = new Font(Font.HELVETICA, 11);
            for (NoticeDocument.Section section : doc.sections()) {
                Paragraph h = new Paragraph(section.heading(), heading);
                h.setSpacingBefore(10);
                pdf.add(h);
                pdf.add(new Paragraph(section.body(), body));
            }
            pdf.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("could not render the letter to the complainant", e);
        }
        return out.toByteArray();
    }

    private static NoticeDocument.Section section(ResourceBundle t, String key, String body) {
        return new NoticeDocument.Section(t.getString(key), body);
    }

    private static String format(ResourceBundle t, String key, Object... args) {
        return new MessageFormat(t.getString(key), t.getLocale()).format(args);
    }

    private String name(String username) {
        return username == null ? "–" : users.displayNameOf(username).orElse(username);
    }
}
