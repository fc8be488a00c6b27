package fi.valvonta.ejb.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Benchmark mode ({@code -Dvalvonta.benchmark=true}), for the load benchmark only: honoured only together with demo
 * mode, which a production server never runs in. It opens what the benchmark compares against and production must
 * never offer: a write without its audit record ({@link BenchmarkRequest}) and the case list's query through plain
 * JDBC.
 */
@ApplicationScoped
public class BenchmarkMode {

    @Inject
    @ConfigProperty(name = "valvonta.benchmark", defaultValue = "false")
    boolean requested;

    @Inject
    DemoMode demo;

    public boolean isEnabled() {
        return requested && demo.isEnabled();
    }
}
