/**
 * The complaints register: registration with gap-free case numbers and intake screening
 * ({@code ComplaintRegistrationService}), the workflow and decision ({@code ComplaintWorkflowService}),
 * the case file's documents ({@code ComplaintDocumentService}), the case, list and inboxes
 * ({@code ComplaintQueryService}), deadlines and the daily overdue check, and statistics. The rules
 * themselves are in {@code fi.valvonta.model.complaint}; these services add persistence, roles, the
 * audit trail and the use log. {@code ComplaintAssembler} maps a complaint to what the API and the
 * pages show.
 */
package fi.valvonta.ejb.complaint;
