/**
 * Planning services: year plans (draft computed from current data, adopted and frozen with its input
 * snapshot, revisions), what-if, and plan exports (CSV, PDF in Finnish and Swedish).
 */
package fi.valvonta.ejb.planning;
