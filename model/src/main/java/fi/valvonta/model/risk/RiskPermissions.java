package fi.valvonta.model.risk;

import fi.valvonta.model.security.Role;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * Who may change the risk model's inputs: indicators and imported signals are recorded by those who
 * plan supervision (inspectors, decision makers) and by administrators; everyone else reads them.
 */
public final class RiskPermissions {

    public static final Set<Role> INDICATOR_EDITORS =
            Collections.unmodifiableSet(EnumSet.of(Role.INSPECTOR, Role.DECISION_MAKER, Role.ADMIN));

    private RiskPermissions() {
    }

    public static boolean mayEditIndicators(Set<Role> callerRoles) {
        return callerRoles.stream().anyMatch(INDICATOR_EDITORS::contains);
    }
}
