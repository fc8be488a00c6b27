package fi.valvonta.model.measure;

import fi.valvonta.model.security.Role;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Which roles may take which measure action: the inspector drafts, hears the party, presents, serves
 * and records what follows (esittelijä); the decision maker decides (ratkaisija); the auditor and the
 * admin only read. The one list of roles per action; the EJB's {@code @RolesAllowed} are the
 * container's guard and agree with {@link #admittedToTry}.
 */
public final class MeasurePermissions {

    private static final Map<MeasureAction, Set<Role>> ROLES = new EnumMap<>(MeasureAction.class);

    static {
        for (MeasureAction a : MeasureAction.values()) {
            ROLES.put(a, switch (a) {
                case REVISE, REQUEST_HEARING, RECORD_HEARING_RESPONSE, PROPOSE, SERVE, SEND_ELECTRONICALLY, RECORD_COMPLIANCE,
                     RECORD_APPEAL, RECORD_COURT_OUTCOME, REBUT_SERVICE_DATE, RECORD_FURTHER_APPEAL,
                     RECORD_SUPREME_COURT_DECISION, CORRECT, DRAFT_NEXT_STEP -> EnumSet.of(Role.INSPECTOR);
                case DECIDE -> EnumSet.of(Role.DECISION_MAKER);
            });
        }
    }

    /** Who reads the register of measures and a measure (the service's class-level {@code @RolesAllowed}). */
    public static final Set<Role> READ = Collections.unmodifiableSet(
            EnumSet.of(Role.INSPECTOR, Role.DECISION_MAKER, Role.AUDITOR, Role.ADMIN));

    /** Who may open a measure case and draft a measure on it (a correction and the ladder's next step alike). */
    public static final Set<Role> DRAFTERS = Collections.unmodifiableSet(EnumSet.of(Role.INSPECTOR));

    private MeasurePermissions() {
    }

    public static boolean mayDraft(Set<Role> callerRoles) {
        return callerRoles.stream().anyMatch(DRAFTERS::contains);
    }

    /** The roles that may take {@code action}. */
    public static Set<Role> rolesFor(MeasureAction action) {
        return Collections.unmodifiableSet(ROLES.get(action));
    }

    /**
     * The roles the container lets ask for {@code action}: {@link #rolesFor} and, for DECIDE, the
     * inspector too, so that an inspector who asks is refused by the measure with the rule's own code
     * (the presenter: {@code presenter-cannot-decide}; a colleague: {@code measure.decider-not-decision-maker})
     * rather than by a bare 403.
     */
    public static Set<Role> admittedToTry(MeasureAction action) {
        Set<Role> roles = EnumSet.copyOf(ROLES.get(action));
        if (action == MeasureAction.DECIDE) {
            roles.add(Role.INSPECTOR);
        }
        return Collections.unmodifiableSet(roles);
    }

    public static boolean mayTake(Set<Role> callerRoles, MeasureAction action) {
        return callerRoles.stream().anyMatch(ROLES.get(action)::contains);
    }
}
