package fi.valvonta.ejb.security;

import fi.valvonta.model.platform.Language;
import fi.valvonta.model.security.AppUser;
import fi.valvonta.model.security.Role;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.Set;

/**
 * A user the administrator creates, with a password handed over to them: they must change it at first
 * sign-in. The e-mail address (for the daily digest of deadlines) and the language of notifications are
 * optional (none; Finnish).
 */
public record NewUser(
        @NotBlank @Size(max = AppUser.USERNAME_LENGTH) @Pattern(regexp = "[a-z0-9._-]+") String username,
        @NotBlank @Size(max = AppUser.DISPLAY_NAME_LENGTH) String displayName,
        @NotEmpty Set<@NotNull Role> roles,
        @NotBlank @Size(max = 128) String initialPassword,
        @Size(max = AppUser.EMAIL_LENGTH) String email,
        Language language) {
}
