package fi.valvonta.web.ui.intake;

import fi.valvonta.ejb.intake.PublicComplaintService;
import fi.valvonta.model.intake.PublicStatus;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The status page of a complaint sent through the e-service ({@code /kantelu/tila.xhtml?t=…}): what the link's
 * holder may see ({@link PublicStatus}); a link that is unknown or has expired shows only that.
 */
@Named
@RequestScoped
public class PublicStatusBean {

    @Inject
    PublicComplaintService service;

    private String token;
    private PublicStatus status;
    private boolean unknown;

    /** Reads the status once, when the page is opened. */
    public void load() {
        // an unknown link and an expired one look the same
        status = service.findStatus(token).orElse(null);
        unknown = status == null;
    }

    public String getToken() { return token; }
    public void setToken(String v) { token = v; }
    public PublicStatus getStatus() { return status; }
    public boolean isUnknown() { return unknown; }
}
