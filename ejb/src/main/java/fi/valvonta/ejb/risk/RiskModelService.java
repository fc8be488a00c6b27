package fi.valvonta.ejb.risk;

import fi.valvonta.ejb.planning.PlanningJson;

import fi.valvonta.ejb.audit.AuditTrail;
import fi.valvonta.ejb.platform.DataVersion;
import fi.valvonta.ejb.platform.DerivedCache;
import fi.valvonta.model.risk.RiskModel;
import fi.valvonta.model.risk.RiskParameters;
import fi.valvonta.model.platform.NotFoundException;
import fi.valvonta.model.platform.RuleViolationException;
import fi.valvonta.model.security.Role;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

/** Versions of the risk model: listed by every role, created and revised by inspectors and decision-makers. */
@Stateless
@RolesAllowed({Role.REGISTRAR_NAME, Role.INSPECTOR_NAME, Role.DECISION_MAKER_NAME, Role.ADMIN_NAME, Role.AUDITOR_NAME})
public class RiskModelService {

    @PersistenceContext(unitName = "valvonta")
    private EntityManager em;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    @Resource
    private SessionContext ctx;

    @Inject
    private DerivedCache cache;

    @Inject
    private DataVersion dataVersion;

    /**
     * The versions, newest first: read and their parameters parsed once per change of the data (a version's creation,
     * revision and locking by an adopted plan are audited changes), not for every plan page — each view kept its own
     * parsed copies.
     */
    public List<RiskModelView> list() {
        return cache.get(dataVersion.current(), "risk models", () ->
                em.createQuery("SELECT m FROM RiskModel m ORDER BY m.id DESC", RiskModel.class).getResultList()
                        .stream().map(RiskModelView::of).toList());
    }

    public Optional<RiskModelView> find(long id) {
        return Optional.ofNullable(em.find(RiskModel.class, id)).map(RiskModelView::of);
    }

    public RiskModelView get(long id) {
        return find(id).orElseThrow(() -> new NotFoundException("risk model", id));
    }

    /** The parameters shipped with the application, as a new version of that name if not yet stored. */
    public RiskParametersDto defaults() {
        return RiskParametersDto.of(RiskParameters.defaults());
    }

    @RolesAllowed({Role.INSPECTOR_NAME, Role.DECISION_MAKER_NAME})
    public RiskModelView create(@NotNull @Valid RiskParametersDto dto) {
        RiskParameters p = dto.toParameters();
        if (byLabel(p.version()).isPresent()) {
            throw new RuleViolationException("risk-model.duplicate-version", "version",
                    "risk model version " + p.version() + " exists; a new version needs a new name");
        }
        RiskModel m = new RiskModel(p, PlanningJson.write(RiskParametersDto.of(p)), clock.instant(), caller());
        em.persist(m);
        em.flush();
        audit.recordChange(m, "CREATED", null);
        return RiskModelView.of(m);
    }

    /** Revises a version that no adopted plan uses (409 once locked). */
    @RolesAllowed({Role.INSPECTOR_NAME, Role.DECISION_MAKER_NAME})
    public RiskModelView revise(long id, @NotNull @Valid RiskParametersDto dto) {
        RiskModel m = entity(id);
        String before = m.auditSummary();
        RiskParameters p = dto.toParameters();
        m.revise(p, PlanningJson.write(RiskParametersDto.of(p)));
        em.flush();
        audit.recordChange(m, "REVISED", before);
        return RiskModelView.of(m);
    }

    RiskModel entity(long id) {
        return Optional.ofNullable(em.find(RiskModel.class, id)).orElseThrow(() -> new NotFoundException("risk model", id));
    }

    Optional<RiskModel> byLabel(String label) {
        return em.createQuery("SELECT m FROM RiskModel m WHERE m.label = :l", RiskModel.class)
                .setParameter("l", label).getResultStream().findFirst();
    }

    public static RiskParameters parametersOf(RiskModel m) {
        return PlanningJson.read(m.parametersJson(), RiskParametersDto.class).toParameters();
    }

    private String caller() {
        return ctx.getCallerPrincipal().getName();
    }
}
