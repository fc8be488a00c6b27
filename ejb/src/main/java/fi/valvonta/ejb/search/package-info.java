/**
 * The search box's service: one query over complaints, measure cases and inspections, built in one place
 * ({@link fi.valvonta.ejb.search.SearchSql}) for PostgreSQL's text search or H2's LIKE, limited to what the
 * caller's roles read, with the personal data it reveals written to the use log.
 */
package fi.valvonta.ejb.search;
