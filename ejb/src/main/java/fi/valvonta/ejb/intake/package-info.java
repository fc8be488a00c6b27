/**
 * E-mail intake: the agency's mailbox polled over IMAP, each new message imported once (by its
 * Message-ID) as a draft in the registrars' queue, completed and registered as a complaint.
 */
package fi.valvonta.ejb.intake;
