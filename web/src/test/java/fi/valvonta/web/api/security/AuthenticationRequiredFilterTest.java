package fi.valvonta.web.api.security;

import fi.valvonta.web.api.intake.PublicComplaintResource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.container.ResourceInfo;
import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AuthenticationRequiredFilterTest {

    static class Closed {
        public void read() { }
    }

    @PermitAll
    static class Open {
        public void read() { }

        @RolesAllowed("ADMIN")
        public void administer() { }
    }

    static class Mixed {
        @PermitAll
        public void open() { }

        public void closed() { }
    }

    private static ResourceInfo info(Class<?> type, String method) throws NoSuchMethodException {
        Method m = type.getMethod(method);
        return new ResourceInfo() {
            @Override public Method getResourceMethod() { return m; }
            @Override public Class<?> getResourceClass() { return type; }
        };
    }

    @Test
    void onlyWhatSaysPermitAllIsOpenToAnyone() throws Exception {
        assertFalse(AuthenticationRequiredFilter.isPublic(info(Closed.class, "read")));
        assertTrue(AuthenticationRequiredFilter.isPublic(info(Open.class, "read")));
        assertFalse(AuthenticationRequiredFilter.isPublic(info(Open.class, "administer")), "a method's roles win");
        assertTrue(AuthenticationRequiredFilter.isPublic(info(Mixed.class, "open")));
        assertFalse(AuthenticationRequiredFilter.isPublic(info(Mixed.class, "closed")));
        assertFalse(AuthenticationRequiredFilter.isPublic(null), "no matched resource (404): the filter decides as before");
    }

    /** Exactly the public e-service is open: no other resource of the API says PermitAll, on itself or a method. */
    @Test
    void thePublicEServiceIsTheOnePermitAllResource() throws Exception {
        assertTrue(AuthenticationRequiredFilter.isPublic(info(PublicComplaintResource.class, "entities")));
        JavaClasses api = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPaths(Path.of("target/classes/fi/valvonta/web/api"));
        Set<String> open = new TreeSet<>();
        for (JavaClass c : api) {
            if (c.isAnnotatedWith(PermitAll.class) || c.getMethods().stream().anyMatch(m -> m.isAnnotatedWith(PermitAll.class))) {
                open.add(c.getName());
            }
        }
        assertTrue(api.size() > 20, "the API's classes are read: " + api.size());
        assertEquals(Set.of(PublicComplaintResource.class.getName()), open);
    }
}
