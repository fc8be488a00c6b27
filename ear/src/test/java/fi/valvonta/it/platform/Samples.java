package fi.valvonta.it.platform;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

/**
 * A plausible value for an OpenAPI schema: every property filled, the first enum constant, a date for a date,
 * so that a request gets past the input checks to the access check (or, for the fuzz, is a base to spoil).
 */
final class Samples {

    private Samples() {
    }

    static JsonValue of(JsonObject schema, JsonObject schemas, int depth) {
        if (schema.containsKey("$ref")) {
            String name = schema.getString("$ref").substring(schema.getString("$ref").lastIndexOf('/') + 1);
            return schemas.containsKey(name) ? of(schemas.getJsonObject(name), schemas, depth + 1) : JsonValue.EMPTY_JSON_OBJECT;
        }
        if (schema.containsKey("allOf")) {
            return of(schema.getJsonArray("allOf").getJsonObject(0), schemas, depth + 1);
        }
        if (schema.containsKey("enum")) {
            return schema.getJsonArray("enum").get(0);
        }
        String type = schema.getString("type", schema.containsKey("properties") ? "object" : "string");
        String format = schema.getString("format", "");
        switch (type) {
            case "object" -> {
                JsonObjectBuilder o = Json.createObjectBuilder();
                if (depth < 5 && schema.containsKey("properties")) {
                    schema.getJsonObject("properties").forEach((k, v) -> o.add(k, of(v.asJsonObject(), schemas, depth + 1)));
                }
                return o.build();
            }
            case "array" -> {
                JsonArrayBuilder a = Json.createArrayBuilder();
                if (schema.containsKey("items")) {
                    a.add(of(schema.getJsonObject("items"), schemas, depth + 1));
                }
                return a.build();
            }
            case "integer" -> {
                return Json.createValue(Math.max(1, schema.containsKey("minimum") ? schema.getJsonNumber("minimum").longValue() : 1));
            }
            case "number" -> {
                double max = schema.containsKey("maximum") ? schema.getJsonNumber("maximum").doubleValue() : 1;
                double min = schema.containsKey("minimum") ? schema.getJsonNumber("minimum").doubleValue() : 0;
                return Json.createValue(max >= 0.5 ? Math.max(0.5, min) : min);
            }
            case "boolean" -> {
                return JsonValue.FALSE;
            }
            default -> {
                return Json.createValue(switch (format) {
                    case "date" -> "2026-01-15";
                    case "date-time" -> "2026-01-15T10:00:00Z";
                    default -> "x";
                });
            }
        }
    }

    /** A value as it goes into a query string. */
    static String plain(JsonValue v) {
        return v instanceof JsonString s ? s.getString() : v.toString();
    }
}
