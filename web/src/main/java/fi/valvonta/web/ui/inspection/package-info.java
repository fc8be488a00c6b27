/** Views of inspections: the calendar and one inspection with its checklist, findings and report. */
package fi.valvonta.web.ui.inspection;
