/** Queries of the registry of supervised entities and the establishment of employment areas. */
package fi.valvonta.ejb.registry;
