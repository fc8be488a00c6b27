package fi.valvonta.model.work;

import fi.valvonta.model.security.Role;
import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static fi.valvonta.model.work.WorkItem.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which roles see which work item on the home page. */
class WorkPermissionsTest {

    @Test
    void theRegistryPassesOnNewComplaints() {
        assertEquals(List.of(UNASSIGNED_COMPLAINTS), WorkPermissions.visibleTo(EnumSet.of(Role.REGISTRAR)));
    }

    @Test
    void theInspectorPreparesPresentsAndCarriesOut() {
        assertEquals(List.of(COMPLAINTS_OVERDUE, COMPLAINTS_DUE_SOON, STATEMENTS_OVERDUE, HEARINGS_OVERDUE,
                        MEASURES_TO_SERVE, MEASURES_AWAITING_FINALITY, FOLLOW_UPS_DUE, INSPECTIONS_THIS_MONTH),
                WorkPermissions.visibleTo(EnumSet.of(Role.INSPECTOR)));
    }

    @Test
    void theDecisionMakerDecidesAndSeesTheDeadlinesOfWhatAwaitsThem() {
        assertEquals(List.of(COMPLAINTS_OVERDUE, COMPLAINTS_DUE_SOON, COMPLAINTS_TO_DECIDE, MEASURES_TO_DECIDE),
                WorkPermissions.visibleTo(EnumSet.of(Role.DECISION_MAKER)));
    }

    @Test
    void aDecisionMakerWhoIsAlsoAnInspectorSeesBothOnceEach() {
        List<WorkItem> both = WorkPermissions.visibleTo(EnumSet.of(Role.DECISION_MAKER, Role.INSPECTOR));
        assertEquals(List.of(COMPLAINTS_OVERDUE, COMPLAINTS_DUE_SOON, STATEMENTS_OVERDUE, COMPLAINTS_TO_DECIDE,
                HEARINGS_OVERDUE, MEASURES_TO_DECIDE, MEASURES_TO_SERVE, MEASURES_AWAITING_FINALITY, FOLLOW_UPS_DUE,
                INSPECTIONS_THIS_MONTH), both);
    }

    @Test
    void administratorsAuditorsAndTheRolelessHaveNoQueue() {
        assertEquals(List.of(), WorkPermissions.visibleTo(EnumSet.of(Role.ADMIN, Role.AUDITOR)));
        assertEquals(List.of(), WorkPermissions.visibleTo(EnumSet.noneOf(Role.class)));
    }

    @Test
    void everyItemIsSeenBySomeRoleThatMayReadTheListItLinksTo() {
        for (WorkItem item : WorkItem.values()) {
            Set<Role> roles = WorkPermissions.rolesFor(item);
            assertTrue(!roles.isEmpty(), item.toString());
            assertTrue(item.list().readers().containsAll(roles), item + " links to " + item.list() + ", read by "
                    + item.list().readers() + ", not by all of " + roles);
        }
    }

    @Test
    void complaintItemsLinkToComplaintsMeasureItemsToMeasuresAndInspectionsToInspections() {
        for (WorkItem item : WorkItem.values()) {
            WorkList expected = item.name().contains("INSPECTION") ? WorkList.INSPECTIONS
                    : item.name().contains("COMPLAINT") || item == STATEMENTS_OVERDUE ? WorkList.COMPLAINTS
                    : WorkList.MEASURES;
            assertEquals(expected, item.list(), item.toString());
            assertEquals(item.name(), item.code());
        }
    }
}
