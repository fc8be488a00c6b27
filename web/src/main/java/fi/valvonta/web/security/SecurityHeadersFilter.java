package fi.valvonta.web.security;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * The security headers of every response. Pages get their Content-Security-Policy (with a nonce for each
 * response's scripts) from PrimeFaces (context parameters primefaces.CSP and primefaces.CSP_POLICY in
 * web.xml); everything else — the API, downloads, stylesheets and scripts — gets a policy that allows
 * nothing, so a document served by mistake inline can run no script. The session cookie's SameSite and
 * Secure flags are set by WEB-INF/undertow-handlers.conf.
 */
@WebFilter(urlPatterns = "/*", dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.ERROR})
public class SecurityHeadersFilter extends HttpFilter {

    /** For every response that is no page: nothing may load, run or frame it. */
    static final String NON_PAGE_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";
    static final String HSTS = "max-age=31536000; includeSubDomains";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        apply(path, request.isSecure(), response);
        chain.doFilter(request, response);
    }

    static void apply(String path, boolean secure, HttpServletResponse response) {
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "no-referrer");
        response.setHeader("Cross-Origin-Opener-Policy", "same-origin");
        response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=()");
        if (!isPage(path)) {
            response.setHeader("Content-Security-Policy", NON_PAGE_POLICY);
        }
        if (!isStaticResource(path)) {
            // personal data: no copy in the browser's or a proxy's cache
            response.setHeader("Cache-Control", "no-store");
        }
        if (secure) {
            response.setHeader("Strict-Transport-Security", HSTS);
        }
    }

    /** A Faces view: PrimeFaces writes its policy, with the response's nonce. */
    static boolean isPage(String path) {
        return (path.endsWith(".xhtml") || path.equals("/") || path.isEmpty()) && !isStaticResource(path);
    }

    static boolean isStaticResource(String path) {
        return path.startsWith("/jakarta.faces.resource/") || path.startsWith("/resources/");
    }
}
