package fi.valvonta.it.platform;

import fi.valvonta.ejb.audit.AuditTrail;
import fi.valvonta.ejb.platform.DataVersion;
import fi.valvonta.ejb.platform.ReadingRequest;
import fi.valvonta.it.support.Deployments;
import fi.valvonta.model.audit.AuditedType;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.Archive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Runs inside the server, on its database: a page's service calls share one reading of the data version
 * ({@link ReadingRequest}); another user's change committed meanwhile is not seen by the rest of the page (as if it
 * had come after the page), the page's own audited change is, and so is everything once the page is over.
 */
@ExtendWith(ArquillianExtension.class)
class ReadingRequestIT {

    @Deployment
    static Archive<?> deployment() {
        return Deployments.applicationWithTests(ReadingRequestIT.class);
    }

    @Inject
    DataVersion version;

    @EJB(lookup = "java:global/valvonta/valvonta-ejb/AuditTrail")
    AuditTrail audit;

    @Resource(lookup = "java:jboss/UserTransaction")
    UserTransaction tx;

    @Resource(lookup = "java:comp/DefaultManagedExecutorService")
    ManagedExecutorService executor;

    @Test
    void anotherUsersChangeWaitsForTheNextRequestAndTheRequestsOwnChangeIsSeenAtOnce() throws Exception {
        long before;
        try (ReadingRequest ignored = ReadingRequest.open()) {
            before = version.current();
            executor.submit(() -> change("other-user")).get(30, TimeUnit.SECONDS);
            assertEquals(before, version.current(), "the page's later calls: the version it read first");

            change("own");
            long afterOwn = version.current();
            assertTrue(afterOwn >= before + 2, "its own change, and the other one's, read from the database: "
                    + before + " -> " + afterOwn);
        }
        assertTrue(version.current() > before, "outside a request every reading goes to the database");
    }

    @Test
    void outsideARequestEveryReadingSeesCommittedChanges() throws Exception {
        long before = version.current();
        executor.submit(() -> change("other-user")).get(30, TimeUnit.SECONDS);
        assertTrue(version.current() > before, "the other user's change");
    }

    /** One audited change in a transaction of its own. */
    private Void change(String who) throws Exception {
        tx.begin();
        try {
            audit.recordChange(AuditedType.RISK_SIGNAL_IMPORT, 0, "READING_CHECK", null, who + "-" + UUID.randomUUID());
            tx.commit();
            return null;
        } catch (Exception | Error e) {
            tx.rollback();
            throw e;
        }
    }
}
