/** The home page's "my work": the caller's work items, each a count linking to its list. */
package fi.valvonta.web.ui.work;
