package fi.valvonta.it.support;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.asset.EmptyAsset;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The one deployment every integration test uses: the EAR this module just built, as it ships (kept deployed across test classes: {@link SharedDeployment}). */
public final class Deployments {

    private Deployments() {
    }

    public static EnterpriseArchive application() {
        return freshApplication().add(EmptyAsset.INSTANCE, SharedDeployment.MARKER);
    }

    /**
     * The same EAR, deployed for the test class alone: for a test that reads what the deployment itself logs.
     * {@link #application()} is kept deployed from one test class to the next ({@link SharedDeployment}).
     */
    public static EnterpriseArchive freshApplication() {
        File ear = new File(System.getProperty("ear.file", "target/valvonta.ear"));
        if (!ear.isFile()) {
            throw new IllegalStateException("build the EAR first (mvn package): " + ear.getAbsolutePath());
        }
        return ShrinkWrap.create(ZipImporter.class, "valvonta.ear").importFrom(ear).as(EnterpriseArchive.class);
    }

    /**
     * The same EAR with the given test classes in lib/, for tests that run inside the server
     * (Arquillian runs them there and injects server resources into them).
     */
    public static EnterpriseArchive applicationWithTests(Class<?>... testClasses) {
        EnterpriseArchive ear = freshApplication();
        // Arquillian calls its runner servlet in the WAR; in the test deployment only, that path is public
        WebArchive war = ear.getAsType(WebArchive.class, WAR);
        String webXml = new String(readAll(war.get("WEB-INF/web.xml").getAsset().openStream()), StandardCharsets.UTF_8);
        String opened = webXml.replace("<url-pattern>/login.xhtml</url-pattern>",
                "<url-pattern>/login.xhtml</url-pattern>\n            <url-pattern>/ArquillianServletRunnerEE9</url-pattern>");
        if (opened.equals(webXml)) {
            throw new IllegalStateException("web.xml has no public login.xhtml constraint to extend");
        }
        war.delete("WEB-INF/web.xml");
        war.setWebXML(new StringAsset(opened));
        ear.delete(WAR);
        return ear.addAsModule(war).addAsLibrary(ShrinkWrap.create(JavaArchive.class, "valvonta-it.jar")
                .addClasses(testClasses)
                .addAsManifestResource(EmptyAsset.INSTANCE, "beans.xml"));
    }

    private static final String WAR = "valvonta-web.war";

    private static byte[] readAll(InputStream in) {
        try (in) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
