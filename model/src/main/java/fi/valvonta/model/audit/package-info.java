/**
 * The audit trail (every create and update of a domain object) and the use log of personal data
 * (tiedonhallintalaki 906/2019 17 §), typed by {@link fi.valvonta.model.audit.AuditedType} and
 * {@link fi.valvonta.model.audit.AuditChannel}; both are append-only.
 */
package fi.valvonta.model.audit;
