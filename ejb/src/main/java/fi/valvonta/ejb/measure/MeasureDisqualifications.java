package fi.valvonta.ejb.measure;

import fi.valvonta.ejb.audit.AuditTrail;
import fi.valvonta.ejb.platform.DisqualificationRegister;
import fi.valvonta.model.audit.AuditedType;
import fi.valvonta.model.measure.Measure;
import fi.valvonta.model.measure.MeasureCase;
import fi.valvonta.model.platform.Disqualification;
import fi.valvonta.model.platform.DisqualificationGround;
import fi.valvonta.model.platform.NotFoundException;
import fi.valvonta.model.security.Role;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Disqualification (HL 27–30 §) in the case of a measure: the official declares it themselves
 * (HL 30 §); {@link MeasureService} then refuses them as presenter or decider.
 */
@Stateless
@RolesAllowed({Role.INSPECTOR_NAME, Role.DECISION_MAKER_NAME, Role.AUDITOR_NAME, Role.ADMIN_NAME})
public class MeasureDisqualifications {

    /** A declared disqualification as the API shows it. */
    public record View(String caseNumber, String username, DisqualificationGround ground, String legalBasis,
                       String explanation, Instant declaredAt) {
        static View of(Disqualification d) {
            return new View(d.caseNumber(), d.username(), d.ground(), d.ground().legalBasis(), d.explanation(),
                    d.declaredAt());
        }
    }

    @PersistenceContext(unitName = "valvonta")
    EntityManager em;

    @Inject
    DisqualificationRegister register;

    @Inject
    AuditTrail audit;

    @Resource
    SessionContext ctx;

    /** The caller declares themselves disqualified in the case of measure {@code measureId}. */
    @RolesAllowed({Role.INSPECTOR_NAME, Role.DECISION_MAKER_NAME})
    public View declare(long measureId, DisqualificationGround ground, String explanation) {
        MeasureCase c = measure(measureId).measureCase();
        String caller = ctx.getCallerPrincipal().getName();
        Disqualification d = register.declare(c.caseNumber(), caller, ground, explanation);
        audit.recordChange(AuditedType.MEASURE_CASE, c.id(), "DISQUALIFICATION_DECLARED", null,
                caller + " disqualified in " + c.caseNumber() + " (" + ground.legalBasis() + ")");
        return View.of(d);
    }

    public List<View> inCaseOf(long measureId) {
        return register.inCase(measure(measureId).measureCase().caseNumber()).declared().stream().map(View::of).toList();
    }

    private Measure measure(long id) {
        return Optional.ofNullable(em.find(Measure.class, id)).orElseThrow(() -> new NotFoundException("measure", id));
    }
}
