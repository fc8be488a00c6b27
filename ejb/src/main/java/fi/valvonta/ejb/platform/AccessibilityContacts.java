package fi.valvonta.ejb.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Optional;

/**
 * The contacts the accessibility statement gives (laki digitaalisten palvelujen tarjoamisesta 306/2019, 15 §: the
 * statement names a feedback channel, and the supervisory authority to turn to when the answer does not satisfy
 * or none comes in 14 days). From MicroProfile Config, e.g. VALVONTA_ACCESSIBILITY_FEEDBACK_EMAIL.
 * The supervisory authority is the Finnish Transport and Communications Agency Traficom since 1.1.2025
 * (HE 71/2024; until then Etelä-Suomen aluehallintovirasto); its site is saavutettavuusvaatimukset.fi.
 */
@Named("accessibility")
@ApplicationScoped
public class AccessibilityContacts {

    /** The statement's feedback address: its own setting, else the agency's e-mail address of decisions. */
    @Inject
    @ConfigProperty(name = "valvonta.accessibility.feedback-email")
    Optional<String> feedbackEmail;

    @Inject
    @ConfigProperty(name = "valvonta.agency.email", defaultValue = "kirjaamo@lvv.fi")
    String agencyEmail;

    @Inject
    @ConfigProperty(name = "valvonta.accessibility.supervisor.name.fi",
            defaultValue = "Liikenne- ja viestintävirasto Traficom, saavutettavuusvalvonta")
    String supervisorFi;

    @Inject
    @ConfigProperty(name = "valvonta.accessibility.supervisor.name.sv",
            defaultValue = "Transport- och kommunikationsverket Traficom, tillgänglighetstillsynen")
    String supervisorSv;

    @Inject
    @ConfigProperty(name = "valvonta.accessibility.supervisor.name.en",
            defaultValue = "Finnish Transport and Communications Agency Traficom, accessibility supervision")
    String supervisorEn;

    @Inject
    @ConfigProperty(name = "valvonta.accessibility.supervisor.web", defaultValue = "https://www.saavutettavuusvaatimukset.fi")
    String supervisorWeb;

    /** Unset by default: the authority's site gives its current contact form and addresses. */
    @Inject
    @ConfigProperty(name = "valvonta.accessibility.supervisor.email")
    Optional<String> supervisorEmail;

    public String getFeedbackEmail() {
        return feedbackEmail.filter(e -> !e.isBlank()).orElse(agencyEmail);
    }

    /** The supervisory authority's name in the page's language (fi, sv, en). */
    public String supervisorName(String language) {
        return switch (language == null ? "fi" : language) {
            case "sv" -> supervisorSv;
            case "en" -> supervisorEn;
            default -> supervisorFi;
        };
    }

    public String getSupervisorWeb() {
        return supervisorWeb;
    }

    /** The supervisory authority's e-mail address, or empty when none is configured. */
    public String getSupervisorEmail() {
        return supervisorEmail.filter(e -> !e.isBlank()).orElse("");
    }
}
