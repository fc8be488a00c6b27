package fi.valvonta.ejb.platform;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

/**
 * What the load benchmark asked of this request: to make its change without the audit record, so that the audit's
 * cost is measured as the same write with and without it. Only in {@link BenchmarkMode} (a demo-mode server started
 * with {@code -Dvalvonta.benchmark=true}); on any other server the request is ignored and every change is audited.
 */
@RequestScoped
public class BenchmarkRequest {

    @Inject
    BenchmarkMode mode;

    private boolean skipAudit;

    /** The benchmark's "same write without its audit record"; ignored outside benchmark mode. */
    public void withoutAuditRecord() {
        skipAudit = mode.isEnabled();
    }

    public boolean skipsAuditRecord() {
        return skipAudit;
    }
}
