package fi.valvonta.ejb.security;

import fi.valvonta.ejb.audit.AuditTrail;
import fi.valvonta.model.audit.AuditedType;
import fi.valvonta.model.security.AppUser;
import fi.valvonta.model.security.Role;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.EnumSet;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The first administrator of a production installation, where no user exists and no password is known:
 * {@code valvonta.bootstrap.admin} and {@code valvonta.bootstrap.password} (environment
 * {@code VALVONTA_BOOTSTRAP_ADMIN}, {@code VALVONTA_BOOTSTRAP_PASSWORD}) create it at start-up, only while
 * no active administrator exists. The password was handed over, not chosen: it must be changed at first
 * sign-in. Remove the settings once the administrator has signed in.
 */
@Singleton
@Startup
@DependsOn({"DatabaseMigrator", "DemoData"})
public class AdminBootstrap {

    private static final Logger LOG = Logger.getLogger(AdminBootstrap.class.getName());

    @Inject
    @ConfigProperty(name = "valvonta.bootstrap.admin")
    Optional<String> username;

    @Inject
    @ConfigProperty(name = "valvonta.bootstrap.password")
    Optional<String> password;

    @Inject
    private UserDirectory users;

    @Inject
    private AuditTrail audit;

    @PersistenceContext(unitName = "valvonta")
    private EntityManager em;

    @PostConstruct
    void bootstrap() {
        Optional<String> name = username.map(String::strip).filter(s -> !s.isEmpty());
        Optional<String> secret = password.filter(s -> !s.isBlank());
        if (name.isEmpty() && secret.isEmpty()) {
            return;
        }
        if (name.isEmpty() || secret.isEmpty()) {
            LOG.warning("valvonta.bootstrap.admin and valvonta.bootstrap.password go together: no administrator created");
            return;
        }
        if (activeAdministrators() > 0) {
            LOG.info(() -> "An administrator exists: valvonta.bootstrap.admin (" + name.get() + ") ignored; remove the bootstrap settings");
            return;
        }
        if (users.findUser(name.get()).isPresent()) {
            LOG.warning(() -> "valvonta.bootstrap.admin: the user " + name.get() + " exists but is no active administrator; nothing created");
            return;
        }
        AppUser admin = new AppUser(name.get(), name.get(), PasswordHasher.hash(secret.get()), EnumSet.of(Role.ADMIN));
        admin.requirePasswordChange();
        em.persist(admin);
        em.flush();
        audit.recordChange(AuditedType.APP_USER, admin.id(), "CREATED", null, admin.username() + " " + admin.roles() + " (bootstrap)");
        // the password never reaches the log
        LOG.warning(() -> "Bootstrap administrator '" + admin.username()
                + "' created from valvonta.bootstrap.admin; the password must be changed at first sign-in");
    }

    private long activeAdministrators() {
        return em.createQuery("SELECT COUNT(u) FROM AppUser u JOIN u.roles r WHERE r = :admin AND u.active = TRUE", Long.class)
                .setParameter("admin", Role.ADMIN).getSingleResult();
    }
}
