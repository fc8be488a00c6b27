/**
 * Authentication: one Jakarta Security mechanism on WildFly Elytron that uses a login form (session)
 * for the UI and HTTP Basic for /api/*, and an identity store over the user table (bcrypt).
 */
package fi.valvonta.web.security;
