package fi.valvonta.web.api.measure;

import fi.valvonta.ejb.measure.MeasureDisqualifications;
import fi.valvonta.model.platform.Disqualification;
import fi.valvonta.model.platform.DisqualificationGround;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.util.List;

/**
 * Disqualification (HL 27–30 §) in the case of a measure: {@code POST} declares the caller disqualified
 * on a ground of HL 28 § 1 mom; {@code GET} lists the declarations of the case.
 */
@Path("measures/{id}/disqualification")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class MeasureDisqualificationResource {

    public record Declaration(DisqualificationGround ground,
                              @Size(max = Disqualification.EXPLANATION_LENGTH) String explanation) {
    }

    @Inject
    MeasureDisqualifications disqualifications;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public MeasureDisqualifications.View declare(@PathParam("id") long id, @NotNull @Valid Declaration body) {
        return disqualifications.declare(id, body.ground(), body.explanation());
    }

    @GET
    public List<MeasureDisqualifications.View> list(@PathParam("id") long id) {
        return disqualifications.inCaseOf(id);
    }
}
