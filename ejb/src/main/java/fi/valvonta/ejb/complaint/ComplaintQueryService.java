package fi.valvonta.ejb.complaint;

import fi.valvonta.ejb.audit.AuditEntry;
import fi.valvonta.ejb.audit.AuditTrail;
import fi.valvonta.ejb.platform.DataVersion;
import fi.valvonta.ejb.platform.DerivedCache;
import fi.valvonta.ejb.platform.Page;
import fi.valvonta.model.audit.AuditChannel;
import fi.valvonta.model.audit.AuditedType;
import fi.valvonta.model.complaint.Complaint;
import fi.valvonta.model.complaint.Theme;
import fi.valvonta.model.platform.CaseNumber;
import fi.valvonta.model.platform.FinnishCalendar;
import fi.valvonta.model.platform.NotFoundException;
import fi.valvonta.model.security.Role;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reading the complaints register: the case (personal data, so every view is written to the use log,
 * tiedonhallintalaki 17 §), the case list and inboxes, references for other cases, the timeline.
 */
@Stateless
@RolesAllowed({Role.REGISTRAR_NAME, Role.INSPECTOR_NAME, Role.DECISION_MAKER_NAME, Role.AUDITOR_NAME})
public class ComplaintQueryService {

    @PersistenceContext(unitName = "valvonta")
    EntityManager em;

    @Inject
    ComplaintStore store;

    @Inject
    ComplaintDetails details;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Inject
    ComplaintSettings settings;

    @Inject
    DataVersion dataVersion;

    @Inject
    DerivedCache cache;

    @Resource
    SessionContext context;

    /** The case, as its page shows it; the view is use-logged. @throws NotFoundException without it */
    public ComplaintDetail view(long id, AuditChannel channel) {
        return findView(id, channel).orElseThrow(() -> new NotFoundException("complaint", id));
    }

    /** The case, as its page shows it, if there is one; a view is use-logged. */
    public Optional<ComplaintDetail> findView(long id, AuditChannel channel) {
        return store.find(id).map(c -> {
            ComplaintDetail detail = details.of(c, Caller.of(context));
            // last: the use log's append holds its chain's lock until the commit, so it waits for nothing else
            audit.recordView(AuditedType.COMPLAINT, id, channel);
            return detail;
        });
    }

    /** For another case (a measure) to refer to a complaint: no personal data, not use-logged. */
    public ComplaintReference reference(long id) {
        return ComplaintAssembler.reference(store.get(id));
    }

    public Optional<ComplaintReference> findReference(CaseNumber caseNumber) {
        return em.createQuery("SELECT c FROM Complaint c WHERE c.caseNumber.prefix = :p AND c.caseNumber.serial = :s "
                        + "AND c.caseNumber.year = :y", Complaint.class)
                .setParameter("p", caseNumber.prefix()).setParameter("s", caseNumber.serial())
                .setParameter("y", caseNumber.year()).getResultStream().findFirst().map(ComplaintAssembler::reference);
    }

    /** The audit trail of the case, oldest first: its timeline. */
    public List<AuditEntry> timeline(long id) {
        store.get(id);
        return audit.trailOf(AuditedType.COMPLAINT, id);
    }

    /**
     * Inspectors a complaint can be assigned to: read once per change of the data (a user's creation, roles and
     * deactivation are audited changes, {@code UserAdministration}), not once per page that offers them.
     */
    public List<InspectorRef> inspectors() {
        return cache.get(dataVersion.current(), "complaint inspectors", store::inspectors);
    }

    /**
     * The case list: filtered, ordered and paged in the database (indexed columns only). The total, where it must be
     * counted, is counted once per change of the data ({@link DataVersion}) for the same filter.
     */
    public Page<ComplaintSummary> search(@NotNull @Valid ComplaintQuery q) {
        long version = dataVersion.current();
        ComplaintSearch.Jpql jpql = ComplaintSearch.of(q, viewer(q));
        TypedQuery<ComplaintRow> list = em.createQuery(jpql.list(), ComplaintRow.class);
        jpql.parameters().forEach(list::setParameter);
        List<ComplaintRow> rows = list.setFirstResult(q.first()).setMaxResults(q.max()).getResultList();
        Map<Long, List<Theme>> themes = themesOf(rows.stream().map(ComplaintRow::id).toList());
        List<ComplaintSummary> items = rows.stream()
                .map(r -> ComplaintAssembler.summary(r, themes.getOrDefault(r.id(), List.of()))).toList();
        return new Page<>(items, ComplaintSearch.total(q.first(), q.max(), rows.size(), () -> countOnce(version, jpql)),
                q.first(), q.max());
    }

    /**
     * How many cases the list {@code q} has, as {@link #search} gives it: counted once per change of the data for the
     * same filter. For a paged table that asks for its size before its page (PrimeFaces' lazy model), without reading
     * a page for it.
     */
    public long total(@NotNull @Valid ComplaintQuery q) {
        long version = dataVersion.current();
        return countOnce(version, ComplaintSearch.of(q, viewer(q)));
    }

    /** The list's count, counted once per data version and filter. */
    private long countOnce(long version, ComplaintSearch.Jpql jpql) {
        return cache.<Long>get(version, List.of("complaint count", jpql.count(), jpql.parameters()), () -> countNow(jpql));
    }

    /** How many cases the list {@code q} has, counted in the database (a work queue's count). */
    public long count(@NotNull @Valid ComplaintQuery q) {
        return countNow(ComplaintSearch.of(q, viewer(q)));
    }

    private long countNow(ComplaintSearch.Jpql jpql) {
        TypedQuery<Long> count = em.createQuery(jpql.count(), Long.class);
        jpql.parameters().forEach(count::setParameter);
        return count.getSingleResult();
    }

    private ComplaintSearch.Viewer viewer(ComplaintQuery q) {
        LocalDate today = LocalDate.now(clock);
        String me = context.getCallerPrincipal().getName();
        boolean decisionMaker = context.isCallerInRole(Role.DECISION_MAKER_NAME);
        boolean decides = decisionMaker && (q.inbox() == Inbox.MINE || q.inbox() == Inbox.AWAITING_MY_DECISION);
        return new ComplaintSearch.Viewer(me, decisionMaker, today,
                FinnishCalendar.addWorkingDays(today, settings.dueSoonWorkingDays()),
                decides ? proposalsDisqualifiedIn(me) : Set.of());
    }

    /**
     * The proposals awaiting a decision in whose cases {@code username} has declared themselves disqualified
     * (HL 27 §): their declarations, by case number, matched against the proposals' case numbers. Both are
     * few: one query when there are no declarations, two when there are. A user name is stored as signed in
     * (lower case, {@code AppUser}).
     */
    private Set<Long> proposalsDisqualifiedIn(String username) {
        Set<CaseNumber> cases = em.createQuery("SELECT d.caseNumber FROM Disqualification d WHERE d.username = :u",
                        String.class).setParameter("u", username).getResultStream()
                .map(CaseNumber::find).flatMap(Optional::stream).collect(Collectors.toSet());
        if (cases.isEmpty()) {
            return Set.of();
        }
        return em.createQuery("SELECT c.id, c.caseNumber FROM Complaint c WHERE c.state IN :proposed "
                        + "AND c.caseNumber.serial IN :serials", Object[].class)
                .setParameter("proposed", ComplaintSearch.PROPOSED)
                .setParameter("serials", cases.stream().map(CaseNumber::serial).distinct().toList())
                .getResultStream().filter(r -> cases.contains((CaseNumber) r[1])).map(r -> (Long) r[0])
                .collect(Collectors.toSet());
    }

    private Map<Long, List<Theme>> themesOf(List<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return em.createQuery(ThemeRow.SELECT + " FROM Complaint c JOIN c.themes t WHERE c.id IN :ids", ThemeRow.class)
                .setParameter("ids", ids).getResultList().stream()
                .collect(Collectors.groupingBy(ThemeRow::complaintId,
                        Collectors.mapping(ThemeRow::theme, Collectors.toList())));
    }

}
