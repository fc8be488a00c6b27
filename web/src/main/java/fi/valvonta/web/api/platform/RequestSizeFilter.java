package fi.valvonta.web.api.platform;

import fi.valvonta.ejb.complaint.ComplaintSettings;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.Response;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Answers a request body larger than the largest the API accepts (a case document) with 413 problem+json
 * before anything reads it, instead of the server's bare 400 for a body over its post limit. The server's
 * post limit (Undertow {@code max-post-size}) is set above the application's, so a body in between reaches
 * this filter or, when sent without a length, the upload's own check.
 */
@WebFilter(urlPatterns = "/api/*")
public class RequestSizeFilter extends HttpFilter {

    public static final String CODE = "request.too-large";

    @Inject
    private transient ComplaintSettings settings;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        long limit = settings.attachmentMaxBytes();
        if (request.getContentLengthLong() > limit) {
            // without Accept-Language the servlet names the server's locale: the API's default (Finnish) holds then
            Problem p = ProblemMappers.problem(Response.Status.REQUEST_ENTITY_TOO_LARGE, CODE,
                    "A request body is at most " + limit + " bytes",
                    () -> request.getHeader("Accept-Language") == null ? java.util.List.of() : java.util.Collections.list(request.getLocales()),
                    String.valueOf(limit));
            response.setStatus(p.status());
            response.setContentType(Problem.MEDIA_TYPE);
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.setHeader("Connection", "close");
            response.getWriter().write(JsonbResolver.jsonb().toJson(p));
            return;
        }
        chain.doFilter(request, response);
    }
}
