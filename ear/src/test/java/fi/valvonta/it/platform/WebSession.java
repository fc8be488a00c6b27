package fi.valvonta.it.platform;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A signed-in browser session without a browser: the session cookie and plain JSF form posts (the
 * pages' non-ajax buttons), redirects not followed so that a test sees where a page sends the user.
 */
public final class WebSession {

    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]+)\"");

    private static final Pattern NONCE = Pattern.compile("'nonce-([^']+)'");

    private final String base;
    private final HttpClient http;

    public WebSession(String base) {
        this.base = base;
        this.http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
    }

    public HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** Opens the page and submits its form {@code formId} with the fields (ids without the form prefix) and button. */
    public HttpResponse<String> submit(String path, String formId, Map<String, String> fields, String button) throws Exception {
        HttpResponse<String> page = get(path);
        if (page.statusCode() != 200) {
            throw new IllegalStateException(path + " answered " + page.statusCode());
        }
        Matcher viewState = VIEW_STATE.matcher(page.body());
        if (!viewState.find()) {
            throw new IllegalStateException("no JSF view state on " + path);
        }
        Map<String, String> form = new LinkedHashMap<>();
        form.put(formId, formId);
        fields.forEach((k, v) -> form.put(formId + ":" + k, v));
        form.put(formId + ":" + button, "");
        form.put("jakarta.faces.ViewState", viewState.group(1));
        // PrimeFaces' CSP mode checks that a postback carries the nonce of the page it came from, as its script
        // adds it in a browser
        Matcher nonce = NONCE.matcher(page.headers().firstValue("Content-Security-Policy").orElse(""));
        if (nonce.find()) {
            form.put("primefaces.nonce", nonce.group(1));
        }
        return post(path, form, HttpRequest.newBuilder());
    }

    /**
     * An ajax postback from {@code source} on {@code path} with the view state {@code viewState}, as PrimeFaces sends
     * one (an unknown view state: the view has expired).
     */
    public HttpResponse<String> ajax(String path, String source, String viewState) throws Exception {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("jakarta.faces.partial.ajax", "true");
        form.put("jakarta.faces.source", source);
        form.put("jakarta.faces.partial.execute", source);
        form.put("jakarta.faces.partial.render", "@form");
        form.put("jakarta.faces.ViewState", viewState);
        return post(path, form, HttpRequest.newBuilder().header("Faces-Request", "partial/ajax"));
    }

    /** Posts {@code form} URL-encoded to {@code path}, with what {@code request} already carries (headers). */
    private HttpResponse<String> post(String path, Map<String, String> form, HttpRequest.Builder request) throws Exception {
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return http.send(request.uri(URI.create(base + path)).timeout(Duration.ofSeconds(60))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** Signs in through the login form; the answer is the redirect after a successful sign-in. */
    public HttpResponse<String> signIn(String username, String password) throws Exception {
        return submit("/login.xhtml", "login", Map.of("username", username, "password", password, "next", ""), "submit");
    }

    public boolean signInSucceeds(String username, String password) throws Exception {
        HttpResponse<String> r = signIn(username, password);
        return r.statusCode() == 302 && !location(r).contains("/login.xhtml");
    }

    public static String location(HttpResponse<?> r) {
        return r.headers().firstValue("Location").orElse("");
    }
}
