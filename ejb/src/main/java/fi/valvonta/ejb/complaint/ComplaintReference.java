package fi.valvonta.ejb.complaint;

import fi.valvonta.model.complaint.ComplaintState;
import fi.valvonta.model.complaint.DecisionOutcome;
import fi.valvonta.model.complaint.RemarkAddressee;

/**
 * What another case (e.g. a measure opened on a remark or finding) needs to refer to a complaint:
 * its id and case number, the entity and the outcome. No personal data.
 */
public record ComplaintReference(long id, String caseNumber, long entityId, String entityName, ComplaintState state,
                                 DecisionOutcome outcome, RemarkAddressee remarkAddressee) {
}
