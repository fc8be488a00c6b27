/** {@code GET /me/work}: the caller's work items, each a count and the link to its list. */
package fi.valvonta.web.api.work;
