package fi.valvonta.ejb.complaint;

import fi.valvonta.ejb.platform.CallerRoles;
import fi.valvonta.model.security.Role;
import jakarta.ejb.SessionContext;

import java.util.Set;

/** Who calls a complaint service: the name and roles the container authenticated. */
record Caller(String name, Set<Role> roles) {

    static Caller of(SessionContext context) {
        return new Caller(context.getCallerPrincipal().getName(), CallerRoles.of(context));
    }

    boolean is(Role role) {
        return roles.contains(role);
    }
}
