package fi.valvonta.ejb.security;

import fi.valvonta.model.security.Role;

import java.util.Set;

/**
 * The result of a successful sign-in. {@code passwordChangeRequired}: the user signed in with a password
 * they were given and may do nothing but change it.
 */
public record Authenticated(String username, String displayName, Set<Role> roles, boolean passwordChangeRequired) {
}
