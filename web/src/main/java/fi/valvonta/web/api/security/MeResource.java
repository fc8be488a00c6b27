package fi.valvonta.web.api.security;

import fi.valvonta.ejb.security.UserContact;
import fi.valvonta.ejb.security.UserDirectory;
import fi.valvonta.model.platform.Language;
import fi.valvonta.model.security.Role;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** Who the caller is and which roles they hold; the caller's own password. */
@Path("me")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class MeResource {

    /** The one call open to a caller who must change the password they were given. */
    static final String PASSWORD_PATH = "me/password";

    /** The caller, their roles, and where (and in which language) their notifications go. */
    public record Me(String username, List<Role> roles, String email, Language language) {
    }

    public record PasswordChange(String currentPassword, String newPassword) {
    }

    @Inject
    SecurityContext security;

    @Inject
    UserDirectory users;

    @GET
    public Me me() {
        Optional<UserContact> contact = users.ownContact();
        return new Me(security.getCallerPrincipal().getName(),
                Arrays.stream(Role.values()).filter(r -> security.isCallerInRole(r.name())).toList(),
                contact.map(UserContact::email).orElse(null), contact.map(UserContact::language).orElse(null));
    }

    /** 204; a wrong current password or a new one the policy refuses: 422 with the field. */
    @POST
    @Path("password")
    @Consumes(MediaType.APPLICATION_JSON)
    public void changePassword(PasswordChange change) {
        users.changeOwnPassword(change == null ? null : change.currentPassword(), change == null ? null : change.newPassword());
    }
}
