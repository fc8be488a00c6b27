package fi.valvonta.ejb.demo;

import java.util.Map;

/**
 * What of the demo agency is in the database: DEMO complaints by state, outcome and language of
 * proceedings, how many are overdue and how many documents they have; DEMO measures by
 * {@code TYPE:STATE}, how many were appealed; DEMO inspections, completed ones and their findings.
 */
public record DemoCensus(Map<String, Long> complaintsByState, Map<String, Long> complaintsByOutcome,
                         Map<String, Long> complaintsByLanguage, long overdue, long attachments,
                         Map<String, Long> measures, long appealed, long inspections, long inspectionsCompleted,
                         long findings) {
}
