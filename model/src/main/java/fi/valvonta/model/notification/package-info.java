/** Notifications the agency sends by e-mail (SMTP), each one recorded with its delivery status. */
package fi.valvonta.model.notification;
