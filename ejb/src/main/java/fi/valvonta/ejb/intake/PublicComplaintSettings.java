package fi.valvonta.ejb.intake;

import fi.valvonta.model.intake.StatusLinkPolicy;
import fi.valvonta.model.security.SubmissionQuota;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;

/** Configuration of the public complaint form and its status links (MicroProfile Config). */
@ApplicationScoped
public class PublicComplaintSettings {

    /** Complaints one client (address) may send per window. */
    @Inject
    @ConfigProperty(name = "valvonta.public.rate-limit.max", defaultValue = "5")
    int rateLimitMax;

    @Inject
    @ConfigProperty(name = "valvonta.public.rate-limit.window", defaultValue = "PT1H")
    String rateLimitWindow;

    /** How long a status link works after its case closed. */
    @Inject
    @ConfigProperty(name = "valvonta.public.status-link.retention-after-close", defaultValue = "P30D")
    String retentionAfterClose;

    /** How long after sending documents may still be added through the status link. */
    @Inject
    @ConfigProperty(name = "valvonta.public.documents.window", defaultValue = "PT1H")
    String documentsWindow;

    /** Documents per complaint through the e-service, with the form and through the link together. */
    @Inject
    @ConfigProperty(name = "valvonta.public.documents.max", defaultValue = "5")
    int documentsMax;

    /** Largest JSON body of a complaint sent through the API. */
    @Inject
    @ConfigProperty(name = "valvonta.public.json-max-bytes", defaultValue = "262144")
    long jsonMaxBytes;

    /**
     * The e-service's public address, as its senders reach it (behind the proxy): the status link in the e-mail
     * receipt starts with it. Never taken from a request's Host header, which its sender chooses.
     */
    @Inject
    @ConfigProperty(name = "valvonta.public.base-url", defaultValue = "http://localhost:8080/valvonta")
    String baseUrl;

    /** The status page of the public UI for {@code token}, at the configured public address. */
    public String statusUrl(String token) {
        return (baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl) + STATUS_VIEW + "?t=" + token;
    }

    /** The public status page, in the application; its token is the parameter {@code t}. */
    public static final String STATUS_VIEW = "/kantelu/tila.xhtml";

    public SubmissionQuota.Policy quota() {
        return new SubmissionQuota.Policy(rateLimitMax, Duration.parse(rateLimitWindow));
    }

    public StatusLinkPolicy statusLinks() {
        return new StatusLinkPolicy(Duration.parse(retentionAfterClose), Duration.parse(documentsWindow), documentsMax);
    }

    public long jsonMaxBytes() {
        return jsonMaxBytes;
    }
}
