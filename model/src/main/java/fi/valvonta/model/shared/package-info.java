/**
 * Value objects and rules shared by every aggregate: languages, supervision dimensions,
 * Finnish working days, and the business exception hierarchy.
 */
package fi.valvonta.model.shared;
