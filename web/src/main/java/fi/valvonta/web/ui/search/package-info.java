/** The UI of the search: the box in every page's header and the results page. */
package fi.valvonta.web.ui.search;
