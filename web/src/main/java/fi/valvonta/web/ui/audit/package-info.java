/** Views for auditors: the audit trail and use log of a record. */
package fi.valvonta.web.ui.audit;
