/**
 * The complaints register (hallintokantelu, hallintolaki 434/2003 8 a luku): the processing states
 * and intent-named actions, intake screening, case numbers, deadlines and the language of proceedings.
 * Plain Java so every rule is unit-tested without a server.
 */
package fi.valvonta.model.complaint;
