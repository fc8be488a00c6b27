/**
 * Inspection services: scheduling from a plan or ad hoc, findings and completion with the report.
 */
package fi.valvonta.ejb.inspection;
