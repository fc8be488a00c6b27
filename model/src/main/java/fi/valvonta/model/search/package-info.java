/**
 * The search box: what a user's query means (words, quoted phrases, case numbers), which kinds of record
 * a role may find, and when a name in a hit is personal data that the use log must record.
 */
package fi.valvonta.model.search;
