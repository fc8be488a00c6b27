/** Writing the audit trail and the use log (in the change's own transaction) and reading them. */
package fi.valvonta.ejb.audit;
