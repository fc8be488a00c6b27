/** The plan page: ranking with reasons, heatmap, risk against capacity, what-if, adoption. */
package fi.valvonta.web.ui.planning;
