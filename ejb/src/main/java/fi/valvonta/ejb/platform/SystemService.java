package fi.valvonta.ejb.platform;

import fi.valvonta.model.platform.AgencySettings;
import fi.valvonta.model.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.sql.Connection;

/** Facts about the running system for administrators and the operations checks. */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.AUDITOR_NAME})
public class SystemService {

    @PersistenceContext(unitName = "valvonta")
    private EntityManager em;

    @Inject
    private AgencySettings agency;

    @Inject
    private DemoMode demoMode;

    public SystemInfo info() {
        Object schema = em.createNativeQuery(
                "SELECT MAX(\"version\") FROM \"flyway_schema_history\" WHERE \"success\" = TRUE").getSingleResult();
        String database;
        try {
            Connection c = em.unwrap(Connection.class);
            database = c.getMetaData().getDatabaseProductName() + " " + c.getMetaData().getDatabaseProductVersion();
        } catch (Exception e) {
            database = "unknown";
        }
        return new SystemInfo(em.getEntityManagerFactory().getClass().getName(), em.getDelegate().getClass().getName(),
                database, String.valueOf(schema), demoMode.isEnabled(), agency.nameFi(), agency.prefix());
    }
}
