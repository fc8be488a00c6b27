package fi.valvonta.ejb.measure;

import fi.valvonta.ejb.audit.AuditTrail;
import fi.valvonta.ejb.platform.DemoMode;
import fi.valvonta.model.measure.FollowUp;
import fi.valvonta.model.measure.GuidanceKind;
import fi.valvonta.model.measure.Measure;
import fi.valvonta.model.measure.MeasureCase;
import fi.valvonta.model.measure.MeasureContent;
import fi.valvonta.model.measure.MeasureLadder;
import fi.valvonta.model.measure.MeasureOrigin;
import fi.valvonta.model.measure.MeasureType;
import fi.valvonta.model.measure.ServiceMethod;
import fi.valvonta.model.registry.Municipality;
import fi.valvonta.model.platform.Dimension;
import fi.valvonta.model.security.Role;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;

/**
 * Demo measures, only in demo mode and only when none exist: a pilot municipality's order that went
 * unheeded (so the ladder proposes suspension) and a guidance draft, all labelled DEMO.
 */
@Singleton
@Startup
@DependsOn("DemoData")
public class DemoMeasures {

    @Inject
    private DemoMode demoMode;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    @PersistenceContext(unitName = "valvonta")
    private EntityManager em;

    @Inject
    private DecisionSettings settings;

    @PostConstruct
    void load() {
        if (!demoMode.isEnabled()
                || em.createQuery("SELECT COUNT(c) FROM MeasureCase c WHERE c.subject LIKE 'DEMO%'", Long.class)
                .getSingleResult() > 0) {
            return;
        }
        List<Municipality> found = em.createQuery("SELECT m FROM Municipality m WHERE m.nameFi = 'Lahti'", Municipality.class)
                .getResultList();
        if (found.isEmpty()) {
            return;
        }
        Municipality lahti = found.get(0);
        MeasureCase c = new MeasureCase("LSSAVI/9001/2024", lahti, "DEMO Palvelutarpeen arvioinnin viiveet",
                MeasureOrigin.COMPLAINT, null, null, "DEMO LSSAVI/812/2024", Dimension.EQUAL_TREATMENT, "tarkastaja",
                LocalDate.of(2024, 8, 20), clock.instant());
        em.persist(c);
        LocalDate today = LocalDate.now(clock);
        Measure order = c.draft(MeasureType.ORDER, new MeasureContent(
                "DEMO: Palvelutarpeen arvioinnit ovat viivästyneet yli kaksi kuukautta.",
                "Laki 1269/2020; hallintolaki 23 §",
                "Viiveet vaarantavat työnhakijoiden oikeuden palveluihin.",
                "Kunnan on saatettava palvelutarpeen arvioinnit ajan tasalle.",
                LocalDate.of(2024, 11, 15), null, null, null, null, null), null, "tarkastaja", today, clock.instant());
        order.requestHearing(LocalDate.of(2024, 9, 2), LocalDate.of(2024, 9, 16), today);
        order.recordHearingResponse(LocalDate.of(2024, 9, 10), today);
        order.propose("tarkastaja", today, clock.instant());
        order.decide("ratkaisija", EnumSet.of(Role.DECISION_MAKER), LocalDate.of(2024, 10, 1), today, clock.instant(),
                null, null);
        order.serve(ServiceMethod.VERIFIED_ELECTRONIC, LocalDate.of(2024, 10, 4), today, settings.minWorkingDaysToComply());
        em.persist(order);
        FollowUp task = FollowUp.forServedOrder(order, clock.instant());
        em.persist(task);
        task.becomeDue(MeasureLadder.proposeNextStep(lahti.regime(), c.history(), today), clock.instant());

        Measure guidance = c.draft(MeasureType.GUIDANCE, new MeasureContent(
                "DEMO: Asiakkaille ei ole kerrottu käsittelyajoista.", "Hallintolaki 53 c §",
                "Hyvän hallinnon vaatimukset.", "Valvontaviranomainen kiinnittää kunnan huomiota neuvontaan.",
                null, GuidanceKind.DRAWING_ATTENTION, null, null, null, null), null, "tarkastaja", today, clock.instant());
        em.persist(guidance);
        em.flush();
        audit.recordChange(c, "DEMO", null);
    }
}
