package fi.valvonta.ejb.platform;

import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The EJB module's Bean Validation configuration (its factory is the server's; PersistenceIT checks the web module's). */
class ValidationConfigTest {

    @Test
    void theEjbModuleValidatesWithTheResolverThatAsksNoPersistenceProvider() throws Exception {
        try (InputStream in = getClass().getResourceAsStream("/META-INF/validation.xml")) {
            assertNotNull(in, "META-INF/validation.xml of the EJB module");
            String xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(xml.contains("<traversable-resolver>" + CommandsTraversable.class.getName() + "</traversable-resolver>"), xml);
        }
    }
}
