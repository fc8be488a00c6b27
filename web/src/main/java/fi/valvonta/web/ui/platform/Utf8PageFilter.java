package fi.valvonta.web.ui.platform;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * The Faces pages, error pages included, are written through {@link Utf8PageResponse}: UTF-8 encoded in bulk rather
 * than character by character once a page is not plain ASCII. A page that fails leaves what it wrote unflushed, for
 * the error page that replaces it.
 */
@WebFilter(servletNames = "Faces Servlet",
        dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.FORWARD, DispatcherType.ERROR})
public class Utf8PageFilter extends HttpFilter {

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Utf8PageResponse page = new Utf8PageResponse(response);
        chain.doFilter(request, page);
        page.finish();
    }
}
