package fi.valvonta.ejb.planning;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import fi.valvonta.ejb.platform.CsvWriter;
import fi.valvonta.model.platform.AgencySettings;
import fi.valvonta.model.registry.SupervisedEntity;
import fi.valvonta.model.platform.Dimension;
import fi.valvonta.model.platform.Language;
import fi.valvonta.model.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

/** A plan as CSV (machine-readable, every entity with its dimension scores) and as a PDF in Finnish or Swedish. */
@Stateless
@RolesAllowed({Role.REGISTRAR_NAME, Role.INSPECTOR_NAME, Role.DECISION_MAKER_NAME, Role.ADMIN_NAME, Role.AUDITOR_NAME})
public class PlanExport {

    public static final String CSV_HEADER = "rank;entityId;name;band;totalRisk;DATA_PROTECTION;EQUAL_TREATMENT;"
            + "LANGUAGE_RIGHTS;inspectionType;reason;daysUsed;riskCovered";

    @Inject
    private PlanningService planning;

    @Inject
    private AgencySettings agency;

    @PersistenceContext(unitName = "valvonta")
    private EntityManager em;

    public String csv(long planId) {
        CsvWriter csv = CsvWriter.withHeader(CsvWriter.Dialect.SEMICOLON, CSV_HEADER);
        for (PlanEntryView e : planning.entries(planId)) {
            List<Object> row = new ArrayList<>(Arrays.asList(e.rank(), e.entityId(), e.name(), e.band(), num(e.totalRisk())));
            for (Dimension d : Dimension.values()) {
                row.add(num(e.score(d)));
            }
            row.addAll(Arrays.asList(e.inspectionType() == null ? "" : e.inspectionType().name(), e.reason(),
                    num(e.daysUsed()), num(e.riskCovered())));
            csv.row(row);
        }
        return csv.text();
    }

    /** The plan as a PDF document in Finnish, or in Swedish for {@link Language#SV}. */
    public byte[] pdf(long planId, Language language) {
        Language lang = language == Language.SV ? Language.SV : Language.FI;
        ResourceBundle t = ResourceBundle.getBundle("fi.valvonta.ejb.inspection.export", Locale.forLanguageTag(lang.code()),
                PlanExport.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        PlanView plan = planning.get(planId);
        List<PlanEntryView> entries = planning.entries(planId);
        Map<Long, String> names = names(lang);

        Font title = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 14);
        Font normal = FontFactory.getFont(FontFactory.HELVETICA, 9);
        Font small = FontFactory.getFont(FontFactory.HELVETICA, 7);
        Font head = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 7);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document doc = new Document(PageSize.A4.rotate(), 30, 30, 30, 30);
        try {
            PdfWriter.getInstance(doc, out);
            doc.open();
            doc.add(new Paragraph(agency.nameIn(lang), normal));
            doc.add(new Paragraph(t.getString("title") + " " + plan.year() + "/" + plan.planVersion() + " – "
                    + t.getString("state." + plan.state()), title));
            doc.add(new Paragraph(t.getString("riskModel") + ": " + plan.riskModelVersion()
                    + (plan.parametersFingerprint() == null ? "" : "   " + t.getString("fingerprint") + ": "
                    + plan.parametersFingerprint().substring(0, 16)), normal));
            doc.add(new Paragraph(t.getString("capacity") + ": " + num(plan.inspectorDays()) + ", "
                    + t.getString("available") + " " + num(plan.availableDays()) + ", " + t.getString("used") + " "
                    + num(plan.daysUsed()) + " (" + plan.onSiteCount() + " " + t.getString("onSite") + ", "
                    + plan.deskReviewCount() + " " + t.getString("desk") + ")", normal));
            if (plan.asOf() != null) {
                doc.add(new Paragraph(t.getString("asOf") + " " + plan.asOf() + "   " + t.getString("adopted") + ": "
                        + plan.adoptedBy(), normal));
            } else {
                doc.add(new Paragraph(t.getString("draftNote"), normal));
            }
            doc.add(new Paragraph(" ", small));

            PdfPTable table = new PdfPTable(new float[]{3, 14, 6, 5, 5, 5, 5, 7, 22});
            table.setWidthPercentage(100);
            table.setHeaderRows(1);
            for (String h : List.of(t.getString("rank"), t.getString("entity"), t.getString("band"), t.getString("risk"),
                    t.getString("dim.DATA_PROTECTION"), t.getString("dim.EQUAL_TREATMENT"), t.getString("dim.LANGUAGE_RIGHTS"),
                    t.getString("inspection"), t.getString("reason"))) {
                table.addCell(new PdfPCell(new Phrase(h, head)));
            }
            for (PlanEntryView e : entries) {
                table.addCell(cell(String.valueOf(e.rank()), small, true));
                table.addCell(cell(names.getOrDefault(e.entityId(), e.name()), small, false));
                table.addCell(cell(t.getString("band." + e.band()), small, false));
                table.addCell(cell(num(e.totalRisk()), small, true));
                for (Dimension d : Dimension.values()) {
                    table.addCell(cell(num(e.score(d)), small, true));
                }
                table.addCell(cell(t.getString(e.inspectionType() == null ? "type.none" : "type." + e.inspectionType()), small, false));
                table.addCell(cell(t.getString("reason." + e.reason()), small, false));
            }
            doc.add(table);
        } catch (DocumentException e) {
            throw new IllegalStateException("cannot write the plan PDF", e);
        } finally {
            doc.close();
        }
        return out.toByteArray();
    }

    private static PdfPCell cell(String text, Font font, boolean number) {
        PdfPCell c = new PdfPCell(new Phrase(text, font));
        if (number) {
            c.setHorizontalAlignment(Element.ALIGN_RIGHT);
        }
        return c;
    }

    private Map<Long, String> names(Language lang) {
        Map<Long, String> names = new HashMap<>();
        em.createQuery("SELECT e FROM SupervisedEntity e", SupervisedEntity.class).getResultList()
                .forEach(e -> names.put(e.id(), e.nameIn(lang)));
        return names;
    }

    private static String num(double v) {
        return String.format(Locale.ROOT, "%.2f", v);
    }
}
