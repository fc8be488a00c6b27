/**
 * Views of the complaints register: registration, the case list with inboxes, the case page and statistics.
 */
package fi.valvonta.web.ui.complaint;
