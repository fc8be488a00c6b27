package fi.valvonta.web.api.security;

import fi.valvonta.ejb.security.NewUser;
import fi.valvonta.ejb.security.UserAdministration;
import fi.valvonta.ejb.security.UserContact;
import fi.valvonta.ejb.security.UserView;
import fi.valvonta.model.security.Role;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;

import java.util.List;
import java.util.Set;

/**
 * User administration (ADMIN): create a user with a password they must change, change roles, set where and
 * in which language their notifications go, deactivate.
 * A change takes effect on the user's next request, API or UI.
 */
@Path("users")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class UserResource {

    public record Roles(@NotEmpty Set<@NotNull Role> roles) {
    }

    @Inject
    UserAdministration administration;

    @Context
    UriInfo uri;

    @GET
    public List<UserView> users() {
        return administration.users();
    }

    @GET
    @Path("{id}")
    public UserView user(@PathParam("id") long id) {
        return administration.user(id);
    }

    /** 201 with the user; a taken user name 409, a weak password or bad fields 422. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(NewUser user) {
        UserView created = administration.create(user);
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(created.id())).build())
                .entity(created).build();
    }

    @PUT
    @Path("{id}/roles")
    @Consumes(MediaType.APPLICATION_JSON)
    public UserView changeRoles(@PathParam("id") long id, @NotNull Roles roles) {
        return administration.changeRoles(id, roles.roles());
    }

    /** Where the user's notifications go (the daily digest of deadlines) and in which language. */
    @PUT
    @Path("{id}/contact")
    @Consumes(MediaType.APPLICATION_JSON)
    public UserView changeContact(@PathParam("id") long id, @NotNull @Valid UserContact contact) {
        return administration.changeContact(id, contact);
    }

    @POST
    @Path("{id}/deactivate")
    public UserView deactivate(@PathParam("id") long id) {
        return administration.deactivate(id);
    }
}
