package fi.valvonta.ejb.security;

import fi.valvonta.model.platform.Language;
import fi.valvonta.model.security.AppUser;
import jakarta.validation.constraints.Size;

/**
 * Where a user's notifications go: one e-mail address (blank: none) and the language (Finnish, Swedish or
 * English; none given: Finnish). Checked by {@link AppUser#changeContact}.
 */
public record UserContact(@Size(max = AppUser.EMAIL_LENGTH) String email, Language language) {

    static UserContact of(AppUser u) {
        return new UserContact(u.email().orElse(null), u.language());
    }
}
