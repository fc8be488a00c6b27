/**
 * The risk model: per entity and fundamental-rights dimension a score from complaints, orders,
 * findings, inspections and exposure, each with its factor breakdown; versioned parameters and
 * dated indicators.
 */
package fi.valvonta.model.risk;
