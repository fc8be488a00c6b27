package fi.valvonta.ejb.platform;

import fi.valvonta.ejb.audit.AuditTrail;
import fi.valvonta.ejb.security.Authentication;
import fi.valvonta.ejb.security.PasswordHasher;
import fi.valvonta.ejb.security.SecurityLog;
import fi.valvonta.ejb.security.UserDirectory;
import fi.valvonta.model.security.AppUser;
import fi.valvonta.model.security.Role;
import fi.valvonta.model.security.SecurityEventKind;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
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

    @Inject
    private SecurityLog securityLog;

    @Inject
    private Authentication authentication;

    @PersistenceContext(unitName = "valvonta")
    private EntityManager em;

    @PostConstruct
    void load() {
        if (!demoMode.isEnabled()) {
            disableDemoUsers();
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

    /**
     * Without demo mode, no user demo mode created may sign in: their password is public. They are
     * deactivated (kept, for the audit trail of what they did), and this is logged.
     */
    private void disableDemoUsers() {
        List<AppUser> demoUsers = em.createQuery("SELECT u FROM AppUser u WHERE u.demo = TRUE AND u.active = TRUE", AppUser.class)
                .getResultList();
        for (AppUser user : demoUsers) {
            String before = user.auditSummary();
            user.deactivate();
            audit.recordChange(user, "DEACTIVATED", before);
            securityLog.record(SecurityEventKind.DEMO_USER_DISABLED, user.username(), null, "server started without demo mode");
            authentication.forget(user.username());
        }
        if (!demoUsers.isEmpty()) {
            LOG.warning(() -> "Demo mode is off: " + demoUsers.size() + " demo user(s) disabled: "
                    + demoUsers.stream().map(AppUser::username).sorted().toList());
        }
    }

    private int add(String username, String displayName, Role... roles) {
        Optional<AppUser> existing = users.findUser(username);
        if (existing.isPresent()) {
            AppUser user = existing.get();
            if (user.isDemo() && !user.isActive()) {
                String before = user.auditSummary();
                user.reactivateDemoUser();
                audit.recordChange(user, "REACTIVATED", before);
            }
            return 0;
        }
        AppUser user = AppUser.demoUser(username, displayName, PasswordHasher.hash(DEMO_PASSWORD), EnumSet.of(roles[0], roles));
        em.persist(user);
        em.flush();
        audit.recordChange(user, "CREATED", null);
        return 1;
    }
}
