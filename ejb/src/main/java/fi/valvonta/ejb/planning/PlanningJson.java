package fi.valvonta.ejb.planning;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;

import java.lang.reflect.Type;

/** The one JSON-B instance of the planning module: stored risk models, snapshots and frozen entries. */
public final class PlanningJson {

    private static final Jsonb JSONB = JsonbBuilder.create(new JsonbConfig().withFormatting(false));

    private PlanningJson() {
    }

    public static String write(Object value) {
        return JSONB.toJson(value);
    }

    public static <T> T read(String json, Class<T> type) {
        return JSONB.fromJson(json, type);
    }

    public static <T> T read(String json, Type type) {
        return JSONB.fromJson(json, type);
    }
}
