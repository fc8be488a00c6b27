package fi.valvonta.ejb.security;

import fi.valvonta.model.security.AppUser;
import fi.valvonta.model.security.Role;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.Optional;

/** Checks credentials against the user table. Called by the web layer's identity store. */
@Stateless
@PermitAll
public class UserDirectory {

    @PersistenceContext(unitName = "valvonta")
    private EntityManager em;

    public Optional<Authenticated> authenticate(String username, String password) {
        Optional<AppUser> user = findUser(username).filter(AppUser::isActive);
        if (user.isEmpty()) {
            PasswordHasher.burnTime(password);
            return Optional.empty();
        }
        AppUser u = user.get();
        return PasswordHasher.matches(password, u.passwordHash())
                ? Optional.of(new Authenticated(u.username(), u.displayName(), u.roles()))
                : Optional.empty();
    }

    public Optional<AppUser> findUser(String username) {
        if (username == null || username.isBlank()) {
            return Optional.empty();
        }
        return em.createQuery("SELECT u FROM AppUser u WHERE u.username = :u", AppUser.class)
                .setParameter("u", username.trim()).getResultStream().findFirst();
    }

    public Optional<String> displayNameOf(String username) {
        return findUser(username).map(AppUser::displayName);
    }
}
