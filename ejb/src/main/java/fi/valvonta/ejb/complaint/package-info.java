/**
 * Complaint services: registration (gap-free case numbers, idempotency, screening), the workflow,
 * documents, the case list and statistics, and the nightly overdue check. Each loads the aggregate,
 * calls it, audits and assembles; the rules are in {@code fi.valvonta.model.complaint}.
 */
package fi.valvonta.ejb.complaint;
