package fi.valvonta.ejb.risk;

import fi.valvonta.model.risk.RiskPermissions;
import fi.valvonta.model.security.Role;
import jakarta.annotation.security.RolesAllowed;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Every change of the risk model's inputs is guarded by the container with the permission table's roles. */
class IndicatorServiceRolesTest {

    @Test
    void everyWritingMethodAdmitsTheIndicatorEditors() {
        Set<String> guarded = Arrays.stream(IndicatorService.class.getDeclaredMethods())
                .filter(m -> Modifier.isPublic(m.getModifiers()) && m.isAnnotationPresent(RolesAllowed.class))
                .map(Method::getName).collect(Collectors.toSet());
        assertEquals(Set.of("record", "importIndicators", "importSignals"), guarded);
        for (Method m : IndicatorService.class.getDeclaredMethods()) {
            if (guarded.contains(m.getName())) {
                Set<Role> roles = EnumSet.noneOf(Role.class);
                Arrays.stream(m.getAnnotation(RolesAllowed.class).value()).map(Role::valueOf).forEach(roles::add);
                assertEquals(RiskPermissions.INDICATOR_EDITORS, roles, m.getName());
            }
        }
    }
}
