package fi.valvonta.ejb.complaint;

import fi.valvonta.ejb.platform.CaseNumberAllocator;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;

import java.util.logging.Logger;

/**
 * As the server starts, ends what its stop (or crash) left of registrations in progress: gives back the case numbers
 * they had reserved, so that the next registrations take them and the diary has no gap, and drops the
 * Idempotency-Keys they had claimed, so that their retries register.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrator")
public class RegistrationRecovery {

    private static final Logger LOG = Logger.getLogger(RegistrationRecovery.class.getName());

    @EJB
    private CaseNumberAllocator numbers;

    @EJB
    private ComplaintRegistrationService registrations;

    @PostConstruct
    void endRegistrationsLeftInProgress() {
        int released = numbers.releaseLeftByThisNode();
        int keys = registrations.dropKeyClaimsLeftByThisNode();
        if (released + keys > 0) {
            LOG.info(() -> "registrations this node's stop left in progress ended: " + released
                    + " case number(s) given back, " + keys + " Idempotency-Key claim(s) dropped");
        }
    }
}
