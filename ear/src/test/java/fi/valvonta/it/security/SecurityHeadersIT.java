package fi.valvonta.it.security;

import fi.valvonta.it.platform.WebSession;
import fi.valvonta.it.support.Api;
import fi.valvonta.it.support.Browser;
import fi.valvonta.it.support.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.Archive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every page carries a Content-Security-Policy with a fresh nonce and no inline script, cannot be framed,
 * and the session cookie is HttpOnly and SameSite; a browser running the pages meets no policy violation,
 * and a script injected into a page is blocked.
 */
@ExtendWith(ArquillianExtension.class)
class SecurityHeadersIT {

    static final Pattern SCRIPT = Pattern.compile("<script\\b([^>]*)>", Pattern.CASE_INSENSITIVE);
    static final Pattern INLINE_HANDLER = Pattern.compile("\\son(click|change|load|submit|keyup|keydown|focus|blur|mouseover|input)\\s*=",
            Pattern.CASE_INSENSITIVE);

    @Deployment(testable = false)
    static Archive<?> deployment() {
        return Deployments.application();
    }

    static void assertPageHeaders(String page, HttpResponse<String> r) {
        String csp = r.headers().allValues("Content-Security-Policy").stream().reduce((a, b) -> a + " | " + b).orElse("");
        assertEquals(1, r.headers().allValues("Content-Security-Policy").size(), page + ": one policy " + csp);
        assertTrue(csp.contains("frame-ancestors 'none'"), page + ": " + csp);
        assertTrue(csp.contains("object-src 'none'"), page + ": " + csp);
        Matcher scriptSrc = Pattern.compile("script-src ([^;]*)").matcher(csp);
        assertTrue(scriptSrc.find(), csp);
        assertTrue(scriptSrc.group(1).contains("'nonce-"), page + ": " + csp);
        assertFalse(scriptSrc.group(1).contains("unsafe-inline"), page + ": " + csp);
        assertFalse(scriptSrc.group(1).contains("unsafe-eval"), page + ": " + csp);
        assertEquals("DENY", r.headers().firstValue("X-Frame-Options").orElse(null), page);
        assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(null), page);
        assertEquals("no-referrer", r.headers().firstValue("Referrer-Policy").orElse(null), page);
        assertEquals("no-store", r.headers().firstValue("Cache-Control").orElse(null), page);

        String nonce = csp.replaceAll("(?s).*'nonce-([^']+)'.*", "$1");
        Matcher scripts = SCRIPT.matcher(r.body());
        int count = 0;
        while (scripts.find()) {
            count++;
            String attributes = scripts.group(1);
            assertTrue(attributes.contains("src=") || attributes.contains("nonce=\"" + nonce + "\""),
                    page + ": an inline script without the response's nonce: " + scripts.group());
        }
        assertTrue(count > 0, page);
        assertFalse(INLINE_HANDLER.matcher(r.body()).find(), page + ": an inline event handler");
    }

    @Test
    void pagesCarryThePolicyWithAFreshNonce() throws Exception {
        WebSession anonymous = new WebSession(Api.BASE);
        HttpResponse<String> login = anonymous.get("/login.xhtml");
        assertPageHeaders("/login.xhtml", login);
        HttpResponse<String> again = anonymous.get("/login.xhtml");
        assertFalse(login.headers().firstValue("Content-Security-Policy").equals(again.headers().firstValue("Content-Security-Policy")),
                "a nonce is used once");

        WebSession ui = new WebSession(Api.BASE);
        assertTrue(ui.signInSucceeds("auditor", "demo"));
        for (String page : List.of("/index.xhtml", "/complaints/list.xhtml", "/measures/index.xhtml", "/inspection/plans.xhtml",
                "/registry/municipalities.xhtml", "/audit/trail.xhtml", "/audit/security-log.xhtml")) {
            HttpResponse<String> r = ui.get(page);
            assertEquals(200, r.statusCode(), page);
            assertPageHeaders(page, r);
        }
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSite() throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(Api.BASE + "/login.xhtml")).build(),
                HttpResponse.BodyHandlers.ofString());
        String cookie = r.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID=")).findFirst()
                .orElseThrow(() -> new AssertionError("no session cookie: " + r.headers().map()));
        assertTrue(cookie.toLowerCase().contains("httponly"), cookie);
        assertTrue(cookie.toLowerCase().contains("samesite=strict"), cookie);
        assertFalse(cookie.toLowerCase().contains("secure"), "plain HTTP here; over TLS the cookie is Secure: " + cookie);
    }

    @Test
    void apiAnswersAndDownloadsAllowNothing() {
        Api.Reply me = Api.as("tarkastaja").get("/me");
        assertEquals("default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'",
                me.header("Content-Security-Policy"));
        assertEquals("nosniff", me.header("X-Content-Type-Options"));
        assertEquals("DENY", me.header("X-Frame-Options"));
        assertEquals("no-store", me.header("Cache-Control"));
        Api.Reply problem = Api.anonymous().get("/me");
        assertEquals("nosniff", problem.header("X-Content-Type-Options"));
        assertNotNull(problem.header("Content-Security-Policy"));
    }

    /**
     * The pages work under the policy: PrimeFaces' scripts and AJAX run, no violation is reported, and a
     * script added to the page without the nonce does not run.
     */
    @Test
    void aBrowserMeetsNoViolationAndAnInjectedScriptIsBlocked() throws Exception {
        try (Browser browser = new Browser()) {
            ChromeDriver chrome = (ChromeDriver) browser.driver();
            chrome.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source",
                    "window.__violations = []; document.addEventListener('securitypolicyviolation', function (e) {"
                            + " window.__violations.push(e.violatedDirective + ' ' + e.blockedURI + ' ' + (e.sample || '')); });"));
            browser.login("auditor", "demo");
            List<String> violations = new ArrayList<>();
            for (String page : List.of("/index.xhtml", "/complaints/list.xhtml", "/measures/index.xhtml",
                    "/inspection/plans.xhtml", "/audit/security-log.xhtml")) {
                browser.open(page);
                browser.waiting().until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d)
                        .executeScript("return document.readyState === 'complete' && !!window.PrimeFaces")));
                violations.addAll(violations(chrome, page));
            }
            // an AJAX request and its update run under the policy
            browser.open("/audit/security-log.xhtml");
            chrome.findElement(By.id("securityLog:search")).click();
            browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("securityLog:events")));
            violations.addAll(violations(chrome, "ajax"));
            assertEquals(List.of(), violations);

            Object ran = chrome.executeScript("var s = document.createElement('script'); s.textContent = 'window.__injected = 1;';"
                    + " document.head.appendChild(s); return window.__injected === 1;");
            assertEquals(Boolean.FALSE, ran, "an inline script without the nonce is blocked");
            browser.waiting().until(d -> !violations(chrome, "injected").isEmpty());
        }
    }

    @SuppressWarnings("unchecked")
    static List<String> violations(ChromeDriver chrome, String page) {
        Object v = chrome.executeScript("return window.__violations || [];");
        List<String> out = new ArrayList<>();
        for (Object o : (List<Object>) v) {
            out.add(page + ": " + o);
        }
        return out;
    }
}
