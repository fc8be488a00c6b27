/**
 * Notifications by e-mail (SMTP; off by default): the complainant's receipt when a complaint is
 * registered. Each attempt is recorded with its delivery status and in the complaint's audit trail.
 */
package fi.valvonta.ejb.notification;
