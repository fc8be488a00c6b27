/**
 * Risk model versions, indicators and imported signals, and the seam that gathers the model's inputs
 * from the complaint and measure registers.
 */
package fi.valvonta.ejb.risk;
