package fi.valvonta.ejb.complaint;

import fi.valvonta.model.complaint.Channel;
import fi.valvonta.model.complaint.ComplaintState;
import fi.valvonta.model.complaint.DecisionOutcome;

import java.time.LocalDate;

/**
 * A row of the case list as the database gives it ({@code SELECT NEW}, indexed columns only); the
 * themes are read separately. Component types follow the entity's fields, as the constructor
 * expression needs.
 */
public record ComplaintRow(Long id, long version, String casePrefix, int caseSerial, int caseYear,
                           LocalDate receivedDate, Channel channel, ComplaintState state, Long entityId,
                           String entityName, Long pilotAreaId, String assignee, LocalDate nextDeadline,
                           boolean overdue, DecisionOutcome outcome) {

    /** The JPQL constructor expression of this row, for {@code FROM Complaint c JOIN c.entity e}. */
    static final String SELECT = "SELECT NEW " + ComplaintRow.class.getName() + "(c.id, c.version, "
            + "c.caseNumber.prefix, c.caseNumber.serial, c.caseNumber.year, c.receivedDate, c.channel, c.state, "
            + "e.id, e.nameFi, c.pilotAreaId, c.assignee, c.nextDeadline, c.overdue, c.outcome)";

    public String caseNumber() {
        return casePrefix + "/" + caseSerial + "/" + caseYear;
    }
}
