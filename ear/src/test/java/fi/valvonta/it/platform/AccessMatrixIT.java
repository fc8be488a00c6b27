package fi.valvonta.it.platform;

import fi.valvonta.it.support.Api;
import fi.valvonta.it.support.Deployments;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.Archive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every REST endpoint the running application's OpenAPI document lists, called by every role and anonymously,
 * against the declared matrix {@code access-matrix.txt}: an endpoint missing from the matrix (or a row for an
 * endpoint that no longer exists) fails the test. Allowed means neither 401 nor 403 nor a server error (404, 409,
 * 412, 422, and 429 of the public e-service's quota, are the answers for the ids and bodies that do not exist);
 * denied means 403; anonymous means 401, but for the public e-service's endpoints, which anyone may call.
 * Every JSF view likewise, against {@code view-matrix.txt}: allowed means the page shows its content (the element
 * the matrix names), denied that it does not; anonymous is sent to the login page.
 */
@ExtendWith(ArquillianExtension.class)
class AccessMatrixIT {

    static final Map<String, String> USERS = new LinkedHashMap<>();

    static {
        USERS.put("REGISTRAR", "kirjaamo");
        USERS.put("INSPECTOR", "tarkastaja");
        USERS.put("DECISION_MAKER", "ratkaisija");
        USERS.put("ADMIN", "admin");
        USERS.put("AUDITOR", "auditor");
    }

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private static final Pattern PARAM = Pattern.compile("\\{([^}:]+)(?::[^}]*)?}");
    static final String SERVER = Api.BASE.replace("/valvonta", "");

    @Deployment(testable = false)
    static Archive<?> deployment() {
        return Deployments.application();
    }

    /**
     * One declared row: an endpoint, the roles allowed, whether anyone without signing in is too ({@code PUBLIC}),
     * and the query and body that get past input checks.
     */
    record Row(String method, String path, Set<String> allowed, boolean anonymous, String query, String body) {

        String key() {
            return method + " " + path;
        }
    }

    record Operation(String method, String path, Map<String, String> pathTypes, String contentType, String sampleBody,
                     String requiredQuery, List<String> queryNames) {

        String key() {
            return method + " " + path;
        }
    }

    static List<Row> matrix() throws Exception {
        List<Row> rows = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(Objects.requireNonNull(
                AccessMatrixIT.class.getResourceAsStream("/access-matrix.txt")), StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] t = line.trim().split("\\s+", 4);
                Set<String> allowed = new LinkedHashSet<>();
                boolean anonymous = false;
                for (String role : t[2].split(",")) {
                    if (role.equals("PUBLIC")) {
                        anonymous = true;
                        allowed.addAll(USERS.keySet());
                    } else if (role.equals("ANY")) {
                        allowed.addAll(USERS.keySet());
                    } else if (!role.equals("NONE")) {
                        assertTrue(USERS.containsKey(role), "unknown role " + role + " in: " + line);
                        allowed.add(role);
                    }
                }
                String query = "";
                String body = null;
                if (t.length == 4) {
                    String rest = t[3].trim();
                    if (rest.startsWith("?")) {
                        int space = rest.indexOf(' ');
                        query = space < 0 ? rest : rest.substring(0, space);
                        rest = space < 0 ? "" : rest.substring(space + 1).trim();
                    }
                    body = rest.isEmpty() ? null : rest;
                }
                rows.add(new Row(t[0], t[1], allowed, anonymous, query, body));
            }
        }
        return rows;
    }

    static List<Operation> openApi() throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(SERVER + "/openapi?format=JSON")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode());
        JsonObject doc;
        try (var reader = Json.createReader(new StringReader(r.body()))) {
            doc = reader.readObject();
        }
        List<Operation> ops = new ArrayList<>();
        JsonObject schemas = doc.containsKey("components") ? doc.getJsonObject("components").getJsonObject("schemas") : Json.createObjectBuilder().build();
        doc.getJsonObject("paths").forEach((path, item) -> item.asJsonObject().forEach((method, op) -> {
            if (!Set.of("get", "post", "put", "delete", "patch").contains(method)) {
                return;
            }
            JsonObject o = op.asJsonObject();
            Map<String, String> types = new LinkedHashMap<>();
            List<String> query = new ArrayList<>();
            List<String> queryNames = new ArrayList<>();
            if (o.containsKey("parameters")) {
                for (JsonValue p : o.getJsonArray("parameters")) {
                    JsonObject param = p.asJsonObject();
                    JsonObject schema = param.containsKey("schema") ? param.getJsonObject("schema") : JsonValue.EMPTY_JSON_OBJECT;
                    if (param.getString("in").equals("path")) {
                        types.put(param.getString("name"), schema.getString("type", "string"));
                    } else if (param.getString("in").equals("query")) {
                        queryNames.add(param.getString("name"));
                    }
                    if (param.getString("in").equals("query") && param.getBoolean("required", false)) {
                        query.add(param.getString("name") + "=" + Samples.plain(Samples.of(schema, schemas, 0)));
                    }
                }
            }
            String contentType = null;
            String body = null;
            if (o.containsKey("requestBody")) {
                JsonObject content = o.getJsonObject("requestBody").getJsonObject("content");
                Set<String> types2 = content.keySet();
                contentType = types2.contains("application/json") || types2.isEmpty() ? "application/json"
                        // a document upload: its own type, never a type a cross-site form could send
                        : types2.iterator().next().equals("*/*") ? "application/octet-stream" : types2.iterator().next();
                body = contentType.equals("application/json") && content.containsKey("application/json")
                        && content.getJsonObject("application/json").containsKey("schema")
                        ? Samples.of(content.getJsonObject("application/json").getJsonObject("schema"), schemas, 0).toString()
                        : contentType.equals("application/json") ? "{}" : "x";
            }
            ops.add(new Operation(method.toUpperCase(), path, types, contentType, body,
                    query.isEmpty() ? "" : "?" + String.join("&", query), queryNames));
        }));
        return ops;
    }

    /** A concrete URL for the template: ids that do not exist, the one action slug, the agency's prefix. */
    static String concrete(Operation op) {
        Matcher m = PARAM.matcher(op.path());
        StringBuilder s = new StringBuilder();
        while (m.find()) {
            String name = m.group(1).strip();
            String type = op.pathTypes().getOrDefault(name, "string");
            String value = switch (name) {
                case "action" -> "start-assessment";
                case "prefix" -> "LVV";
                case "year" -> "2026";
                case "serial" -> "999999999";
                default -> type.equals("integer") || type.equals("number") ? "999999999" : "x";
            };
            m.appendReplacement(s, value);
        }
        m.appendTail(s);
        return s.toString();
    }

    static HttpResponse<String> call(Operation op, Row row, String username) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(SERVER + concrete(op)
                        + (row.query().isEmpty() ? op.requiredQuery() : row.query())))
                .timeout(Duration.ofSeconds(60)).header("If-Match", "\"0\"");
        String body = row.body() != null ? row.body() : op.sampleBody();
        if (body == null && (op.method().equals("POST") || op.method().equals("PUT"))) {
            body = "";
        }
        if (body != null) {
            b.header("Content-Type", row.body() != null || op.contentType() == null ? "application/json" : op.contentType());
        }
        b.method(op.method(), body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (username != null) {
            b.header("Authorization", "Basic " + Base64.getEncoder().encodeToString((username + ":demo").getBytes(StandardCharsets.UTF_8)));
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void everyEndpointIsInTheMatrixAndEveryRowIsAnEndpoint() throws Exception {
        Set<String> listed = new TreeSet<>();
        openApi().forEach(o -> listed.add(o.key()));
        Set<String> declared = new TreeSet<>();
        matrix().forEach(r -> declared.add(r.key()));
        Set<String> missing = new TreeSet<>(listed);
        missing.removeAll(declared);
        Set<String> stale = new TreeSet<>(declared);
        stale.removeAll(listed);
        assertTrue(missing.isEmpty(), "endpoints without a row in access-matrix.txt: " + missing);
        assertTrue(stale.isEmpty(), "rows in access-matrix.txt for no endpoint: " + stale);
    }

    @Test
    void everyRoleGetsWhatTheMatrixDeclares() throws Exception {
        Map<String, Row> rows = new LinkedHashMap<>();
        matrix().forEach(r -> rows.put(r.key(), r));
        List<String> wrong = new ArrayList<>();
        for (Operation op : openApi()) {
            Row row = rows.get(op.key());
            if (row == null) {
                continue;
            }
            HttpResponse<String> anonymous = call(op, row, null);
            int a = anonymous.statusCode();
            if (row.anonymous() ? a == 401 || a == 403 || a >= 500 : a != 401) {
                wrong.add(op.key() + " anonymous: " + a + (row.anonymous() ? " (expected allowed)" : " (expected 401)"));
            }
            for (Map.Entry<String, String> user : USERS.entrySet()) {
                int status = call(op, row, user.getValue()).statusCode();
                boolean allowed = row.allowed().contains(user.getKey());
                if (allowed && (status == 401 || status == 403 || status >= 500)) {
                    wrong.add(op.key() + " " + user.getKey() + ": " + status + " (expected allowed)");
                } else if (!allowed && status != 403) {
                    wrong.add(op.key() + " " + user.getKey() + ": " + status + " (expected 403)");
                }
            }
        }
        assertTrue(wrong.isEmpty(), wrong.size() + " cells differ from the matrix:\n" + String.join("\n", wrong));
    }

    /** The views of the WAR as it ships: every .xhtml outside WEB-INF and the resources. */
    static Set<String> views() throws Exception {
        Set<String> views = new TreeSet<>();
        var ear = Deployments.application();
        var war = ear.getAsType(org.jboss.shrinkwrap.api.spec.WebArchive.class, "valvonta-web.war");
        war.getContent().keySet().forEach(path -> {
            String name = path.get();
            if (name.endsWith(".xhtml") && !name.startsWith("/WEB-INF/") && !name.startsWith("/resources/")) {
                views.add(name);
            }
        });
        return views;
    }

    record ViewRow(String view, String query, String form, Set<String> roles, boolean isPublic) {
    }

    static Map<String, ViewRow> viewMatrix() throws Exception {
        Map<String, ViewRow> rows = new LinkedHashMap<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(Objects.requireNonNull(
                AccessMatrixIT.class.getResourceAsStream("/view-matrix.txt")), StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] t = line.trim().split("\\s+");
                Set<String> roles = new LinkedHashSet<>();
                boolean isPublic = t[3].equals("PUBLIC");
                for (String role : t[3].split(",")) {
                    if (role.equals("ANY") || role.equals("PUBLIC")) {
                        roles.addAll(USERS.keySet());
                    } else {
                        assertTrue(USERS.containsKey(role), "unknown role " + role + " in: " + line);
                        roles.add(role);
                    }
                }
                rows.put(t[0], new ViewRow(t[0], t[1].equals("-") ? "" : t[1], t[2].equals("-") ? null : t[2], roles, isPublic));
            }
        }
        return rows;
    }

    @Test
    void everyViewIsInTheViewMatrix() throws Exception {
        Set<String> views = views();
        Set<String> declared = viewMatrix().keySet();
        Set<String> missing = new TreeSet<>(views);
        missing.removeAll(declared);
        Set<String> stale = new TreeSet<>(declared);
        stale.removeAll(views);
        assertTrue(views.size() > 10, "views found: " + views);
        assertTrue(missing.isEmpty(), "views without a row in view-matrix.txt: " + missing);
        assertTrue(stale.isEmpty(), "rows in view-matrix.txt for no view: " + stale);
    }

    @Test
    void everyRoleSeesTheViewsTheMatrixDeclares() throws Exception {
        Map<String, ViewRow> rows = viewMatrix();
        List<String> wrong = new ArrayList<>();
        WebSession anonymous = new WebSession(Api.BASE);
        for (ViewRow row : rows.values()) {
            HttpResponse<String> r = anonymous.get(row.view() + row.query());
            boolean toLogin = r.statusCode() == 302 && WebSession.location(r).contains("/login.xhtml");
            if (row.isPublic() ? r.statusCode() >= 400 : !toLogin) {
                wrong.add(row.view() + " anonymous: " + r.statusCode() + " " + WebSession.location(r));
            }
        }
        for (Map.Entry<String, String> user : USERS.entrySet()) {
            WebSession session = new WebSession(Api.BASE);
            assertTrue(session.signInSucceeds(user.getValue(), "demo"), user.getValue());
            for (ViewRow row : rows.values()) {
                HttpResponse<String> r = session.get(row.view() + row.query());
                boolean idMissing = !row.query().isEmpty() && r.statusCode() == 404;
                if (r.statusCode() != 200 && !idMissing) {
                    wrong.add(row.view() + " " + user.getKey() + ": " + r.statusCode() + " " + WebSession.location(r));
                    continue;
                }
                if (row.form() != null) {
                    boolean shown = r.body().contains("<form id=\"" + row.form() + "\"");
                    boolean expected = row.roles().contains(user.getKey());
                    if (shown != expected) {
                        wrong.add(row.view() + " " + user.getKey() + ": form " + row.form() + (shown ? " shown" : " not shown"));
                    }
                }
            }
        }
        assertTrue(wrong.isEmpty(), wrong.size() + " views differ from the matrix:\n" + String.join("\n", wrong));
    }
}
