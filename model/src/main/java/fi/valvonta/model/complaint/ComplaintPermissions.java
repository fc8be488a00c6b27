package fi.valvonta.model.complaint;

import fi.valvonta.model.security.Role;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Which roles may take which complaint action. The inspector investigates and presents (esittelijä),
 * the decision maker decides (ratkaisija), the registry (kirjaamo) records what comes in and goes out;
 * the auditor only reads. Read together with {@link ComplaintState#allowedActions()}; the actions a
 * caller may take on one complaint are {@link Complaint#allowedActions(Set, String)}. The services'
 * {@code @RolesAllowed} enforce the same sets.
 */
public final class ComplaintPermissions {

    private static final Map<ComplaintAction, Set<Role>> ROLES = new EnumMap<>(ComplaintAction.class);

    static {
        for (ComplaintAction a : ComplaintAction.values()) {
            ROLES.put(a, switch (a) {
                case START_ASSESSMENT, REQUEST_SUPPLEMENT, REQUEST_STATEMENT, REQUEST_REPLY, START_PREPARATION,
                     PROPOSE, PROPOSE_NOT_INVESTIGATED -> EnumSet.of(Role.INSPECTOR);
                // incoming mail (a supplement) and outgoing service are the registry's daily work
                case RECEIVE_SUPPLEMENT, SERVE, CLOSE, WITHDRAW -> EnumSet.of(Role.REGISTRAR, Role.INSPECTOR);
                // the presenter may take back a proposal; the decision maker may send it back
                case RETURN_FOR_PREPARATION, RETURN_TO_ASSESSMENT -> EnumSet.of(Role.INSPECTOR, Role.DECISION_MAKER);
                // HL 53 b §: not investigating is decided like any other complaint decision
                case DECIDE, NOT_INVESTIGATE -> EnumSet.of(Role.DECISION_MAKER);
                // HL 21 §: a transfer to the competent authority at intake, proposed by screening
                case TRANSFER -> EnumSet.of(Role.INSPECTOR, Role.DECISION_MAKER);
            });
        }
    }

    /** Who reads the register: the case list, a case, its documents (the services' class-level {@code @RolesAllowed}). */
    public static final Set<Role> READ = Collections.unmodifiableSet(
            EnumSet.of(Role.REGISTRAR, Role.INSPECTOR, Role.DECISION_MAKER, Role.AUDITOR));
    /** Assigning a complaint to an inspector, or clearing the assignment. */
    public static final Set<Role> ASSIGN = Collections.unmodifiableSet(
            EnumSet.of(Role.REGISTRAR, Role.INSPECTOR, Role.DECISION_MAKER));
    /** HL 53 b § 3 mom: judging that an old matter is investigated for a special reason. */
    public static final Set<Role> RECORD_SPECIAL_REASON = Collections.unmodifiableSet(
            EnumSet.of(Role.INSPECTOR, Role.DECISION_MAKER));
    /** Tietosuojalaki 29 §: masking identity numbers, part of registering what came in. */
    public static final Set<Role> MASK_IDENTITY_NUMBERS = Collections.unmodifiableSet(
            EnumSet.of(Role.REGISTRAR, Role.INSPECTOR));
    /** HL 30 §: an official declares their own disqualification in a case they would handle. */
    public static final Set<Role> DECLARE_DISQUALIFICATION = Collections.unmodifiableSet(
            EnumSet.of(Role.INSPECTOR, Role.DECISION_MAKER));
    /** Recording a statement that came (incoming mail). */
    public static final Set<Role> RECORD_STATEMENT = Collections.unmodifiableSet(
            EnumSet.of(Role.REGISTRAR, Role.INSPECTOR));
    /** Adding a document to the case file. */
    public static final Set<Role> ADD_DOCUMENTS = Collections.unmodifiableSet(
            EnumSet.of(Role.REGISTRAR, Role.INSPECTOR));

    private ComplaintPermissions() {
    }

    /** Whether any of {@code callerRoles} is one of {@code allowed} (e.g. {@link #ASSIGN}). */
    public static boolean mayAny(Set<Role> callerRoles, Set<Role> allowed) {
        return callerRoles.stream().anyMatch(allowed::contains);
    }

    public static Set<Role> rolesFor(ComplaintAction action) {
        return Collections.unmodifiableSet(ROLES.get(action));
    }

    public static boolean mayTake(Set<Role> callerRoles, ComplaintAction action) {
        return callerRoles.stream().anyMatch(ROLES.get(action)::contains);
    }

    /** Actions the caller may take on a complaint in {@code state}. */
    public static Set<ComplaintAction> allowed(ComplaintState state, Set<Role> callerRoles) {
        Set<ComplaintAction> allowed = EnumSet.noneOf(ComplaintAction.class);
        for (ComplaintAction a : state.allowedActions()) {
            if (mayTake(callerRoles, a)) {
                allowed.add(a);
            }
        }
        return allowed;
    }
}
