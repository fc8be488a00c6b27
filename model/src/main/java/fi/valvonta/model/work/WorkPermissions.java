package fi.valvonta.model.work;

import fi.valvonta.model.security.Role;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which roles see which work item: the registry passes new complaints on; the inspector prepares,
 * presents and carries out (complaints, statements, hearings, service, finality, follow-ups,
 * inspections); the decision maker decides, and has the deadlines of what awaits them; the
 * administrator and the auditor have no work queue. The one table; every role of an item may read the
 * list its count links to ({@link WorkList#readers()}).
 */
public final class WorkPermissions {

    private static final Map<WorkItem, Set<Role>> ROLES = new EnumMap<>(WorkItem.class);

    static {
        for (WorkItem item : WorkItem.values()) {
            ROLES.put(item, switch (item) {
                case UNASSIGNED_COMPLAINTS -> EnumSet.of(Role.REGISTRAR);
                case COMPLAINTS_OVERDUE, COMPLAINTS_DUE_SOON -> EnumSet.of(Role.INSPECTOR, Role.DECISION_MAKER);
                case STATEMENTS_OVERDUE, HEARINGS_OVERDUE, MEASURES_TO_SERVE, MEASURES_AWAITING_FINALITY,
                     FOLLOW_UPS_DUE, INSPECTIONS_THIS_MONTH -> EnumSet.of(Role.INSPECTOR);
                case COMPLAINTS_TO_DECIDE, MEASURES_TO_DECIDE -> EnumSet.of(Role.DECISION_MAKER);
            });
        }
    }

    private WorkPermissions() {
    }

    /** The roles that see {@code item}. */
    public static Set<Role> rolesFor(WorkItem item) {
        return Collections.unmodifiableSet(ROLES.get(item));
    }

    /** The items a caller with {@code roles} sees, in the order of {@link WorkItem}; none for no role. */
    public static List<WorkItem> visibleTo(Set<Role> roles) {
        return Arrays.stream(WorkItem.values()).filter(i -> roles.stream().anyMatch(ROLES.get(i)::contains)).toList();
    }
}
