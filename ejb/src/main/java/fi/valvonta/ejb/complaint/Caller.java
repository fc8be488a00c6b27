package fi.valvonta.ejb.complaint;

import fi.valvonta.model.security.Role;
import jakarta.ejb.SessionContext;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

/** Who calls a complaint service: the name and roles the container authenticated. */
record Caller(String name, Set<Role> roles) {

    static Caller of(SessionContext context) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        Arrays.stream(Role.values()).filter(r -> context.isCallerInRole(r.name())).forEach(roles::add);
        return new Caller(context.getCallerPrincipal().getName(), roles);
    }

    boolean is(Role role) {
        return roles.contains(role);
    }
}
