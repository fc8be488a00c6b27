/**
 * Risk-based inspection planning (valvontasuunnitelma): the year's plan with its transition and
 * permission tables, the selection of inspections within the inspector-day capacity and the reason
 * given for every entity, and what-if comparisons.
 */
package fi.valvonta.model.planning;
