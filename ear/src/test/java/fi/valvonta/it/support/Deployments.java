package fi.valvonta.it.support;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;

import java.io.File;

/** The one deployment every integration test uses: the EAR this module just built, as it ships. */
public final class Deployments {

    private Deployments() {
    }

    public static EnterpriseArchive application() {
        File ear = new File(System.getProperty("ear.file", "target/valvonta.ear"));
        if (!ear.isFile()) {
            throw new IllegalStateException("build the EAR first (mvn package): " + ear.getAbsolutePath());
        }
        return ShrinkWrap.create(ZipImporter.class, "valvonta.ear").importFrom(ear).as(EnterpriseArchive.class);
    }
}
