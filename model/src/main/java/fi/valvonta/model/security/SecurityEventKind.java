package fi.valvonta.model.security;

/** What the security log records. */
public enum SecurityEventKind {
    /** Wrong user name or password (form or HTTP Basic). */
    SIGN_IN_FAILED,
    /** Too many failures: the user name or the client is locked for a while. */
    LOCKED_OUT,
    /** An attempt while locked, refused without looking at the password. */
    SIGN_IN_REFUSED_LOCKED,
    /** A call without (valid) credentials: 401. */
    UNAUTHENTICATED,
    /** A signed-in user asked for something their roles do not allow: 403, or an EJB access refusal. */
    ACCESS_DENIED,
    /** A request refused as a possible cross-site request (a form or text body to the API). */
    CROSS_SITE_REFUSED,
    /** A user created by demo mode was disabled because the server started without demo mode. */
    DEMO_USER_DISABLED,
    /** An administrator deactivated a user. */
    USER_DEACTIVATED,
    /** An administrator changed a user's roles. */
    ROLES_CHANGED,
    /** An administrator created a user. */
    USER_CREATED,
    /** The public complaint form's trap field was filled: answered as taken, nothing stored. */
    HONEYPOT_FILLED,
    /** A client sent more complaints through the public e-service than it may for a while: refused (429). */
    SUBMISSIONS_LIMITED
}
