/**
 * The caller's work queues counted for the home page and {@code GET /me/work}: each item counted by the
 * same query as the list it links to ({@link fi.valvonta.ejb.complaint.ComplaintQuery},
 * {@link fi.valvonta.ejb.measure.MeasureQuery}, the inspection calendar's dates), COUNT only.
 */
package fi.valvonta.ejb.work;
