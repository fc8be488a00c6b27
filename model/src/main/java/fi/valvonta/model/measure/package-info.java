/**
 * Formal measures (hallinnolliset toimenpiteet) the supervisor takes against a supervised entity:
 * guidance, remarks, orders, conditional fines and suspensions. Pure domain rules, no persistence:
 * which measure the legal regime allows ({@link fi.valvonta.model.measure.MeasureLadder}), the
 * hearing before deciding (HL 34 §, {@link fi.valvonta.model.measure.HearingRule}), presenter and
 * decider ({@link fi.valvonta.model.measure.DecisionRoles}), service, appeal period and finality
 * ({@link fi.valvonta.model.measure.ServiceRules}), appeal instructions and document languages. The
 * measure's actions and who may take them are one table each ({@link fi.valvonta.model.measure.MeasureAction},
 * {@link fi.valvonta.model.measure.MeasurePermissions}); the aggregate applies every rule itself.
 */
package fi.valvonta.model.measure;
