package fi.valvonta.web.ui.measure;

import fi.valvonta.model.shared.BusinessException;
import fi.valvonta.model.shared.RuleViolationException;
import fi.valvonta.web.ui.Messages;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;

/** Shows a refused operation: on the field the rule names when the form has it, else at the top. */
final class MeasureErrors {

    private MeasureErrors() {
    }

    static void show(String formId, BusinessException e) {
        String key = "error." + e.code();
        String text = Messages.text(key);
        if (key.equals(text)) {
            text = e.getMessage(); // no translation for this rule: its own (English) message
        }
        FacesContext fc = FacesContext.getCurrentInstance();
        String clientId = null;
        if (e instanceof RuleViolationException r && r.field() != null
                && fc.getViewRoot().findComponent(":" + formId + ":" + r.field()) != null) {
            clientId = formId + ":" + r.field();
        }
        fc.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
        fc.validationFailed();
    }
}
