/**
 * Notifications by e-mail (SMTP; off by default): the complainant's receipt when a complaint is registered,
 * and each official's daily digest of the deadlines of their cases (EJB timer, once a day). Each attempt is
 * recorded with its delivery status and in the audit trail (the receipt also in the complaint's).
 */
package fi.valvonta.ejb.notification;
