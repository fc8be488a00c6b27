package fi.valvonta.model.risk;

import fi.valvonta.model.inspection.DeficiencySeverity;

import fi.valvonta.model.risk.ComplaintSignal.Substantiation;
import fi.valvonta.model.registry.LanguageStatus;
import fi.valvonta.model.platform.Dimension;
import fi.valvonta.model.platform.Language;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

/** Test builder of {@link EntityRiskInput}: a plain unilingual Finnish entity unless told otherwise. */
public final class Inputs {

    public static final LocalDate AS_OF = LocalDate.of(2026, 1, 1);

    public static final LanguageStatus UNILINGUAL = LanguageStatus.unilingualFinnish();
    public static final LanguageStatus BILINGUAL_FI = new LanguageStatus(EnumSet.of(Language.FI, Language.SV), Language.FI, false);
    public static final LanguageStatus BILINGUAL_SV = new LanguageStatus(EnumSet.of(Language.FI, Language.SV), Language.SV, false);
    public static final LanguageStatus SAMI = new LanguageStatus(EnumSet.of(Language.FI), Language.FI, true);

    private long id = 1;
    private String name = "Kunta";
    private LanguageStatus status = UNILINGUAL;
    private int clients = 5000;
    private double foreign = 0.1;
    private double under30 = 0.2;
    private LocalDate lastInspection = AS_OF.minusYears(2);
    private final List<ComplaintSignal> complaints = new ArrayList<>();
    private final List<FindingSignal> findings = new ArrayList<>();
    private final List<OrderSignal> orders = new ArrayList<>();

    public static Inputs entity(long id) {
        Inputs b = new Inputs();
        b.id = id;
        b.name = "Entity " + id;
        return b;
    }

    public Inputs status(LanguageStatus s) { status = s; return this; }
    Inputs clients(int n) { clients = n; return this; }
    Inputs shares(double foreignShare, double under30Share) { foreign = foreignShare; under30 = under30Share; return this; }
    Inputs lastInspection(LocalDate d) { lastInspection = d; return this; }

    public Inputs complaints(Dimension d, Substantiation s, int count, LocalDate date) {
        for (int i = 0; i < count; i++) {
            complaints.add(new ComplaintSignal(d, date, s));
        }
        return this;
    }

    public Inputs complaints(Dimension d, Substantiation s, int count) {
        return complaints(d, s, count, AS_OF.minusMonths(1));
    }

    Inputs finding(Dimension d, DeficiencySeverity s, LocalDate date) { findings.add(new FindingSignal(d, date, s)); return this; }
    Inputs order(Dimension d, boolean overdue) { orders.add(new OrderSignal(d, overdue)); return this; }

    public EntityRiskInput build() {
        return new EntityRiskInput(id, name, status, clients, foreign, under30, lastInspection, complaints, findings, orders);
    }
}
