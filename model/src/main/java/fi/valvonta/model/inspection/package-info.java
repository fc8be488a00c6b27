/**
 * Risk-based inspection planning (valvontasuunnitelma). Pure domain logic, no server:
 * <ul>
 *   <li>{@link fi.valvonta.model.inspection.RiskScorer} turns compact per-entity aggregates
 *       ({@link fi.valvonta.model.inspection.EntityRiskInput}) into a risk score per fundamental-rights
 *       dimension, each with its factor breakdown ("why this number");</li>
 *   <li>{@link fi.valvonta.model.inspection.RiskParameters} is the versioned, immutable model of weights;</li>
 *   <li>{@link fi.valvonta.model.inspection.PlanSelector} chooses the year's inspections within the
 *       inspector-day capacity ({@link fi.valvonta.model.inspection.PlanCapacity}) and says for every entity
 *       why it is or is not in the plan;</li>
 *   <li>{@link fi.valvonta.model.inspection.InspectionPlanner} runs both and compares what-if variants.</li>
 * </ul>
 */
package fi.valvonta.model.inspection;
