package fi.valvonta.ejb.registry;

/** A pilot area with the number of its municipalities. */
public record PilotAreaSummary(long id, String nameFi, long municipalityCount) {
}
