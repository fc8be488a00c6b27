package fi.valvonta.it.support;

import org.jboss.arquillian.container.spi.client.container.DeployableContainer;
import org.jboss.arquillian.container.spi.client.deployment.DeploymentDescription;
import org.jboss.arquillian.container.spi.event.DeployDeployment;
import org.jboss.arquillian.container.spi.event.UnDeployDeployment;
import org.jboss.arquillian.container.spi.event.container.BeforeStop;
import org.jboss.arquillian.core.api.annotation.Observes;
import org.jboss.arquillian.core.spi.EventContext;
import org.jboss.arquillian.core.spi.LoadableExtension;
import org.jboss.shrinkwrap.api.Archive;

import java.util.logging.Logger;

/**
 * The application as it ships ({@link Deployments#application()}, marked {@link #MARKER}) is deployed once and kept
 * for the test classes that follow, instead of being deployed and undeployed around each class: about ten seconds a
 * class on this machine. Any other deployment (a test class that runs inside the server, or one that wants a
 * deployment of its own, {@link Deployments#freshApplication()}) first undeploys the kept one, which shares its name
 * and context root; the next class that asks for the shared application deploys it again. The kept one is undeployed
 * before the server stops, so that the server's configuration does not name a deployment whose content is gone.
 * Registered in {@code META-INF/services/org.jboss.arquillian.core.spi.LoadableExtension}; its interceptors run
 * inside Arquillian's container and deployment contexts (a lower precedence than the context handlers), where the
 * container's deployer is at hand.
 */
public class SharedDeployment {

    /** The entry that marks the shared application's archive. */
    public static final String MARKER = "META-INF/valvonta-it-shared-deployment.txt";

    private static final Logger LOG = Logger.getLogger(SharedDeployment.class.getName());

    private DeployableContainer<?> keptIn;
    private Archive<?> kept;

    /** Registers the observer with Arquillian. */
    public static class Extension implements LoadableExtension {
        @Override
        public void register(ExtensionBuilder builder) {
            builder.observer(SharedDeployment.class);
        }
    }

    public void deploy(@Observes(precedence = -10) EventContext<DeployDeployment> context) throws Exception {
        DeployDeployment event = context.getEvent();
        boolean shared = isShared(event.getDeployment().getDescription());
        if (shared && kept != null && keptIn == event.getDeployableContainer()) {
            event.getDeployment().deployed();
            return;
        }
        release();
        context.proceed();
        if (shared && event.getDeployment().isDeployed()) {
            kept = event.getDeployment().getDescription().getArchive();
            keptIn = event.getDeployableContainer();
        }
    }

    public void undeploy(@Observes(precedence = -10) EventContext<UnDeployDeployment> context) throws Exception {
        UnDeployDeployment event = context.getEvent();
        if (kept != null && keptIn == event.getDeployableContainer() && isShared(event.getDeployment().getDescription())) {
            event.getDeployment().undeployed();
            return;
        }
        context.proceed();
    }

    public void beforeStop(@Observes BeforeStop event) throws Exception {
        release();
    }

    private void release() throws Exception {
        if (kept != null) {
            LOG.info("undeploying the shared application");
            DeployableContainer<?> container = keptIn;
            Archive<?> archive = kept;
            kept = null;
            keptIn = null;
            container.undeploy(archive);
        }
    }

    private static boolean isShared(DeploymentDescription description) {
        return description.isArchiveDeployment() && !description.testable() && description.getArchive().contains(MARKER);
    }
}
