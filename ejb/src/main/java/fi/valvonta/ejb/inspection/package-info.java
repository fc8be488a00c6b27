/**
 * Risk-based inspection planning and inspections: risk model versions, indicators, the
 * {@link fi.valvonta.ejb.inspection.RiskInputs} seam that gathers the model's inputs, year plans
 * (draft, adopted and frozen with their snapshot, revisions) and inspections with checklists and findings.
 */
package fi.valvonta.ejb.inspection;
