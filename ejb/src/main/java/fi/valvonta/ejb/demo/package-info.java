/**
 * The demo agency (demo mode with {@code valvonta.demo.agency=true}): the plan of
 * {@link fi.valvonta.model.demo.DemoScenario} carried out in the background after deployment, through
 * the aggregates' intent methods and with an audit record for every step, in batches of transactions.
 */
package fi.valvonta.ejb.demo;
