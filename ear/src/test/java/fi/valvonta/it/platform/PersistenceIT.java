package fi.valvonta.it.platform;

import fi.valvonta.ejb.audit.AuditTrail;
import fi.valvonta.model.audit.AuditedType;
import fi.valvonta.ejb.registry.MunicipalityQuery;
import fi.valvonta.ejb.registry.RegistryService;
import fi.valvonta.it.support.Deployments;
import fi.valvonta.model.complaint.Complaint;
import fi.valvonta.model.measure.FollowUp;
import fi.valvonta.model.registry.Municipality;
import org.eclipse.persistence.internal.weaving.PersistenceWeaved;
import org.eclipse.persistence.internal.weaving.PersistenceWeavedLazy;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBTransactionRequiredException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import jakarta.transaction.UserTransaction;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.Archive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.concurrent.ThreadLocalRandom;
import jakarta.validation.ValidatorFactory;
import fi.valvonta.ejb.platform.CommandsTraversable;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * Runs inside the server: the audit trail's transaction rules, the services' own access checks, and the
 * entities as the server loads them (statically woven, so lazy to-one relations are lazy).
 */
@ExtendWith(ArquillianExtension.class)
class PersistenceIT {

    @Deployment
    static Archive<?> deployment() {
        return Deployments.applicationWithTests(PersistenceIT.class);
    }

    @EJB(lookup = "java:global/valvonta/valvonta-ejb/AuditTrail")
    AuditTrail audit;

    @EJB(lookup = "java:global/valvonta/valvonta-ejb/RegistryService")
    RegistryService registry;

    @Resource(lookup = "java:jboss/UserTransaction")
    UserTransaction tx;

    @Resource(lookup = "java:jboss/datasources/ValvontaDS")
    DataSource db;

    @PersistenceUnit(unitName = "valvonta")
    EntityManagerFactory emf;

    @Resource(lookup = "java:comp/ValidatorFactory")
    ValidatorFactory validation;

    @Test
    void validationAsksNoPersistenceProviderWhetherAPropertyIsLoaded() {
        // the web module's factory, as RESTEasy and JSF validate with it (WEB-INF/validation.xml, or the EJB module's
        // META-INF/validation.xml it falls back to: ValidationConfigTest checks that one)
        assertTrue(validation.getTraversableResolver() instanceof CommandsTraversable,
                "traversable resolver: " + validation.getTraversableResolver().getClass());
    }

    @Test
    void entitiesAreStaticallyWovenSoLazyRelationsStayUnloaded() {
        for (Class<?> entity : new Class<?>[]{Complaint.class, Municipality.class, FollowUp.class}) {
            assertTrue(PersistenceWeaved.class.isAssignableFrom(entity), entity + " is not woven");
            assertTrue(PersistenceWeavedLazy.class.isAssignableFrom(entity), entity + " has no lazy to-one weaving");
        }
        EntityManager em = emf.createEntityManager();
        try {
            Long id = em.createQuery("SELECT m.id FROM Municipality m WHERE m.pilotArea IS NOT NULL ORDER BY m.id", Long.class)
                    .setMaxResults(1).getSingleResult();
            Municipality m = em.find(Municipality.class, id);
            // a ManyToOne(fetch = LAZY): not read with the municipality, only when asked for
            assertFalse(emf.getPersistenceUnitUtil().isLoaded(m, "pilotArea"), "pilotArea was loaded eagerly");
            assertTrue(m.pilotArea().isPresent());
            assertTrue(emf.getPersistenceUnitUtil().isLoaded(m, "pilotArea"));
        } finally {
            em.close();
        }
    }

    @Test
    void auditRecordNeedsTheChangesTransaction() {
        assertThrows(EJBTransactionRequiredException.class,
                () -> audit.recordChange(AuditedType.RISK_SIGNAL_IMPORT, 1, "CHANGED", null, "x"));
    }

    @Test
    void auditRecordIsCommittedOrRolledBackWithTheChange() throws Exception {
        long rolledBack = ThreadLocalRandom.current().nextLong(1_000_000, Long.MAX_VALUE);
        tx.begin();
        audit.recordChange(AuditedType.RISK_SIGNAL_IMPORT, rolledBack, "CHANGED", "before", "after");
        tx.rollback();
        assertEquals(0, auditRows(rolledBack));

        long committed = rolledBack - 1;
        tx.begin();
        audit.recordChange(AuditedType.RISK_SIGNAL_IMPORT, committed, "CHANGED", "before", "after");
        tx.commit();
        assertEquals(1, auditRows(committed));
        assertEquals(AuditTrail.SYSTEM_ACTOR, audit.trailOf(AuditedType.RISK_SIGNAL_IMPORT, committed).get(0).actor());
    }

    @Test
    void servicesCheckRolesThemselves() {
        // no signed-in caller here: the EJB refuses, whatever the web layer does
        assertThrows(EJBAccessException.class, () -> registry.searchMunicipalities(MunicipalityQuery.all()));
    }

    private int auditRows(long entityId) throws Exception {
        try (Connection c = db.getConnection();
             PreparedStatement ps = c.prepareStatement(
                     "SELECT COUNT(*) FROM audit_record WHERE entity_type = 'RiskSignalImport' AND entity_id = ?")) {
            ps.setLong(1, entityId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }
}
