package fi.valvonta.ejb.platform;

import fi.valvonta.model.platform.ConflictException;
import fi.valvonta.model.platform.Disqualification;
import fi.valvonta.model.platform.DisqualificationGround;
import fi.valvonta.model.platform.Disqualifications;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;

/**
 * The disqualifications declared in the agency's cases (HL 27–30 §), by case number: complaints and
 * measure cases share one diary. Runs in the calling service's transaction, which audits the change.
 */
@Dependent
public class DisqualificationRegister {

    @PersistenceContext(unitName = "valvonta")
    EntityManager em;

    @Inject
    Clock clock;

    /** What the disqualifications declared in case {@code caseNumber} bar. */
    public Disqualifications inCase(String caseNumber) {
        return Disqualifications.of(em.createQuery(
                        "SELECT d FROM Disqualification d WHERE d.caseNumber = :n ORDER BY d.declaredAt, d.id",
                        Disqualification.class)
                .setParameter("n", caseNumber).getResultList());
    }

    /**
     * HL 30 §: {@code username} declares themselves disqualified in case {@code caseNumber}.
     * @throws ConflictException when they already did
     */
    public Disqualification declare(String caseNumber, String username, DisqualificationGround ground, String explanation) {
        if (inCase(caseNumber).isDisqualified(username)) {
            throw new ConflictException("disqualification.already-declared",
                    username + " has already declared themselves disqualified in case " + caseNumber);
        }
        Disqualification d = Disqualification.declare(caseNumber, username, ground, explanation, clock.instant());
        em.persist(d);
        em.flush();
        return d;
    }
}
