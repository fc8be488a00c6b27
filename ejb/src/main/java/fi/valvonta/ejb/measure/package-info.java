/**
 * Measure services: measure cases, drafting, hearing, presentation and decision, service (also electronic,
 * through Suomi.fi Messages, with its event feed read by a timer), compliance follow-up (EJB timer), appeals,
 * and the decision documents in Finnish and Swedish (PDF).
 */
package fi.valvonta.ejb.measure;
