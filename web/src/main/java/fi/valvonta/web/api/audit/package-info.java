/** REST: the audit trail and use log of a record (ADMIN, AUDITOR). */
package fi.valvonta.web.api.audit;
