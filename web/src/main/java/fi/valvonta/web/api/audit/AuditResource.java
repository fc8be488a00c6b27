package fi.valvonta.web.api.audit;

import fi.valvonta.ejb.audit.AuditEntry;
import fi.valvonta.ejb.audit.AuditService;
import fi.valvonta.ejb.audit.AuditedTypes;
import fi.valvonta.ejb.audit.UseLogView;
import fi.valvonta.ejb.audit.AuditVerification;
import fi.valvonta.ejb.audit.DisclosureView;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import java.util.List;

/** The audit trail and use log of one record (ADMIN, AUDITOR): {@code GET /audit?type=EmploymentArea&id=1000}. */
@Path("audit")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class AuditResource {

    @Inject
    AuditService audit;

    public record Views(String type, long id, long views) {
    }

    /** How often a record with personal data was viewed: {@code GET /audit/views?type=Complaint&id=1000}. */
    @GET
    @Path("views")
    public Views views(@QueryParam("type") @NotBlank String type, @QueryParam("id") @NotNull Long id) {
        return new Views(type, id, audit.viewsOf(AuditedTypes.parse(type), id));
    }

    @GET
    public List<AuditEntry> trail(@QueryParam("type") @NotBlank String type, @QueryParam("id") @NotNull Long id) {
        return audit.trailOf(AuditedTypes.parse(type), id);
    }

    /**
     * The disclosure log (tiedonhallintalaki 17 §), newest first: {@code GET /audit/disclosures?type=Complaint&id=1000};
     * without {@code type} every record's, at most {@code max} (default 100, at most 1000).
     */
    @GET
    @Path("disclosures")
    public List<DisclosureView> disclosures(@QueryParam("type") String type, @QueryParam("id") Long id,
                                            @QueryParam("max") @DefaultValue("100") @Min(1) @Max(1000) int max) {
        return audit.disclosures(type == null || type.isBlank() ? null : AuditedTypes.parse(type), id, max);
    }

    /**
     * Checks the hash chains of the audit trail, the use log and the disclosure log: {@code intact}, and per chain
     * the rows read and the first broken link.
     */
    @GET
    @Path("verification")
    public AuditVerification verification() {
        return audit.verify();
    }

    /** The use log of one record: {@code GET /audit/use-log?type=Complaint&id=1000}. */
    @GET
    @Path("use-log")
    public List<UseLogView> useLog(@QueryParam("type") @NotBlank String type, @QueryParam("id") @NotNull Long id) {
        return audit.useLogOf(AuditedTypes.parse(type), id);
    }
}
