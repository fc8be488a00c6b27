package fi.valvonta.ejb.complaint;

import fi.valvonta.model.complaint.Complaint;
import fi.valvonta.model.complaint.ComplaintAttachment;
import fi.valvonta.model.complaint.ExistingComplaint;
import fi.valvonta.model.registry.SupervisedEntity;
import fi.valvonta.model.platform.NotFoundException;
import fi.valvonta.model.platform.RuleViolationException;
import fi.valvonta.model.platform.StaleVersionException;
import fi.valvonta.model.security.AppUser;
import fi.valvonta.model.security.Role;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.Optional;

/**
 * Persistence of complaints for the complaint services: loading with the version check, the earlier
 * complaints screening compares with, documents and inspectors. Runs in the calling service's
 * transaction; {@code find*} returns Optional, {@code get*} throws.
 */
@Dependent
public class ComplaintStore {

    @PersistenceContext(unitName = "valvonta")
    EntityManager em;

    public Optional<Complaint> find(long id) {
        return Optional.ofNullable(em.find(Complaint.class, id));
    }

    /** @throws NotFoundException when there is no complaint {@code id} */
    public Complaint get(long id) {
        return find(id).orElseThrow(() -> new NotFoundException("complaint", id));
    }

    /**
     * The complaint to change, at the version the client read ({@code expected} null: any).
     * @throws StaleVersionException when it has changed since (HTTP 412)
     */
    public Complaint getAtVersion(long id, Long expected) {
        Complaint c = get(id);
        if (expected != null && expected != c.version()) {
            throw new StaleVersionException("complaint " + c.caseNumber() + " is at version " + c.version()
                    + ", not " + expected + "; reload it and try again");
        }
        return c;
    }

    /** Writes now, so a concurrent change that won is reported as a stale version, not at commit. */
    public void flushOrStale(Complaint c) {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new StaleVersionException("complaint " + c.caseNumber() + " was changed by someone else; reload it");
        }
    }

    public void add(Complaint c) {
        em.persist(c);
    }

    /**
     * Earlier complaints of the complainant with duplicate key {@code key} about {@code entity}, for the
     * duplicate check of screening; none for an anonymous complainant ({@code key} null).
     */
    public List<ExistingComplaint> existing(SupervisedEntity entity, String key, Long except) {
        if (key == null) {
            return List.of();
        }
        return em.createQuery("SELECT c FROM Complaint c WHERE c.entity = :e AND c.complainantKey = :k", Complaint.class)
                .setParameter("e", entity).setParameter("k", key).getResultList().stream()
                .filter(c -> !c.id().equals(except))
                .map(Complaint::asExisting)
                .toList();
    }

    /** @throws RuleViolationException on {@code entityId} when there is no such municipality or employment area */
    public SupervisedEntity entity(long entityId) {
        return Optional.ofNullable(em.find(SupervisedEntity.class, entityId))
                .orElseThrow(() -> new RuleViolationException("complaint.unknown-entity", "entityId",
                        "no municipality or employment area with id " + entityId));
    }

    public List<AttachmentView> attachmentsOf(long complaintId) {
        return em.createQuery("SELECT a FROM ComplaintAttachment a WHERE a.complaintId = :c ORDER BY a.uploadedAt, a.id",
                        ComplaintAttachment.class)
                .setParameter("c", complaintId).getResultList().stream().map(AttachmentView::of).toList();
    }

    /** Active inspectors, by user name: one query (not every user read with their roles). */
    public List<InspectorRef> inspectors() {
        return em.createQuery("SELECT u.username, u.displayName FROM AppUser u JOIN u.roles r"
                        + " WHERE u.active = TRUE AND r = :inspector ORDER BY u.username", Object[].class)
                .setParameter("inspector", Role.INSPECTOR).getResultList().stream()
                .map(r -> new InspectorRef((String) r[0], (String) r[1])).toList();
    }

    /** @throws RuleViolationException on {@code assignee} when {@code username} is not an active inspector */
    public String requireInspector(String username) {
        AppUser user = em.createQuery("SELECT u FROM AppUser u WHERE u.username = :u", AppUser.class)
                .setParameter("u", username).getResultStream().findFirst().orElse(null);
        if (user == null || !user.isActive() || !user.hasRole(Role.INSPECTOR)) {
            throw new RuleViolationException("complaint.assignee-not-inspector", "assignee",
                    username + " is not an active inspector");
        }
        return user.username();
    }
}
