/** Writing and reading the audit trail and the use log. */
package fi.valvonta.ejb.audit;
