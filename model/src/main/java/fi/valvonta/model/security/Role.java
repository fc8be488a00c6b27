package fi.valvonta.model.security;

/** Roles of the supervisor's staff. Names are used as-is in @RolesAllowed and security constraints. */
public enum Role {
    /** Kirjaamo: registers incoming matters (tiedonhallintalaki 25 §). */
    REGISTRAR,
    /** Tarkastaja: investigates, presents (esittelijä). */
    INSPECTOR,
    /** Ratkaisija: decides on presentation. */
    DECISION_MAKER,
    ADMIN,
    /** Read-only access for internal audit. */
    AUDITOR;

    // constants for annotations, which need compile-time strings
    public static final String REGISTRAR_NAME = "REGISTRAR";
    public static final String INSPECTOR_NAME = "INSPECTOR";
    public static final String DECISION_MAKER_NAME = "DECISION_MAKER";
    public static final String ADMIN_NAME = "ADMIN";
    public static final String AUDITOR_NAME = "AUDITOR";
}
