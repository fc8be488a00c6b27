/**
 * Measure services: measure cases, drafting, hearing, presentation and decision, service, compliance
 * follow-up (EJB timer), appeals, and the decision documents in Finnish and Swedish (PDF).
 */
package fi.valvonta.ejb.measure;
