package fi.valvonta.web.security;

import fi.valvonta.ejb.security.Authenticated;
import fi.valvonta.ejb.security.Authentication;
import fi.valvonta.ejb.security.SessionSettings;
import fi.valvonta.ejb.security.SignInOutcome;
import fi.valvonta.ejb.security.UserDirectory;
import fi.valvonta.model.security.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

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
    /** Request attribute: the API caller signed in with a password they must change before anything else. */
    public static final String PASSWORD_CHANGE_REQUIRED = "fi.valvonta.passwordChangeRequired";
    public static final String CHANGE_PASSWORD_PAGE = "/change-password.xhtml";
    /** Request attribute: the sign-in was refused because of too many failures (a {@link java.time.Duration} to wait). */
    public static final String SIGN_IN_LOCKED = "fi.valvonta.signInLocked";

    @Inject
    Authentication authentication;

    @Inject
    SessionSettings sessions;

    @Inject
    UserDirectory users;

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
            Optional<SignedInUser> current = expired(user) ? Optional.empty()
                    : isResource(request) ? Optional.of(user) : current(user);
            if (current.isPresent()) {
                if (current.get() != user) {
                    session.setAttribute(SESSION_USER, current.get());
                }
                return context.notifyContainerAboutLogin(current.get().username(), current.get().roles());
            }
            // deactivated since sign-in, or past the session's lifetime: the session ends here
            session.invalidate();
        }
        if (context.isProtected()) {
            return context.redirect(request.getContextPath() + LOGIN_PAGE + "?next="
                    + URLEncoder.encode(originalPath(request), StandardCharsets.UTF_8));
        }
        return context.doNothing();
    }

    private boolean expired(SignedInUser user) {
        return user.isExpired(System.currentTimeMillis(), sessions.absoluteLifetime());
    }

    /**
     * The session's user as the user table has them now: empty if deactivated, with the new roles if they
     * changed, so an administrator's change takes effect on the session's next page or AJAX request.
     */
    private Optional<SignedInUser> current(SignedInUser user) {
        return users.currentRoles(user.username()).map(roles -> {
            Set<String> names = names(roles);
            return names.equals(user.roles()) ? user : user.withRoles(names);
        });
    }

    private AuthenticationStatus formSignIn(HttpServletRequest request, HttpMessageContext context, Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential up)) {
            return AuthenticationStatus.SEND_FAILURE;
        }
        SignInOutcome outcome = authentication.signIn(up.getCaller(), up.getPasswordAsString(), request.getRemoteAddr(),
                "form", false);
        if (outcome.status() == SignInOutcome.Status.LOCKED) {
            request.setAttribute(SIGN_IN_LOCKED, outcome.retryAfter());
        }
        if (outcome.status() != SignInOutcome.Status.SIGNED_IN) {
            return AuthenticationStatus.SEND_FAILURE;
        }
        Authenticated user = outcome.user();
        request.getSession(true);
        request.changeSessionId(); // no session fixation across sign-in
        Set<String> roles = names(user.roles());
        request.getSession().setMaxInactiveInterval((int) sessions.idleTimeout().toSeconds());
        request.getSession().setAttribute(SESSION_USER, new SignedInUser(user.username(), roles,
                user.passwordChangeRequired(), System.currentTimeMillis()));
        return context.notifyContainerAboutLogin(user.username(), roles);
    }

    /** The signed-in user has chosen a password of their own: the session's pages open again. */
    public static void passwordChanged(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(SESSION_USER) instanceof SignedInUser user) {
            session.setAttribute(SESSION_USER, user.passwordChanged());
        }
    }

    /** Whether the session's user must change their password before any other page. */
    static boolean mustChangePassword(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session != null && session.getAttribute(SESSION_USER) instanceof SignedInUser user
                && user.passwordChangeRequired();
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
            if (credential == null) {
                request.setAttribute(BAD_CREDENTIALS, Boolean.TRUE);
                return context.doNothing();
            }
            SignInOutcome outcome = authentication.signIn(credential.getCaller(), credential.getPasswordAsString(),
                    request.getRemoteAddr(), "basic", true);
            switch (outcome.status()) {
                case SIGNED_IN -> {
                    Authenticated user = outcome.user();
                    if (user.passwordChangeRequired()) {
                        request.setAttribute(PASSWORD_CHANGE_REQUIRED, Boolean.TRUE);
                    }
                    return context.notifyContainerAboutLogin(user.username(), names(user.roles()));
                }
                case LOCKED -> request.setAttribute(SIGN_IN_LOCKED, outcome.retryAfter());
                default -> request.setAttribute(BAD_CREDENTIALS, Boolean.TRUE);
            }
        }
        return context.doNothing();
    }

    private static Set<String> names(Set<Role> roles) {
        return roles.stream().map(Enum::name).collect(Collectors.toUnmodifiableSet());
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

    /** Stylesheets, scripts and images: served to the session without looking the user up again. */
    private static boolean isResource(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/jakarta.faces.resource/") || path.startsWith("/resources/");
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
