package fi.valvonta.ejb.registry;

import fi.valvonta.model.audit.AuditedType;
import fi.valvonta.ejb.audit.AuditTrail;
import fi.valvonta.ejb.platform.DataVersion;
import fi.valvonta.ejb.platform.DerivedCache;
import fi.valvonta.ejb.platform.Page;
import fi.valvonta.model.registry.EmploymentArea;
import fi.valvonta.model.registry.EntityKind;
import fi.valvonta.model.registry.EmploymentAreaMembership;
import fi.valvonta.model.registry.Municipality;
import fi.valvonta.model.registry.SupervisedEntity;
import fi.valvonta.model.platform.NotFoundException;
import fi.valvonta.model.platform.RuleViolationException;
import fi.valvonta.model.security.Role;
import fi.valvonta.model.intake.PublicSubmission;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The registry of supervised entities: every role may read it; only ADMIN establishes employment areas and
 * records their lead municipalities.
 */
@Stateless
@RolesAllowed({Role.REGISTRAR_NAME, Role.INSPECTOR_NAME, Role.DECISION_MAKER_NAME, Role.ADMIN_NAME, Role.AUDITOR_NAME})
public class RegistryService {

    static final AuditedType EMPLOYMENT_AREA = AuditedType.EMPLOYMENT_AREA;
    /** The evidence recorded with a lead an administrator sets (the source names where it is stated). */
    static final String LEAD_RECORDED_BY_ADMIN = "recorded by an administrator";

    @PersistenceContext(unitName = "valvonta")
    private EntityManager em;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    @Inject
    private DerivedCache cache;

    @Inject
    private DataVersion dataVersion;

    public Page<MunicipalitySummary> searchMunicipalities(@NotNull @Valid MunicipalityQuery q) {
        LocalDate today = today();
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (q.pilotAreaId() != null) {
            where.append(" AND m.pilotArea.id = :area");
            params.put("area", q.pilotAreaId());
        }
        if (q.employmentAreaId() != null) {
            where.append(" AND EXISTS (SELECT ms FROM EmploymentAreaMembership ms WHERE ms.municipality = m"
                    + " AND ms.area.id = :employmentArea AND ms.validFrom <= :today"
                    + " AND (ms.validUntil IS NULL OR ms.validUntil >= :today))");
            params.put("employmentArea", q.employmentAreaId());
            params.put("today", today);
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
        List<Municipality> page = list.setFirstResult(q.first()).setMaxResults(q.max()).getResultList();
        Map<Long, EmploymentArea> areas = areasOn(page, today);
        List<MunicipalitySummary> items = page.stream()
                .map(m -> MunicipalitySummary.of(m, areas.get(m.id()), null)).toList();
        return new Page<>(items, count.getSingleResult(), q.first(), q.max());
    }

    /** The employment area of each municipality on the day, in one query. */
    private Map<Long, EmploymentArea> areasOn(List<Municipality> municipalities, LocalDate day) {
        if (municipalities.isEmpty()) {
            return Map.of();
        }
        Map<Long, EmploymentArea> areas = new HashMap<>();
        em.createQuery("SELECT ms FROM EmploymentAreaMembership ms WHERE ms.municipality IN :ms "
                        + "AND ms.validFrom <= :day AND (ms.validUntil IS NULL OR ms.validUntil >= :day)",
                        EmploymentAreaMembership.class)
                .setParameter("ms", municipalities).setParameter("day", day).getResultList()
                .forEach(ms -> areas.put(ms.municipality().id(), ms.area()));
        return areas;
    }

    /** One municipality with its history (pilot area, employment-area memberships). */
    public Optional<MunicipalitySummary> findMunicipality(long id) {
        return Optional.ofNullable(em.find(Municipality.class, id)).map(m -> MunicipalitySummary.of(m,
                m.employmentAreaOn(today()).orElse(null), m.history().stream().map(HistoryPeriod::of).toList()));
    }

    public MunicipalitySummary getMunicipality(long id) {
        return findMunicipality(id).orElseThrow(() -> new NotFoundException("municipality", id));
    }

    public List<PilotAreaSummary> pilotAreas() {
        // every list page's filter reads it: read once per change of the data (a registry change is audited)
        return cache.get(dataVersion.current(), "registry.pilot-areas", () -> em.createQuery("SELECT NEW fi.valvonta.ejb.registry.PilotAreaSummary(a.id, a.nameFi, COUNT(m)) "
                        + "FROM PilotArea a LEFT JOIN Municipality m ON m.pilotArea = a "
                        + "GROUP BY a.id, a.nameFi ORDER BY a.id", PilotAreaSummary.class)
                .getResultList().stream().toList());
    }

    /** Every employment area, by name, with all its memberships. */
    public List<EmploymentAreaSummary> employmentAreas() {
        return employmentAreas(null);
    }

    /** The employment areas supervised on {@code on} (null: every area), by name. */
    public List<EmploymentAreaSummary> employmentAreas(LocalDate on) {
        LocalDate today = today();
        // the municipalities first, so the memberships' references resolve in the persistence context
        em.createQuery("SELECT m FROM Municipality m LEFT JOIN FETCH m.region", Municipality.class).getResultList();
        return em.createQuery("SELECT DISTINCT a FROM EmploymentArea a LEFT JOIN FETCH a.memberships", EmploymentArea.class)
                .getResultList().stream()
                .filter(a -> on == null || a.isSupervisedOn(on))
                .sorted(Comparator.comparing(EmploymentArea::nameFi).thenComparing(EmploymentArea::id))
                .map(a -> EmploymentAreaSummary.of(a, today)).toList();
    }

    public long employmentAreaCount() {
        return em.createQuery("SELECT COUNT(a) FROM EmploymentArea a", Long.class).getSingleResult();
    }

    public Optional<EmploymentAreaSummary> findEmploymentArea(long id) {
        return Optional.ofNullable(em.find(EmploymentArea.class, id)).map(a -> EmploymentAreaSummary.of(a, today()));
    }

    /** The entities that are or were supervised themselves, for selection lists (not the municipalities that never were). */
    public List<SupervisedEntityRef> supervisedEntities() {
        // the selection lists of most pages: read once per change of the data (a registry change is audited)
        return cache.get(dataVersion.current(), "registry.supervised-entities", () -> em.createQuery(
                        "SELECT e FROM SupervisedEntity e WHERE e.regime IS NOT NULL ORDER BY e.nameFi", SupervisedEntity.class)
                .getResultList().stream()
                .map(e -> new SupervisedEntityRef(e.id(), e.kind(), e.nameFi(), e.nameSv().orElse(null), e.regime()))
                .toList());
    }

    public Optional<SupervisedEntity> findEntity(long id) {
        return Optional.ofNullable(em.find(SupervisedEntity.class, id));
    }

    /**
     * The entity a complaint sent through the e-service about {@code namedId} is registered about, for conduct
     * from {@code conductFrom} ({@link fi.valvonta.model.intake.PublicSubmission#subjectOf}); the id as given when
     * there is no such entity (the registration refuses it).
     */
    public long subjectOfPublicComplaint(long namedId, LocalDate conductFrom) {
        return findEntity(namedId).map(e -> PublicSubmission.subjectOf(e, conductFrom).id()).orElse(namedId);
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

    /**
     * Forms an employment area from a date; its members move to it from their present areas (audited on the
     * new area with where each member came from).
     */
    @RolesAllowed(Role.ADMIN_NAME)
    public EmploymentAreaSummary establishEmploymentArea(@NotNull @Valid EstablishEmploymentArea command) {
        List<Municipality> members = command.memberIds().stream()
                .map(id -> Optional.ofNullable(em.find(Municipality.class, id))
                        .orElseThrow(() -> new RuleViolationException("employment-area.unknown-member", "memberIds",
                                "no municipality with id " + id)))
                .toList();
        LocalDate from = command.supervisedFrom();
        List<String> moves = members.stream().map(m -> m.nameFi() + m.employmentAreaOn(from)
                .map(a -> " (from " + a.nameFi() + ")").orElse("")).toList();
        EmploymentArea area = EmploymentArea.establish(command.nameFi(), command.nameSv(), command.model(), from, members);
        em.persist(area);
        em.flush();
        audit.recordChange(EMPLOYMENT_AREA, area.id(), "ESTABLISHED", null,
                area.nameFi() + " (" + command.model() + "), members " + moves + ", from " + area.supervision().from());
        return EmploymentAreaSummary.of(area, today());
    }

    /** Records the lead municipality of an area that has none recorded, or replaces it (ADMIN). */
    @RolesAllowed(Role.ADMIN_NAME)
    public EmploymentAreaSummary recordLead(long areaId, @NotNull @Valid RecordLead command) {
        EmploymentArea area = Optional.ofNullable(em.find(EmploymentArea.class, areaId))
                .orElseThrow(() -> new NotFoundException("employment area", areaId));
        Municipality lead = Optional.ofNullable(em.find(Municipality.class, command.municipalityId()))
                .orElseThrow(() -> new RuleViolationException("employment-area.unknown-member", "municipalityId",
                        "no municipality with id " + command.municipalityId()));
        String before = area.lead().map(m -> m.nameFi() + " (" + area.leadEvidence().orElse("") + ", "
                + area.leadSource().orElse("") + ")").orElse("none recorded");
        area.recordLead(lead, LEAD_RECORDED_BY_ADMIN, command.source(), today());
        em.flush();
        audit.recordChange(EMPLOYMENT_AREA, area.id(), "LEAD_RECORDED", before,
                lead.nameFi() + " (" + LEAD_RECORDED_BY_ADMIN + ", " + command.source().strip() + ")");
        return EmploymentAreaSummary.of(area, today());
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
