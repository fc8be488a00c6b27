package fi.valvonta.it.security;

import fi.valvonta.ejb.complaint.ComplaintStore;
import fi.valvonta.ejb.complaint.InspectorRef;
import fi.valvonta.ejb.security.UserDirectory;
import fi.valvonta.it.support.Api;
import fi.valvonta.it.support.Deployments;
import fi.valvonta.it.support.Users;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.Archive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The directory's names as pages read them in one query each: every user's display name (a list's assignees), and
 * the active inspectors a case can be assigned to — not a user who is not an inspector, nor one deactivated.
 */
@ExtendWith(ArquillianExtension.class)
class DirectoryNamesIT {

    @Deployment
    static Archive<?> deployment() {
        return Deployments.applicationWithTests(DirectoryNamesIT.class, Api.class, Api.Reply.class, Users.class);
    }

    @EJB(lookup = "java:global/valvonta/valvonta-ejb/UserDirectory")
    UserDirectory users;

    @Inject
    ComplaintStore store;

    @Test
    void displayNamesAreEveryUsersAndInspectorsOnlyTheActiveInspectors() {
        String inspector = Users.uniqueName("nimi");
        String registrar = Users.uniqueName("nimi");
        String leaving = Users.uniqueName("nimi");
        Users.create(inspector, "INSPECTOR", "REGISTRAR");
        Users.create(registrar, "REGISTRAR");
        int leavingId = Users.create(leaving, "INSPECTOR");
        Api.Reply deactivated = Api.as("admin").post("/users/" + leavingId + "/deactivate", "");
        assertEquals(200, deactivated.status(), deactivated.toString());

        Map<String, String> names = users.displayNames();
        assertEquals("IT " + inspector, names.get(inspector));
        assertEquals("IT " + registrar, names.get(registrar));
        assertEquals("IT " + leaving, names.get(leaving), "a former official is still named in old cases");
        assertEquals(users.displayNameOf("tarkastaja").orElseThrow(), names.get("tarkastaja"), "the demo inspector");

        List<String> inspectors = store.inspectors().stream().map(InspectorRef::username).toList();
        assertTrue(inspectors.contains(inspector), inspectors.toString());
        assertTrue(inspectors.contains("tarkastaja"), inspectors.toString());
        assertFalse(inspectors.contains(registrar), "not an inspector");
        assertFalse(inspectors.contains(leaving), "deactivated");
        assertEquals(inspectors.stream().sorted().toList(), inspectors, "by user name");
        assertEquals(inspectors.stream().distinct().count(), inspectors.size(), "each once");
        assertEquals("IT " + inspector, store.inspectors().stream().filter(i -> i.username().equals(inspector))
                .findFirst().orElseThrow().displayName());
    }
}
