package fi.valvonta.web.api.platform;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/**
 * One JSON-B instance for the whole API. A {@link Jsonb} keeps what it learns of each class (its properties, the
 * serializers of its members); without a resolver the server's provider built that knowledge anew for every
 * response, which was a third of the CPU of a list request (load benchmark, README). Yasson's instances are
 * thread-safe; the default configuration is the one the API had.
 */
@Provider
public class JsonbResolver implements ContextResolver<Jsonb> {

    private static final Jsonb JSONB = JsonbBuilder.create();

    /** The shared instance, also for writers outside JAX-RS (the servlet filters' problem details). */
    public static Jsonb jsonb() {
        return JSONB;
    }

    @Override
    public Jsonb getContext(Class<?> type) {
        return JSONB;
    }
}
