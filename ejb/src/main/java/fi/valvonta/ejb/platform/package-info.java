/** Start-up and cross-cutting services: schema migration, configuration, clock, demo data. */
package fi.valvonta.ejb.platform;
