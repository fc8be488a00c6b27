package fi.valvonta.ejb.planning;

import fi.valvonta.ejb.inspection.InspectionService;
import fi.valvonta.ejb.risk.RiskModelService;

import fi.valvonta.model.inspection.InspectionAction;
import fi.valvonta.model.inspection.InspectionPermissions;
import fi.valvonta.model.planning.PlanAction;
import fi.valvonta.model.planning.PlanPermissions;
import fi.valvonta.model.security.Role;
import jakarta.annotation.security.RolesAllowed;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The container's {@code @RolesAllowed} guards of the planning and inspection services say what the
 * permission tables say: one list of roles per action, checked twice.
 */
class PlanningRolesTest {

    private static final Set<Role> EVERY_READER = EnumSet.allOf(Role.class);

    @Test
    void planningServiceGuardsAgreeWithPlanPermissions() {
        assertEquals(PlanPermissions.rolesFor(PlanAction.ADOPT), guard(PlanningService.class, "adopt"));
        assertEquals(PlanPermissions.rolesFor(PlanAction.REPLAN), guard(PlanningService.class, "replan"));
        assertEquals(PlanPermissions.rolesFor(PlanAction.REPLAN), guard(PlanningService.class, "replanWithNewModel"));
        assertEquals(PlanPermissions.rolesFor(PlanAction.REVISE), guard(PlanningService.class, "revise"));
        assertEquals(PlanPermissions.rolesToCreate(), guard(PlanningService.class, "create"));
        assertEquals(EVERY_READER, guard(PlanningService.class, "list"), "every role reads plans");
        assertEquals(EVERY_READER, guard(PlanningService.class, "whatIf"), "a what-if is not saved: every role may try one");
    }

    @Test
    void savingWhatIfWeightsAsAModelNeedsNoRoleBeyondReplanning() {
        assertEquals(guard(RiskModelService.class, "create"), guard(PlanningService.class, "replanWithNewModel"));
    }

    @Test
    void inspectionServiceGuardsAgreeWithInspectionPermissions() {
        assertEquals(InspectionPermissions.rolesFor(InspectionAction.RESCHEDULE), guard(InspectionService.class, "reschedule"));
        assertEquals(InspectionPermissions.rolesFor(InspectionAction.RECORD_FINDING), guard(InspectionService.class, "recordFinding"));
        assertEquals(InspectionPermissions.rolesFor(InspectionAction.COMPLETE), guard(InspectionService.class, "complete"));
        assertEquals(InspectionPermissions.rolesToSchedule(), guard(InspectionService.class, "schedule"));
        assertEquals(EVERY_READER, guard(InspectionService.class, "list"), "every role reads inspections");
    }

    /** The roles of the method's own {@code @RolesAllowed}, else the class's. */
    private static Set<Role> guard(Class<?> service, String method) {
        Method m = Arrays.stream(service.getMethods()).filter(x -> x.getName().equals(method)).findFirst().orElseThrow();
        RolesAllowed roles = m.isAnnotationPresent(RolesAllowed.class) ? m.getAnnotation(RolesAllowed.class)
                : service.getAnnotation(RolesAllowed.class);
        Set<Role> set = EnumSet.noneOf(Role.class);
        Arrays.stream(roles.value()).map(Role::valueOf).forEach(set::add);
        return set;
    }
}
