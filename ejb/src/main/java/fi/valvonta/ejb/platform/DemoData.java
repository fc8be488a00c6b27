package fi.valvonta.ejb.platform;

import fi.valvonta.ejb.audit.AuditTrail;
import fi.valvonta.ejb.security.PasswordHasher;
import fi.valvonta.ejb.security.UserDirectory;
import fi.valvonta.model.security.AppUser;
import fi.valvonta.model.security.Role;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.EnumSet;
import java.util.logging.Logger;

/**
 * Demo users (password "demo") and demo data, created only in demo mode and only where missing.
 * Everything it creates is labelled DEMO so it is never mistaken for a real case.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrator")
public class DemoData {

    public static final String DEMO_PASSWORD = "demo";
    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

    @Inject
    private DemoMode demoMode;

    @Inject
    private UserDirectory users;

    @Inject
    private AuditTrail audit;

    @PersistenceContext(unitName = "valvonta")
    private EntityManager em;

    @PostConstruct
    void load() {
        if (!demoMode.isEnabled()) {
            return;
        }
        int created = 0;
        created += add("kirjaamo", "DEMO Kirjaamo", Role.REGISTRAR);
        created += add("tarkastaja", "DEMO Tarkastaja Tiina", Role.INSPECTOR);
        created += add("tarkastaja2", "DEMO Tarkastaja Tapio", Role.INSPECTOR);
        created += add("ratkaisija", "DEMO Ratkaisija Riitta", Role.DECISION_MAKER);
        // both roles: may present and decide, but never decide a proposal of their own
        created += add("ratkaisija2", "DEMO Esittelevä ratkaisija Rasmus", Role.DECISION_MAKER, Role.INSPECTOR);
        created += add("admin", "DEMO Pääkäyttäjä", Role.ADMIN);
        created += add("auditor", "DEMO Tarkastusyksikkö", Role.AUDITOR);
        int n = created;
        LOG.warning(() -> "DEMO MODE: demo users with the password '" + DEMO_PASSWORD + "' are active (" + n + " created now)");
    }

    private int add(String username, String displayName, Role... roles) {
        if (users.findUser(username).isPresent()) {
            return 0;
        }
        AppUser user = new AppUser(username, displayName, PasswordHasher.hash(DEMO_PASSWORD), EnumSet.of(roles[0], roles));
        em.persist(user);
        em.flush();
        audit.recordChange(user, "CREATED", null);
        return 1;
    }
}
