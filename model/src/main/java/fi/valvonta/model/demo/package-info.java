/**
 * The demo agency (demo mode only): a deterministic plan of what a lived-in agency holds — complaints in
 * every workflow state and outcome, measure cases at every step of both ladders, inspections with
 * findings — with dates relative to the application's today. The plan is pure data; the ejb module
 * carries it out through the aggregates' intent methods, so every state is reached legally.
 */
package fi.valvonta.model.demo;
