package fi.valvonta.ejb.complaint;

import fi.valvonta.model.platform.Language;

import java.util.List;

/** Intake screening of a complaint not yet registered, and the language of proceedings it would get. */
public record ScreeningPreview(List<ComplaintDetail.FindingView> findings, String proposedAction,
                               Language proceedingsLanguage, boolean samiApplies, String casePrefix,
                               int identityNumbersFound, boolean translationNeeded) {
}
