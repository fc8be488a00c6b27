package fi.valvonta.it.platform;

import fi.valvonta.it.support.Deployments;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.Archive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Bad input to every endpoint of the OpenAPI document, as a role the access matrix allows: malformed JSON, each
 * property of a plausible body made the wrong type, huge, negative or enormous, an unknown enum constant or an
 * impossible date, and path parameters that are not numbers. No answer may be a 5xx or show a stack trace.
 * Deterministic (a fixed seed); {@code -Dfuzz.rounds=N} runs N rounds of random mutations per endpoint (default 1)
 * for a longer run ({@code config/src/main/benchmark/fuzz.sh}).
 */
@ExtendWith(ArquillianExtension.class)
class BadInputFuzzIT {

    private static final long SEED = 20_261_202L;
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private static final Pattern STACK_TRACE = Pattern.compile("\\bat [a-z]+(\\.[a-zA-Z0-9_$]+)+\\(|Exception:|\\tat ");
    /** Calls whose success would change shared state for the rest of the suite (a password, the registry, the nightly jobs). */
    private static final Set<String> LEFT_OUT = Set.of(
            "POST /valvonta/api/v1/me/password",
            "POST /valvonta/api/v1/employment-areas",
            "POST /valvonta/api/v1/complaints/deadline-check",
            "POST /valvonta/api/v1/notifications/deadline-digest");
    private static final List<JsonValue> BAD_VALUES = List.of(
            Json.createValue("x".repeat(100_000)), Json.createValue(-1), Json.createValue(-999_999_999_999L),
            Json.createValue(new java.math.BigDecimal("1e400")), Json.createValue(new java.math.BigInteger("99999999999999999999999")),
            Json.createValue("NOT_A_CONSTANT"), Json.createValue("2026-02-30"), Json.createValue("yesterday"),
            Json.createValue(""), JsonValue.TRUE, JsonValue.NULL, Json.createArrayBuilder().add(1).build(),
            JsonValue.EMPTY_JSON_OBJECT, Json.createValue("\u0000\uFFFF<script>"));
    private static final List<String> MALFORMED = List.of("{\"a\":", "[", "nul", "{\"a\":1}}", "\u00ff\u00fe", "{'a':1}",
            "{\"a\":\"\\uZZZZ\"}", "1e99999");
    private static final List<String> BAD_PATH = List.of("abc", "-1", "99999999999999999999", "1.5", "%20", "0x10");

    @Deployment(testable = false)
    static Archive<?> deployment() {
        return Deployments.application();
    }

    @Test
    void noBadInputGetsAServerErrorOrAStackTrace() throws Exception {
        int rounds = Integer.getInteger("fuzz.rounds", 1);
        Random random = new Random(SEED);
        Map<String, AccessMatrixIT.Row> rows = new LinkedHashMap<>();
        AccessMatrixIT.matrix().forEach(r -> rows.put(r.key(), r));
        List<String> failures = new ArrayList<>();
        int sent = 0;
        for (AccessMatrixIT.Operation op : AccessMatrixIT.openApi()) {
            AccessMatrixIT.Row row = rows.get(op.key());
            if (row == null || row.allowed().isEmpty() || LEFT_OUT.contains(op.key())) {
                continue;
            }
            String role = row.allowed().iterator().next();
            String user = AccessMatrixIT.USERS.get(role);
            String path = AccessMatrixIT.concrete(op);
            List<String[]> cases = new ArrayList<>();
            // path parameters that are not what they should be
            if (!op.pathTypes().isEmpty()) {
                for (int i = 0; i < rounds + 1; i++) {
                    cases.add(new String[]{path.replace("999999999", BAD_PATH.get(random.nextInt(BAD_PATH.size()))), op.sampleBody()});
                }
            }
            // query parameters: every one the operation takes, each with a bad value
            for (int i = 0; i < (op.queryNames().isEmpty() ? 0 : rounds); i++) {
                String value = Samples.plain(BAD_VALUES.get(random.nextInt(BAD_VALUES.size())));
                cases.add(new String[]{path + "?" + queryOf(op, value), op.sampleBody()});
            }
            if (op.contentType() != null && op.contentType().equals("application/json")) {
                for (int i = 0; i < rounds; i++) {
                    cases.add(new String[]{path, MALFORMED.get(random.nextInt(MALFORMED.size()))});
                }
                JsonValue base = Json.createReader(new java.io.StringReader(op.sampleBody())).readValue();
                for (int i = 0; i < rounds * 2; i++) {
                    cases.add(new String[]{path, spoil(base, random).toString()});
                }
            }
            for (String[] c : cases) {
                HttpResponse<String> r = send(op.method(), c[0], c[1], op.contentType(), user);
                sent++;
                if (r.statusCode() >= 500 || STACK_TRACE.matcher(r.body()).find()) {
                    failures.add(op.method() + " " + c[0].substring(0, Math.min(c[0].length(), 200)) + " as " + role + " → "
                            + r.statusCode() + " body " + abbreviate(c[1]) + " answered " + abbreviate(r.body()));
                }
            }
        }
        assertTrue(sent > 150, "too few requests: " + sent);
        assertTrue(failures.isEmpty(), failures.size() + " of " + sent + " bad requests failed badly:\n" + String.join("\n", failures));
    }

    private static String queryOf(AccessMatrixIT.Operation op, String value) {
        String encoded = java.net.URLEncoder.encode(value.length() > 2000 ? value.substring(0, 2000) : value, StandardCharsets.UTF_8);
        List<String> names = op.queryNames().isEmpty() ? List.of("id") : op.queryNames();
        return String.join("&", names.stream().map(n -> n + "=" + encoded).toList());
    }

    /** The body with one property (at the top or one level down) replaced by a bad value. */
    private static JsonValue spoil(JsonValue base, Random random) {
        if (!(base instanceof JsonObject o) || o.isEmpty()) {
            return BAD_VALUES.get(random.nextInt(BAD_VALUES.size()));
        }
        List<String> keys = new ArrayList<>(o.keySet());
        String key = keys.get(random.nextInt(keys.size()));
        JsonObjectBuilder b = Json.createObjectBuilder(o);
        JsonValue inner = o.get(key);
        b.add(key, inner instanceof JsonObject && random.nextBoolean() ? spoil(inner, random)
                : BAD_VALUES.get(random.nextInt(BAD_VALUES.size())));
        return b.build();
    }

    private static HttpResponse<String> send(String method, String path, String body, String contentType, String user) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(AccessMatrixIT.SERVER + path)).timeout(Duration.ofSeconds(60))
                .header("If-Match", "\"0\"")
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)));
        if (body != null) {
            b.header("Content-Type", contentType == null ? "application/json" : contentType);
        }
        b.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String abbreviate(String s) {
        return s == null ? "" : s.length() > 300 ? s.substring(0, 300) + "…" : s;
    }
}
