package fi.valvonta.ejb.user;

import fi.valvonta.model.user.Role;

import java.util.Set;

/**
 * The result of a successful sign-in. {@code passwordChangeRequired}: the user signed in with a password
 * they were given and may do nothing but change it.
 */
public record Authenticated(String username, String displayName, Set<Role> roles, boolean passwordChangeRequired) {
}
