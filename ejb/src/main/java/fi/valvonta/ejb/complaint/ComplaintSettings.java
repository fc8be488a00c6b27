package fi.valvonta.ejb.complaint;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Configuration of the complaints register (MicroProfile Config: system properties or environment). */
@ApplicationScoped
public class ComplaintSettings {

    /** Default time for a statement or reply, in agency working days. */
    @Inject
    @ConfigProperty(name = "valvonta.complaint.statement-working-days", defaultValue = "15")
    int statementWorkingDays;

    /** "Due soon" in the inboxes: at most this many working days left. */
    @Inject
    @ConfigProperty(name = "valvonta.complaint.due-soon-working-days", defaultValue = "5")
    int dueSoonWorkingDays;

    /** Largest document accepted, in bytes (the database column holds up to 50 MiB). */
    @Inject
    @ConfigProperty(name = "valvonta.complaint.attachment-max-bytes", defaultValue = "10485760")
    long attachmentMaxBytes;

    public int statementWorkingDays() {
        return statementWorkingDays;
    }

    public int dueSoonWorkingDays() {
        return dueSoonWorkingDays;
    }

    public long attachmentMaxBytes() {
        return attachmentMaxBytes;
    }
}
