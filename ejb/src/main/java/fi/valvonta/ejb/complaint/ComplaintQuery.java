package fi.valvonta.ejb.complaint;

import fi.valvonta.model.complaint.ComplaintState;
import fi.valvonta.model.complaint.Theme;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

import java.util.Set;

/**
 * Filters, order and paging of the case list. {@code entityId} is a municipality or employment area,
 * {@code pilotAreaId} a pilot area; {@code caseNumber} is matched exactly.
 */
public record ComplaintQuery(Inbox inbox,
                             Set<ComplaintState> states,
                             Theme theme,
                             Long entityId,
                             Long pilotAreaId,
                             @Size(max = 64) String assignee,
                             Boolean overdue,
                             @Min(2000) @Max(2100) Integer year,
                             @Size(max = 40) String caseNumber,
                             @Min(0) int first,
                             @Min(1) @Max(500) int max,
                             SortField sort,
                             boolean ascending) {

    public enum SortField { RECEIVED, CASE_NUMBER, STATE, DEADLINE, ENTITY }

    public ComplaintQuery {
        states = states == null ? Set.of() : Set.copyOf(states);
        sort = sort == null ? SortField.RECEIVED : sort;
    }

    public static ComplaintQuery page(int first, int max) {
        return new ComplaintQuery(null, null, null, null, null, null, null, null, null, first, max, null, false);
    }
}
