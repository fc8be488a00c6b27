/**
 * Start-up and cross-cutting services: schema migration, configuration, the clock, the case diary,
 * CSV, demo data.
 */
package fi.valvonta.ejb.platform;
