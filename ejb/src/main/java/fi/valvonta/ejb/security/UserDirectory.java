package fi.valvonta.ejb.security;

import fi.valvonta.ejb.audit.AuditTrail;
import fi.valvonta.model.audit.AuditedType;
import fi.valvonta.model.platform.RuleViolationException;
import fi.valvonta.model.security.AppUser;
import fi.valvonta.model.security.PasswordPolicy;
import fi.valvonta.model.security.Role;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Checks credentials against the user table. Called by the web layer's identity store. */
@Stateless
@PermitAll
public class UserDirectory {

    @PersistenceContext(unitName = "valvonta")
    private EntityManager em;

    @Resource
    private SessionContext session;

    @Inject
    private AuditTrail audit;

    @Inject
    private Authentication authentication;

    public Optional<Authenticated> authenticate(String username, String password) {
        Optional<AppUser> user = findUser(username).filter(AppUser::isActive);
        if (user.isEmpty()) {
            PasswordHasher.burnTime(password);
            return Optional.empty();
        }
        AppUser u = user.get();
        return PasswordHasher.matches(password, u.passwordHash())
                ? Optional.of(new Authenticated(u.username(), u.displayName(), u.roles(), u.isPasswordChangeRequired()))
                : Optional.empty();
    }

    public Optional<AppUser> findUser(String username) {
        if (username == null || username.isBlank()) {
            return Optional.empty();
        }
        return em.createQuery("SELECT u FROM AppUser u WHERE u.username = :u", AppUser.class)
                .setParameter("u", username.trim()).getResultStream().findFirst();
    }

    /** Whether the user must change the password they were given before doing anything else. */
    public boolean passwordChangeRequired(String username) {
        return findUser(username).map(AppUser::isPasswordChangeRequired).orElse(false);
    }

    /**
     * The signed-in user replaces their own password: the current one is asked again, so a session left
     * open cannot be taken over for good; the new one must meet {@link PasswordPolicy}.
     */
    public void changeOwnPassword(String currentPassword, String newPassword) {
        String caller = session.getCallerPrincipal().getName();
        AppUser user = findUser(caller).filter(AppUser::isActive)
                .orElseThrow(() -> new EJBAccessException("no signed-in user"));
        if (!PasswordHasher.matches(currentPassword, user.passwordHash())) {
            throw new RuleViolationException("user.password-wrong", "currentPassword", "the current password is wrong");
        }
        PasswordPolicy.checkNew(user.username(), currentPassword, newPassword);
        boolean wasRequired = user.isPasswordChangeRequired();
        user.changePasswordHash(PasswordHasher.hash(newPassword));
        authentication.forget(user.username());
        // never the password or its hash in the audit trail
        audit.recordChange(AuditedType.APP_USER, user.id(), "PASSWORD_CHANGED",
                wasRequired ? "password change required" : null, "password changed");
    }

    /**
     * The roles the user holds now; empty when the user no longer exists or is no longer active. Signed-in
     * sessions check it on every page, so a deactivation or a change of roles takes effect on the next request.
     */
    public Optional<Set<Role>> currentRoles(String username) {
        return findUser(username).filter(AppUser::isActive).map(AppUser::roles);
    }

    /** Where the signed-in user's notifications go, and in which language. */
    public Optional<UserContact> ownContact() {
        return findUser(session.getCallerPrincipal().getName()).map(UserContact::of);
    }

    public Optional<String> displayNameOf(String username) {
        return findUser(username).map(AppUser::displayName);
    }

    /**
     * Every user's display name by user name, in one query: for a page that names many officials (a list's
     * assignees), instead of a user with their roles read for each. The directory is an agency's officials.
     */
    public Map<String, String> displayNames() {
        return em.createQuery("SELECT u.username, u.displayName FROM AppUser u", Object[].class).getResultList().stream()
                .collect(Collectors.toUnmodifiableMap(r -> (String) r[0], r -> (String) r[1]));
    }
}
