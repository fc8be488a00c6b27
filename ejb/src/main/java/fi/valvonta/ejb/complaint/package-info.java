/**
 * The complaints register: registration with gap-free case numbers and intake screening, the
 * workflow and decision, deadlines and the daily overdue check, the case list and statistics.
 * The rules themselves are in {@code fi.valvonta.model.complaint}; these services add persistence,
 * roles, the audit trail and the use log.
 */
package fi.valvonta.ejb.complaint;
