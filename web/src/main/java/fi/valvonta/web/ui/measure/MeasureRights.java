package fi.valvonta.web.ui.measure;

import fi.valvonta.ejb.measure.MeasureService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * What the signed-in user may do with measures outside one measure's page ({@code #{measureRights.mayDraft}}):
 * the register, the complaint and the inspection pages offer "open a measure case" by it. The answer is
 * the permission table's ({@code MeasurePermissions}), asked once a request.
 */
@Named
@RequestScoped
public class MeasureRights {

    @Inject
    MeasureService measures;

    private Boolean mayDraft;

    public boolean isMayDraft() {
        if (mayDraft == null) {
            mayDraft = measures.mayDraft();
        }
        return mayDraft;
    }
}
