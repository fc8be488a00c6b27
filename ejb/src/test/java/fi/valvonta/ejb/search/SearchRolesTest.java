package fi.valvonta.ejb.search;

import fi.valvonta.ejb.complaint.ComplaintQueryService;
import fi.valvonta.ejb.inspection.InspectionService;
import fi.valvonta.ejb.measure.MeasureService;
import fi.valvonta.model.complaint.ComplaintPermissions;
import fi.valvonta.model.inspection.InspectionPermissions;
import fi.valvonta.model.measure.MeasurePermissions;
import fi.valvonta.model.security.Role;
import jakarta.annotation.security.RolesAllowed;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The search finds what the registers let each role read: the read sets it takes from the permission tables
 * are the registers' own services' guards; and every role may search.
 */
class SearchRolesTest {

    @Test
    void theReadSetsAreTheRegistersGuards() {
        assertEquals(ComplaintPermissions.READ, rolesAllowed(ComplaintQueryService.class));
        assertEquals(MeasurePermissions.READ, rolesAllowed(MeasureService.class));
        assertEquals(InspectionPermissions.READ, rolesAllowed(InspectionService.class));
    }

    @Test
    void everyRoleMaySearch() {
        assertEquals(EnumSet.allOf(Role.class), rolesAllowed(SearchService.class));
    }

    private static Set<Role> rolesAllowed(Class<?> service) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        Arrays.stream(service.getAnnotation(RolesAllowed.class).value()).map(Role::valueOf).forEach(roles::add);
        return roles;
    }
}
