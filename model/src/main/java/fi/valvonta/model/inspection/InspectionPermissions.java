package fi.valvonta.model.inspection;

import fi.valvonta.model.security.Role;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Which roles may schedule an inspection and take which action on one: the inspectors who carry it out,
 * and a decision-maker, who may take part. Every other role reads. The services' {@code @RolesAllowed}
 * guards say the same, as a test checks.
 */
public final class InspectionPermissions {

    private static final Set<Role> INSPECTING = Collections.unmodifiableSet(EnumSet.of(Role.INSPECTOR, Role.DECISION_MAKER));
    /** Who reads inspections and their findings: every role (the service's class-level {@code @RolesAllowed}). */
    public static final Set<Role> READ = Collections.unmodifiableSet(EnumSet.allOf(Role.class));
    private static final Map<InspectionAction, Set<Role>> ROLES = new EnumMap<>(InspectionAction.class);

    static {
        for (InspectionAction a : InspectionAction.values()) {
            ROLES.put(a, switch (a) {
                case RESCHEDULE, RECORD_FINDING, COMPLETE -> INSPECTING;
            });
        }
    }

    private InspectionPermissions() {
    }

    public static Set<Role> rolesFor(InspectionAction action) {
        return ROLES.get(action);
    }

    /** Roles that schedule an inspection, from the adopted plan or ad hoc. */
    public static Set<Role> rolesToSchedule() {
        return INSPECTING;
    }

    public static boolean mayTake(Set<Role> callerRoles, InspectionAction action) {
        return callerRoles.stream().anyMatch(ROLES.get(action)::contains);
    }

    public static boolean maySchedule(Set<Role> callerRoles) {
        return callerRoles.stream().anyMatch(INSPECTING::contains);
    }

    /** Actions the caller may take on an inspection in {@code state}. */
    public static Set<InspectionAction> allowed(InspectionState state, Set<Role> callerRoles) {
        Set<InspectionAction> allowed = EnumSet.noneOf(InspectionAction.class);
        for (InspectionAction a : InspectionAction.values()) {
            if (a.isAllowedFrom(state) && mayTake(callerRoles, a)) {
                allowed.add(a);
            }
        }
        return allowed;
    }
}
