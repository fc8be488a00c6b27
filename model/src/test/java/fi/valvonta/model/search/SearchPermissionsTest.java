package fi.valvonta.model.search;

import fi.valvonta.model.security.Role;
import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.Set;

import static fi.valvonta.model.search.SearchHitType.COMPLAINT;
import static fi.valvonta.model.search.SearchHitType.INSPECTION;
import static fi.valvonta.model.search.SearchHitType.MEASURE_CASE;
import static org.junit.jupiter.api.Assertions.assertEquals;

class SearchPermissionsTest {

    @Test
    void eachRoleFindsWhatItReadsInTheRegisters() {
        assertEquals(EnumSet.of(COMPLAINT, INSPECTION), SearchPermissions.visibleTo(Set.of(Role.REGISTRAR)));
        assertEquals(EnumSet.allOf(SearchHitType.class), SearchPermissions.visibleTo(Set.of(Role.INSPECTOR)));
        assertEquals(EnumSet.allOf(SearchHitType.class), SearchPermissions.visibleTo(Set.of(Role.DECISION_MAKER)));
        assertEquals(EnumSet.allOf(SearchHitType.class), SearchPermissions.visibleTo(Set.of(Role.AUDITOR)));
        // the administrator does not read complaints (personal data): no complaint is found either
        assertEquals(EnumSet.of(MEASURE_CASE, INSPECTION), SearchPermissions.visibleTo(Set.of(Role.ADMIN)));
        assertEquals(EnumSet.noneOf(SearchHitType.class), SearchPermissions.visibleTo(Set.of()));
    }

    @Test
    void rolesAddUp() {
        assertEquals(EnumSet.allOf(SearchHitType.class), SearchPermissions.visibleTo(Set.of(Role.REGISTRAR, Role.ADMIN)));
    }
}
