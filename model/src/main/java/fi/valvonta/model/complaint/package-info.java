/**
 * The complaints register (hallintokantelu, hallintolaki 434/2003 8 a luku): the complaint aggregate
 * with its transition table ({@link fi.valvonta.model.complaint.ComplaintAction}) and permission
 * table, intake screening, deadlines and the language of proceedings. Plain Java, unit-tested.
 */
package fi.valvonta.model.complaint;
