package fi.valvonta.web.api.intake;

import fi.valvonta.web.api.platform.ProblemMappers;
import fi.valvonta.ejb.intake.PublicComplaintSettings;
import fi.valvonta.web.api.platform.Problem;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * The body of a public JSON call is small (a complaint's text is at most 20 000 characters): anything larger is
 * refused with 413 before it is read as JSON, whether it came with a length or without one.
 */
@Provider
@PublicBodyLimit
public class PublicBodyLimitFilter implements ContainerRequestFilter {

    @Inject
    PublicComplaintSettings settings;

    @Override
    public void filter(ContainerRequestContext context) throws IOException {
        long limit = settings.jsonMaxBytes();
        if (context.getLength() > limit) {
            context.abortWith(tooLarge(limit, context));
            return;
        }
        InputStream in = context.getEntityStream();
        byte[] body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
        if (body.length > limit) {
            context.abortWith(tooLarge(limit, context));
            return;
        }
        context.setEntityStream(new ByteArrayInputStream(body));
    }

    private static Response tooLarge(long limit, ContainerRequestContext context) {
        return ProblemMappers.problem(Response.Status.REQUEST_ENTITY_TOO_LARGE, "request.too-large",
                "A complaint sent through the API is at most " + limit + " bytes of JSON", context::getAcceptableLanguages,
                String.valueOf(limit)).toResponse();
    }
}
