/** REST: the search over complaints, measure cases and inspections. */
package fi.valvonta.web.api.search;
