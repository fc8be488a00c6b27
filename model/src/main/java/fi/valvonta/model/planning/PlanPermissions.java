package fi.valvonta.model.planning;

import fi.valvonta.model.security.Role;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Which roles may take which plan action, and create a plan. Inspectors prepare drafts and revisions,
 * only a decision-maker adopts (the plan is the agency's decision); supersession is nobody's own act, it
 * follows the adoption of a later version. Every other role reads. The services' {@code @RolesAllowed}
 * guards say the same, as a test checks.
 */
public final class PlanPermissions {

    private static final Set<Role> PREPARERS = Collections.unmodifiableSet(EnumSet.of(Role.INSPECTOR, Role.DECISION_MAKER));
    private static final Map<PlanAction, Set<Role>> ROLES = new EnumMap<>(PlanAction.class);

    static {
        for (PlanAction a : PlanAction.values()) {
            ROLES.put(a, Collections.unmodifiableSet(switch (a) {
                case REPLAN, REVISE -> EnumSet.copyOf(PREPARERS);
                case ADOPT -> EnumSet.of(Role.DECISION_MAKER);
                case SUPERSEDE -> EnumSet.noneOf(Role.class);
            }));
        }
    }

    private PlanPermissions() {
    }

    public static Set<Role> rolesFor(PlanAction action) {
        return ROLES.get(action);
    }

    /** Roles that create a year's first draft (and save what-if weights as a new risk model version). */
    public static Set<Role> rolesToCreate() {
        return PREPARERS;
    }

    public static boolean mayTake(Set<Role> callerRoles, PlanAction action) {
        return callerRoles.stream().anyMatch(ROLES.get(action)::contains);
    }

    public static boolean mayCreate(Set<Role> callerRoles) {
        return callerRoles.stream().anyMatch(PREPARERS::contains);
    }

    /** Actions the caller may take on a plan in {@code state}. */
    public static Set<PlanAction> allowed(PlanState state, Set<Role> callerRoles) {
        Set<PlanAction> allowed = EnumSet.noneOf(PlanAction.class);
        for (PlanAction a : PlanAction.values()) {
            if (a.isAllowedFrom(state) && mayTake(callerRoles, a)) {
                allowed.add(a);
            }
        }
        return allowed;
    }
}
