package fi.valvonta.ejb.security;

import fi.valvonta.ejb.audit.AuditTrail;
import fi.valvonta.model.platform.ConflictException;
import fi.valvonta.model.platform.NotFoundException;
import fi.valvonta.model.platform.RuleViolationException;
import fi.valvonta.model.security.AppUser;
import fi.valvonta.model.security.PasswordPolicy;
import fi.valvonta.model.security.Role;
import fi.valvonta.model.security.SecurityEventKind;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The administrator's user management: create, change roles, deactivate. A change drops the user's
 * cached credentials, and signed-in sessions see it on their next request. Every change is audited and
 * written to the security log.
 */
@Stateless
@RolesAllowed(Role.ADMIN_NAME)
public class UserAdministration {

    @PersistenceContext(unitName = "valvonta")
    private EntityManager em;

    @Resource
    private SessionContext session;

    @Inject
    private AuditTrail audit;

    @Inject
    private SecurityLog securityLog;

    @Inject
    private Authentication authentication;

    @Inject
    private UserDirectory users;

    public List<UserView> users() {
        return em.createQuery("SELECT u FROM AppUser u ORDER BY u.username", AppUser.class).getResultStream()
                .map(UserView::of).toList();
    }

    public UserView user(long id) {
        return UserView.of(get(id));
    }

    public UserView create(@Valid @NotNull NewUser input) {
        if (users.findUser(input.username()).isPresent()) {
            throw new ConflictException("user.exists", "a user named " + input.username() + " exists");
        }
        PasswordPolicy.checkNew(input.username(), null, input.initialPassword());
        AppUser user = new AppUser(input.username(), input.displayName().strip(),
                PasswordHasher.hash(input.initialPassword()), EnumSet.copyOf(input.roles()));
        user.requirePasswordChange();
        user.changeContact(input.email(), input.language());
        em.persist(user);
        em.flush();
        audit.recordChange(user, "CREATED", null);
        securityLog.record(SecurityEventKind.USER_CREATED, user.username(), null, "by " + caller() + " " + user.roles());
        return UserView.of(user);
    }

    public UserView changeRoles(long id, @NotNull Set<@NotNull Role> roles) {
        AppUser user = get(id);
        refuseOwn(user, "roles");
        String before = user.auditSummary();
        user.changeRoles(roles);
        audit.recordChange(user, "ROLES_CHANGED", before);
        authentication.forget(user.username());
        securityLog.record(SecurityEventKind.ROLES_CHANGED, user.username(), null,
                "by " + caller() + ": " + before + " -> " + user.roles());
        return UserView.of(user);
    }

    /**
     * Where the user's notifications go and in which language; an administrator may set their own too. The
     * address itself stays out of the audit trail (personal data); the trail says whether one is set.
     */
    public UserView changeContact(long id, @NotNull @Valid UserContact contact) {
        AppUser user = get(id);
        String before = contactSummary(user);
        user.changeContact(contact.email(), contact.language());
        audit.recordChange(user.auditedType(), user.id(), "CONTACT_CHANGED",
                before, contactSummary(user));
        return UserView.of(user);
    }

    private static String contactSummary(AppUser u) {
        return u.username() + ": e-mail " + (u.email().isPresent() ? "set" : "none") + ", language " + u.language();
    }

    public UserView deactivate(long id) {
        AppUser user = get(id);
        refuseOwn(user, "id");
        if (user.isActive()) {
            String before = user.auditSummary();
            user.deactivate();
            audit.recordChange(user, "DEACTIVATED", before);
            securityLog.record(SecurityEventKind.USER_DEACTIVATED, user.username(), null, "by " + caller());
        }
        authentication.forget(user.username());
        return UserView.of(user);
    }

    private void refuseOwn(AppUser user, String field) {
        // an administrator cannot lock themselves out: another administrator does it
        if (user.username().equals(caller())) {
            throw new RuleViolationException("user.own-account", field, "an administrator does not change their own roles or status");
        }
    }

    private AppUser get(long id) {
        AppUser user = em.find(AppUser.class, id);
        if (user == null) {
            throw new NotFoundException("user", id);
        }
        return user;
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }
}
