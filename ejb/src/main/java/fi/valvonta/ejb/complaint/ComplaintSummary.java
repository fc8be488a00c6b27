package fi.valvonta.ejb.complaint;

import fi.valvonta.model.complaint.Channel;
import fi.valvonta.model.complaint.ComplaintState;
import fi.valvonta.model.complaint.DecisionOutcome;
import fi.valvonta.model.complaint.Theme;

import java.time.LocalDate;
import java.util.List;

/** A row of the case list: no personal data, so listing is not use-logged. */
public record ComplaintSummary(long id, long version, String caseNumber, LocalDate receivedDate, Channel channel,
                               ComplaintState state, long entityId, String entityName, Long pilotAreaId,
                               List<Theme> themes, String assignee, LocalDate nextDeadline, boolean overdue,
                               DecisionOutcome outcome) {
}
