package fi.valvonta.ejb.registry;

import fi.valvonta.model.audit.AuditedType;
import fi.valvonta.ejb.audit.AuditTrail;
import fi.valvonta.ejb.platform.Page;
import fi.valvonta.model.registry.EmploymentArea;
import fi.valvonta.model.registry.EntityKind;
import fi.valvonta.model.registry.Municipality;
import fi.valvonta.model.registry.SupervisedEntity;
import fi.valvonta.model.platform.NotFoundException;
import fi.valvonta.model.platform.RuleViolationException;
import fi.valvonta.model.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The registry of supervised entities: every role may read it; only ADMIN establishes employment areas. */
@Stateless
@RolesAllowed({Role.REGISTRAR_NAME, Role.INSPECTOR_NAME, Role.DECISION_MAKER_NAME, Role.ADMIN_NAME, Role.AUDITOR_NAME})
public class RegistryService {

    static final AuditedType EMPLOYMENT_AREA = AuditedType.EMPLOYMENT_AREA;

    @PersistenceContext(unitName = "valvonta")
    private EntityManager em;

    @Inject
    private AuditTrail audit;

    public Page<MunicipalitySummary> searchMunicipalities(@NotNull @Valid MunicipalityQuery q) {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (q.pilotAreaId() != null) {
            where.append(" AND m.pilotArea.id = :area");
            params.put("area", q.pilotAreaId());
        }
        if (q.nameContains() != null && !q.nameContains().isBlank()) {
            where.append(" AND (LOWER(m.nameFi) LIKE :name OR LOWER(m.nameSv) LIKE :name)");
            params.put("name", "%" + q.nameContains().trim().toLowerCase(Locale.ROOT) + "%");
        }
        switch (q.language()) {
            case UNILINGUAL -> where.append(" AND m.languageStatus.officialLanguages NOT LIKE '%;%'");
            case BILINGUAL -> where.append(" AND m.languageStatus.officialLanguages LIKE '%;%'");
            case SWEDISH_MAJORITY -> where.append(" AND m.languageStatus.majorityLanguage = fi.valvonta.model.platform.Language.SV");
            case SAMI_HOMELAND -> {
                where.append(" AND m.languageStatus.samiHomeland = :sami");
                params.put("sami", Boolean.TRUE);
            }
            case ANY -> { }
        }
        String order = switch (q.sort()) {
            case NAME -> " ORDER BY m.nameFi";
            case PILOT_AREA -> " ORDER BY a.id";
        } + (q.ascending() ? " ASC" : " DESC") + ", m.id";

        TypedQuery<Municipality> list = em.createQuery(
                "SELECT m FROM Municipality m LEFT JOIN m.pilotArea a" + where + order, Municipality.class);
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(m) FROM Municipality m" + where, Long.class);
        params.forEach((k, v) -> {
            list.setParameter(k, v);
            count.setParameter(k, v);
        });
        List<MunicipalitySummary> items = list.setFirstResult(q.first()).setMaxResults(q.max())
                .getResultList().stream().map(MunicipalitySummary::of).toList();
        return new Page<>(items, count.getSingleResult(), q.first(), q.max());
    }

    public Optional<MunicipalitySummary> findMunicipality(long id) {
        return Optional.ofNullable(em.find(Municipality.class, id)).map(MunicipalitySummary::of);
    }

    public MunicipalitySummary getMunicipality(long id) {
        return findMunicipality(id).orElseThrow(() -> new NotFoundException("municipality", id));
    }

    public List<PilotAreaSummary> pilotAreas() {
        return em.createQuery("SELECT NEW fi.valvonta.ejb.registry.PilotAreaSummary(a.id, a.nameFi, COUNT(m)) "
                        + "FROM PilotArea a LEFT JOIN Municipality m ON m.pilotArea = a "
                        + "GROUP BY a.id, a.nameFi ORDER BY a.id", PilotAreaSummary.class)
                .getResultList();
    }

    public List<EmploymentAreaSummary> employmentAreas() {
        return em.createQuery("SELECT a FROM EmploymentArea a ORDER BY a.nameFi", EmploymentArea.class)
                .getResultList().stream().map(EmploymentAreaSummary::of).toList();
    }

    public Optional<EmploymentAreaSummary> findEmploymentArea(long id) {
        return Optional.ofNullable(em.find(EmploymentArea.class, id)).map(EmploymentAreaSummary::of);
    }

    /** All supervised entities, for selection lists. */
    public List<SupervisedEntityRef> supervisedEntities() {
        return em.createQuery("SELECT e FROM SupervisedEntity e ORDER BY e.nameFi", SupervisedEntity.class)
                .getResultList().stream()
                .map(e -> new SupervisedEntityRef(e.id(), e.kind(), e.nameFi(), e.nameSv().orElse(null), e.regime()))
                .toList();
    }

    public Optional<SupervisedEntity> findEntity(long id) {
        return Optional.ofNullable(em.find(SupervisedEntity.class, id));
    }

    public SupervisedEntity getEntity(long id) {
        return findEntity(id).orElseThrow(() -> new NotFoundException("supervised entity", id));
    }

    /**
     * Records how decisions reach the supervised organisation {@code entityId} (a municipality or an employment
     * area, as {@code kind} says): its business ID, checked by its check digit, and its postal address. Audited.
     */
    @RolesAllowed(Role.ADMIN_NAME)
    public ServiceDetails recordServiceDetails(long entityId, @NotNull EntityKind kind, @NotNull @Valid ServiceDetails details) {
        SupervisedEntity entity = findEntity(entityId).filter(e -> e.kind() == kind)
                .orElseThrow(() -> new NotFoundException(kind == EntityKind.MUNICIPALITY ? "municipality" : "employment area", entityId));
        String before = describe(entity);
        entity.recordServiceDetails(details.parsedBusinessId(), details.parsedAddress());
        em.flush();
        audit.recordChange(entity instanceof EmploymentArea ? EMPLOYMENT_AREA : AuditedType.MUNICIPALITY,
                entity.id(), "SERVICE_DETAILS_RECORDED", before, describe(entity));
        return ServiceDetails.of(entity);
    }

    private static String describe(SupervisedEntity e) {
        return e.nameFi() + ": business ID " + e.businessId().map(Object::toString).orElse("none") + ", postal address "
                + e.postalAddress().map(Object::toString).orElse("none");
    }

    @RolesAllowed(Role.ADMIN_NAME)
    public EmploymentAreaSummary establishEmploymentArea(@NotNull @Valid EstablishEmploymentArea command) {
        if (new HashSet<>(command.memberIds()).size() != command.memberIds().size()) {
            throw new RuleViolationException("employment-area.duplicate-member", "memberIds",
                    "a municipality is listed twice");
        }
        List<Municipality> members = command.memberIds().stream()
                .map(id -> Optional.ofNullable(em.find(Municipality.class, id))
                        .orElseThrow(() -> new RuleViolationException("employment-area.unknown-member", "memberIds",
                                "no municipality with id " + id)))
                .toList();
        EmploymentArea area = EmploymentArea.establish(command.nameFi(), command.nameSv(), command.model(),
                command.supervisedFrom(), members);
        em.persist(area);
        em.flush();
        audit.recordChange(EMPLOYMENT_AREA, area.id(), "ESTABLISHED", null,
                area.nameFi() + " (" + command.model() + "), members "
                        + members.stream().map(Municipality::nameFi).toList() + ", from " + area.supervision().from());
        return EmploymentAreaSummary.of(area);
    }
}
