package fi.valvonta.web.ui.complaint;

import fi.valvonta.ejb.complaint.ComplaintDetail;
import fi.valvonta.web.ui.platform.UiMessages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A screening finding explained in the user's language ({@code #{screeningTexts.of(f)}}): the bundle's
 * sentence for its code and severity, with the case number a possible duplicate points to.
 */
@Named
@ApplicationScoped
public class ScreeningTexts {

    private static final Pattern CASE_NUMBER = Pattern.compile("[A-Z]{2,16}/\\d+/\\d{4}");

    public String of(ComplaintDetail.FindingView finding) {
        Matcher m = CASE_NUMBER.matcher(finding.detail() == null ? "" : finding.detail());
        return UiMessages.text("complaint.screening.detail." + finding.code() + "." + finding.severity(),
                m.find() ? m.group() : "");
    }
}
