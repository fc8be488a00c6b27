package fi.valvonta.model.intake;

import fi.valvonta.model.security.Role;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * Who works the e-mail queue: those who register complaints (the registry and the inspectors) act on
 * it; the auditor reads it. The services' {@code @RolesAllowed} enforce the same sets.
 */
public final class IntakePermissions {

    public static final Set<Role> READ = Collections.unmodifiableSet(
            EnumSet.of(Role.REGISTRAR, Role.INSPECTOR, Role.AUDITOR));
    public static final Set<Role> ACT = Collections.unmodifiableSet(EnumSet.of(Role.REGISTRAR, Role.INSPECTOR));
    /** Fetching the mailbox now rather than at the next scheduled poll. */
    public static final Set<Role> POLL = Collections.unmodifiableSet(EnumSet.of(Role.REGISTRAR, Role.ADMIN));

    private IntakePermissions() {
    }

    /** Actions the caller may take on a message in {@code state}. */
    public static Set<IntakeAction> allowed(IntakeState state, Set<Role> callerRoles) {
        boolean mayAct = callerRoles.stream().anyMatch(ACT::contains);
        return mayAct ? state.allowedActions() : EnumSet.noneOf(IntakeAction.class);
    }
}
