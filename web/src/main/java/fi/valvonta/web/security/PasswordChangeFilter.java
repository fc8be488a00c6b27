package fi.valvonta.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * A user signed in with a password they were given (the bootstrap administrator) sees only the
 * change-password page until they have chosen their own; the API answers them 403 meanwhile
 * ({@link fi.valvonta.web.api.security.AuthenticationRequiredFilter}).
 */
@WebFilter(urlPatterns = "*.xhtml")
public class PasswordChangeFilter extends HttpFilter {

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        boolean open = path.equals(ValvontaAuthenticationMechanism.CHANGE_PASSWORD_PAGE)
                || path.equals(ValvontaAuthenticationMechanism.LOGIN_PAGE) || path.equals("/error.xhtml");
        if (!open && ValvontaAuthenticationMechanism.mustChangePassword(request)) {
            response.sendRedirect(request.getContextPath() + ValvontaAuthenticationMechanism.CHANGE_PASSWORD_PAGE);
            return;
        }
        chain.doFilter(request, response);
    }
}
