package fi.valvonta.web.api.platform;

import fi.valvonta.ejb.platform.BenchmarkRequest;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;

/**
 * The load benchmark's header {@code Valvonta-Benchmark: skip-audit}: the request's change is made without its audit
 * record, to measure the audit's cost. Honoured only in benchmark mode ({@link fi.valvonta.ejb.platform.BenchmarkMode},
 * demo servers only); any other server ignores the header.
 */
@Provider
public class BenchmarkFilter implements ContainerRequestFilter {

    static final String HEADER = "Valvonta-Benchmark";

    @Inject
    BenchmarkRequest benchmark;

    @Override
    public void filter(ContainerRequestContext request) {
        if ("skip-audit".equals(request.getHeaderString(HEADER))) {
            benchmark.withoutAuditRecord();
        }
    }
}
