package fi.valvonta.ejb.security;

import fi.valvonta.model.platform.Language;
import fi.valvonta.model.security.AppUser;
import fi.valvonta.model.security.Role;

import java.util.Set;

/** A user as the administrator sees it: never the password hash. */
public record UserView(long id, String username, String displayName, Set<Role> roles, boolean active, boolean demo,
                       boolean passwordChangeRequired, String email, Language language) {

    static UserView of(AppUser u) {
        return new UserView(u.id(), u.username(), u.displayName(), u.roles(), u.isActive(), u.isDemo(),
                u.isPasswordChangeRequired(), u.email().orElse(null), u.language());
    }
}
