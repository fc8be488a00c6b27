package fi.valvonta.ejb.planning;

import fi.valvonta.ejb.risk.RiskParametersDto;

import fi.valvonta.ejb.audit.AuditTrail;
import fi.valvonta.model.audit.AuditedType;
import fi.valvonta.ejb.platform.DemoMode;
import fi.valvonta.model.inspection.DeficiencySeverity;
import fi.valvonta.model.risk.ComplaintSignal.Substantiation;
import fi.valvonta.model.risk.EntityIndicator;
import fi.valvonta.model.inspection.FindingOutcome;
import fi.valvonta.model.risk.FindingSignal;
import fi.valvonta.model.inspection.Inspection;
import fi.valvonta.model.inspection.InspectionType;
import fi.valvonta.model.planning.InspectionPlan;
import fi.valvonta.model.planning.PlanCapacity;
import fi.valvonta.model.risk.RiskModel;
import fi.valvonta.model.risk.RiskParameters;
import fi.valvonta.model.risk.RiskSignal;
import fi.valvonta.model.registry.Municipality;
import fi.valvonta.model.platform.Dimension;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.logging.Logger;

/**
 * Demo mode only, and only where missing: synthetic indicators for the pilot municipalities (source
 * "DEMO"), synthetic complaint and order signals (source "DEMO"), a DEMO risk model version and a draft
 * plan for 2024, the pilots' last full year. None of the figures are real statistics.
 */
@Singleton
@Startup
@DependsOn("DemoData")
public class PlanningDemoData {

    public static final String SOURCE = "DEMO";
    public static final String MODEL_VERSION = "DEMO-1";
    public static final int PLAN_YEAR = 2024;
    private static final Logger LOG = Logger.getLogger(PlanningDemoData.class.getName());
    private static final LocalDate VALID_ON = LocalDate.of(2024, 1, 1);

    /** Rough client counts of the largest pilot municipalities, so the demo ranks plausibly. */
    private static final Map<String, Integer> LARGE = Map.ofEntries(
            Map.entry("Helsinki", 38_000), Map.entry("Espoo", 14_000), Map.entry("Vantaa", 15_000),
            Map.entry("Tampere", 16_000), Map.entry("Turku", 12_000), Map.entry("Oulu", 11_000),
            Map.entry("Jyväskylä", 8_000), Map.entry("Kuopio", 6_500), Map.entry("Lahti", 8_500),
            Map.entry("Pori", 5_500), Map.entry("Joensuu", 4_500), Map.entry("Kerava", 2_400),
            Map.entry("Seinäjoki", 3_000), Map.entry("Rovaniemi", 3_200), Map.entry("Porvoo", 2_100));
    private static final Map<String, Double> FOREIGN = Map.of(
            "Helsinki", 0.27, "Espoo", 0.30, "Vantaa", 0.33, "Turku", 0.20, "Tampere", 0.15, "Kerava", 0.18);

    @Inject
    private DemoMode demoMode;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    @PersistenceContext(unitName = "valvonta")
    private EntityManager em;

    @PostConstruct
    void load() {
        if (!demoMode.isEnabled()) {
            return;
        }
        Instant now = clock.instant();
        LocalDate today = LocalDate.now(clock);
        List<Municipality> municipalities = em.createQuery(
                        "SELECT m FROM Municipality m WHERE m.pilotArea IS NOT NULL ORDER BY m.id", Municipality.class)
                .getResultList();
        long existing = em.createQuery("SELECT COUNT(i) FROM EntityIndicator i WHERE i.source = :s", Long.class)
                .setParameter("s", SOURCE).getSingleResult();
        if (existing == 0) {
            for (Municipality m : municipalities) {
                Random rnd = new Random(m.id());
                int clients = LARGE.getOrDefault(m.nameFi(), (int) Math.round(150 * Math.exp(rnd.nextDouble() * 2.8)));
                double foreign = FOREIGN.getOrDefault(m.nameFi(), round(0.02 + rnd.nextDouble() * 0.10));
                double under30 = round(0.15 + rnd.nextDouble() * 0.15);
                em.persist(new EntityIndicator(m.id(), VALID_ON, clients, foreign, under30, SOURCE, now, "system"));
                addSignals(m, clients, rnd, today, now);
            }
            em.flush();
            audit.recordChange(AuditedType.ENTITY_INDICATOR, 0, "DEMO_LOADED", null,
                    "DEMO indicators and signals for " + municipalities.size() + " municipalities");
        }
        RiskModel model = em.createQuery("SELECT m FROM RiskModel m WHERE m.label = :l", RiskModel.class)
                .setParameter("l", MODEL_VERSION).getResultStream().findFirst().orElse(null);
        if (model == null) {
            RiskParameters p = RiskParameters.defaults().toBuilder().version(MODEL_VERSION).build();
            model = new RiskModel(p, PlanningJson.write(RiskParametersDto.of(p)), now, "system");
            em.persist(model);
            em.flush();
            audit.recordChange(AuditedType.RISK_MODEL, model.id(), "CREATED", null, "DEMO " + model.auditSummary());
        }
        long plans = em.createQuery("SELECT COUNT(p) FROM InspectionPlan p WHERE p.year = :y", Long.class)
                .setParameter("y", PLAN_YEAR).getSingleResult();
        if (plans == 0) {
            InspectionPlan plan = new InspectionPlan(PLAN_YEAR, 1, model, new PlanCapacity(300, 0.2, 5, 1.5), null, now, "system");
            em.persist(plan);
            em.flush();
            audit.recordChange(AuditedType.INSPECTION_PLAN, plan.id(), "CREATED", null, "DEMO " + plan.auditSummary());
        }
        long inspections = em.createQuery("SELECT COUNT(i) FROM Inspection i", Long.class).getSingleResult();
        if (inspections == 0) {
            addInspections(today, now);
        }
        LOG.warning("DEMO MODE: synthetic planning data (indicators and signals labelled DEMO) is present");
    }

    /** A few ad hoc DEMO inspections for the calendar (case numbers DEMO/n), one completed with findings. */
    private void addInspections(LocalDate today, Instant now) {
        List<String> who = List.of("tarkastaja", "tarkastaja2");
        List<Dimension> all = List.of(Dimension.values());
        String[][] planned = {{"Helsinki", "14"}, {"Raasepori", "21"}, {"Sodankylä", "35"}, {"Kokkola", "49"}};
        int n = 1;
        for (String[] p : planned) {
            Municipality m = byName(p[0]);
            if (m != null) {
                Inspection i = Inspection.adHoc(m.id(), "DEMO/" + n++ + "/" + today.getYear(),
                        n % 2 == 0 ? InspectionType.ON_SITE : InspectionType.DESK_REVIEW, today.plusDays(Integer.parseInt(p[1])),
                        who, all, m.languageStatus(), now, "system");
                em.persist(i);
            }
        }
        Municipality espoo = byName("Espoo");
        if (espoo != null) {
            LocalDate day = today.minusDays(40);
            Inspection done = Inspection.adHoc(espoo.id(), "DEMO/" + n + "/" + today.getYear(), InspectionType.ON_SITE, day,
                    who, all, espoo.languageStatus(), now, "system");
            done.recordFinding("DP_ACCESS_RIGHTS", FindingOutcome.DEFICIENCY, DeficiencySeverity.SIGNIFICANT,
                    "DEMO: shared user accounts at the service point", day, now, "system");
            done.recordFinding("LR_OWN_LANGUAGE", FindingOutcome.COMPLIANT, null, "DEMO: Swedish service available", day, now, "system");
            done.complete("DEMO report: one significant deficiency in access rights.", day.plusDays(1));
            em.persist(done);
        }
        em.flush();
        audit.recordChange(AuditedType.INSPECTION, 0, "DEMO_LOADED", null, "DEMO inspections");
    }

    private Municipality byName(String name) {
        return em.createQuery("SELECT m FROM Municipality m WHERE m.nameFi = :n", Municipality.class)
                .setParameter("n", name).getResultStream().findFirst().orElse(null);
    }

    /** Complaints roughly in proportion to clients over three years, and an open order here and there. */
    private void addSignals(Municipality m, int clients, Random rnd, LocalDate today, Instant now) {
        Dimension[] dims = Dimension.values();
        Substantiation[] subs = Substantiation.values();
        int complaints = (int) Math.round(clients / 800.0 * (0.3 + rnd.nextDouble() * 1.4));
        for (int i = 0; i < complaints; i++) {
            Dimension d = m.languageStatus().isBilingual() && rnd.nextInt(3) == 0 ? Dimension.LANGUAGE_RIGHTS : dims[rnd.nextInt(dims.length)];
            em.persist(RiskSignal.complaint(m.id(), d, today.minusDays(rnd.nextInt(3 * 365)), subs[rnd.nextInt(subs.length)],
                    SOURCE, now));
        }
        if (rnd.nextInt(10) == 0) {
            LocalDate issued = today.minusDays(60 + rnd.nextInt(300));
            em.persist(RiskSignal.order(m.id(), dims[rnd.nextInt(dims.length)], issued, issued.plusDays(90), null, SOURCE, now));
        }
    }

    private static double round(double share) {
        return Math.round(share * 10_000) / 10_000.0;
    }
}
