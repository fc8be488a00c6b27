package fi.valvonta.ejb.security;

import fi.valvonta.model.security.Role;

import java.util.Set;

/** The result of a successful sign-in. */
public record Authenticated(String username, String displayName, Set<Role> roles) {
}
