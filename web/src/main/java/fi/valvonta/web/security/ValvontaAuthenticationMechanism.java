package fi.valvonta.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashSet;

/**
 * Form sign-in with a session for the UI, HTTP Basic (stateless) for /api/*. Unauthenticated page
 * views go to the login page; unauthenticated API calls get 401 from the API itself.
 * For production behind an identity provider, replace this with an OpenID Connect mechanism (README).
 */
@ApplicationScoped
public class ValvontaAuthenticationMechanism implements HttpAuthenticationMechanism {

    static final String SESSION_USER = SignedInUser.class.getName();
    public static final String LOGIN_PAGE = "/login.xhtml";
    /** Request attribute: the API request carried credentials that did not validate. */
    public static final String BAD_CREDENTIALS = "fi.valvonta.badCredentials";

    @Inject
    IdentityStoreHandler identityStores;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        Credential credential = context.getAuthParameters().getCredential();
        if (context.isAuthenticationRequest() && credential != null) {
            return formSignIn(request, context, credential);
        }
        if (isApi(request)) {
            return basic(request, context);
        }
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(SESSION_USER) instanceof SignedInUser user) {
            return context.notifyContainerAboutLogin(user.username(), user.roles());
        }
        if (context.isProtected()) {
            return context.redirect(request.getContextPath() + LOGIN_PAGE + "?next="
                    + URLEncoder.encode(originalPath(request), StandardCharsets.UTF_8));
        }
        return context.doNothing();
    }

    private AuthenticationStatus formSignIn(HttpServletRequest request, HttpMessageContext context, Credential credential) {
        CredentialValidationResult result = identityStores.validate(credential);
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            return AuthenticationStatus.SEND_FAILURE;
        }
        request.getSession(true);
        request.changeSessionId(); // no session fixation across sign-in
        request.getSession().setAttribute(SESSION_USER,
                new SignedInUser(result.getCallerPrincipal().getName(), new HashSet<>(result.getCallerGroups())));
        return context.notifyContainerAboutLogin(result);
    }

    /**
     * Basic authentication for the API. A request without (valid) credentials goes on unauthenticated;
     * {@link fi.valvonta.web.api.security.AuthenticationRequiredFilter} answers it with 401 problem+json, which
     * the servlet container would otherwise replace with its own error page.
     */
    private AuthenticationStatus basic(HttpServletRequest request, HttpMessageContext context) {
        String header = request.getHeader("Authorization");
        if (header != null && header.regionMatches(true, 0, "Basic ", 0, 6)) {
            UsernamePasswordCredential credential = decode(header.substring(6).trim());
            CredentialValidationResult result = credential == null ? CredentialValidationResult.INVALID_RESULT
                    : identityStores.validate(credential);
            if (result.getStatus() == CredentialValidationResult.Status.VALID) {
                return context.notifyContainerAboutLogin(result);
            }
            request.setAttribute(BAD_CREDENTIALS, Boolean.TRUE);
        }
        return context.doNothing();
    }

    private static UsernamePasswordCredential decode(String encoded) {
        try {
            String pair = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
            int colon = pair.indexOf(':');
            return colon <= 0 ? null : new UsernamePasswordCredential(pair.substring(0, colon), pair.substring(colon + 1));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static boolean isApi(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    private static String originalPath(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return request.getQueryString() == null ? path : path + "?" + request.getQueryString();
    }

    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(SESSION_USER);
        }
    }
}
