/** Views of risk-based inspection planning and inspections: the plan page and the inspection calendar. */
package fi.valvonta.web.ui.inspection;
