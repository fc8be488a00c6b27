package fi.valvonta.ejb.platform;

import fi.valvonta.model.security.Role;
import jakarta.ejb.SessionContext;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

/** The caller's roles as the domain's permission tables read them. */
public final class CallerRoles {

    private CallerRoles() {
    }

    public static Set<Role> of(SessionContext context) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        Arrays.stream(Role.values()).filter(r -> context.isCallerInRole(r.name())).forEach(roles::add);
        return roles;
    }
}
