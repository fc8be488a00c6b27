/**
 * Inspections (tarkastukset): the inspection aggregate with its transition and permission tables,
 * the checklist per dimension with the legal basis of each item, and findings.
 */
package fi.valvonta.model.inspection;
