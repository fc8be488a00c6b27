/**
 * The register of supervised entities: the pilot areas and municipalities of the employment pilots
 * (laki 1269/2020) and the employment areas (laki 380/2023), with their language status and the
 * legal regime under which each is supervised.
 */
package fi.valvonta.model.registry;
