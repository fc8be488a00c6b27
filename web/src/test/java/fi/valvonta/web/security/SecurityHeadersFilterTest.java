package fi.valvonta.web.security;

import jakarta.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

class SecurityHeadersFilterTest {

    static Map<String, String> headers(String path, boolean secure) {
        Map<String, String> headers = new HashMap<>();
        HttpServletResponse response = (HttpServletResponse) Proxy.newProxyInstance(
                SecurityHeadersFilterTest.class.getClassLoader(), new Class<?>[]{HttpServletResponse.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("setHeader")) {
                        headers.put((String) args[0], (String) args[1]);
                    }
                    return null;
                });
        SecurityHeadersFilter.apply(path, secure, response);
        return headers;
    }

    @Test
    void everyResponseRefusesFramingAndSniffing() {
        for (String path : new String[]{"/index.xhtml", "/api/v1/me", "/jakarta.faces.resource/core.js.xhtml", "/"}) {
            Map<String, String> h = headers(path, false);
            assertEquals("DENY", h.get("X-Frame-Options"), path);
            assertEquals("nosniff", h.get("X-Content-Type-Options"), path);
            assertEquals("no-referrer", h.get("Referrer-Policy"), path);
        }
    }

    @Test
    void pagesGetThePolicyOfPrimeFacesEverythingElseOneThatAllowsNothing() {
        assertNull(headers("/complaints/list.xhtml", false).get("Content-Security-Policy"),
                "PrimeFaces writes the page's policy with its nonce; a second header would narrow it");
        String api = headers("/api/v1/complaints/1/attachments/2", false).get("Content-Security-Policy");
        assertEquals(SecurityHeadersFilter.NON_PAGE_POLICY, api);
        assertEquals(SecurityHeadersFilter.NON_PAGE_POLICY,
                headers("/jakarta.faces.resource/core.js.xhtml", false).get("Content-Security-Policy"));
    }

    @Test
    void personalDataIsNotCachedStaticResourcesAre() {
        assertEquals("no-store", headers("/api/v1/complaints/1", false).get("Cache-Control"));
        assertEquals("no-store", headers("/complaints/complaint.xhtml", false).get("Cache-Control"));
        assertFalse(headers("/jakarta.faces.resource/theme.css.xhtml", false).containsKey("Cache-Control"));
    }

    @Test
    void strictTransportSecurityOnlyOverTls() {
        assertFalse(headers("/index.xhtml", false).containsKey("Strict-Transport-Security"));
        assertEquals(SecurityHeadersFilter.HSTS, headers("/index.xhtml", true).get("Strict-Transport-Security"));
    }
}
