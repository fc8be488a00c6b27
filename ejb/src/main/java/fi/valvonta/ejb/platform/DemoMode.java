package fi.valvonta.ejb.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Demo mode (-Dvalvonta.demo=true): demo users with the password "demo" and labelled demo data. */
@Named
@ApplicationScoped
public class DemoMode {

    @Inject
    @ConfigProperty(name = "valvonta.demo", defaultValue = "false")
    boolean enabled;

    public boolean isEnabled() {
        return enabled;
    }
}
