/**
 * Formal measures (hallinnolliset toimenpiteet): guidance, remarks, orders, conditional fines and
 * suspensions in measure cases. The aggregate enforces every rule itself: the regime's ladder
 * ({@link fi.valvonta.model.measure.MeasureLadder}), the hearing (HL 34 §), the presentation procedure,
 * the supervision period; service (by hand, or electronic through the national messaging service with its
 * deliveries), appeal period and finality; document languages.
 */
package fi.valvonta.model.measure;
