/**
 * Notifications the agency sends by e-mail (SMTP), each one recorded with its delivery status, and what an
 * official's daily digest of deadlines reminds of ({@link fi.valvonta.model.notification.DeadlineDigest}).
 */
package fi.valvonta.model.notification;
