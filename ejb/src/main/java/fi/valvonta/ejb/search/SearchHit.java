package fi.valvonta.ejb.search;

import fi.valvonta.model.search.SearchHitType;

import java.time.LocalDate;

/**
 * One record found: its kind and id, case number (an inspection's is that of the complaint that prompted it),
 * title (a measure case's subject), kind within its type (the latest measure's type, an inspection's type),
 * the supervised entity in Finnish and Swedish, state (the latest measure's, for a measure case), its date
 * (received, opened, scheduled) and the id its page is opened by ({@code linkId}: a measure case opens on its
 * latest measure). {@code party} is the complainant's (or representative's) name only when the query found it;
 * {@code official} likewise the official the complaint is about: both are then use-logged.
 */
public record SearchHit(SearchHitType type, long id, String caseNumber, String title, String kind, long entityId,
                        String entityNameFi, String entityNameSv, String state, LocalDate date, Long linkId,
                        String party, String official, double rank) {
}
