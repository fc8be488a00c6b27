package fi.valvonta.ejb.complaint;

/** An inspector a complaint can be assigned to. */
public record InspectorRef(String username, String displayName) {
}
