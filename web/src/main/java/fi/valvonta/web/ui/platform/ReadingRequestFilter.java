package fi.valvonta.web.ui.platform;

import fi.valvonta.ejb.platform.ReadingRequest;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * A JSF page is one {@link ReadingRequest}: its service calls share one reading of the data version (a page of the
 * case list read it four times, in three transactions of their own) until the page records a change.
 */
@WebFilter(servletNames = "Faces Servlet")
public class ReadingRequestFilter extends HttpFilter {

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        try (ReadingRequest ignored = ReadingRequest.open()) {
            chain.doFilter(request, response);
        }
    }
}
