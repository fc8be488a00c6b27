/**
 * E-mail intake: messages fetched from the agency's mailbox wait here, as drafts, until a registrar
 * completes one into a complaint (or discards it). A message is imported once, by its Message-ID.
 */
package fi.valvonta.model.intake;
