package fi.valvonta.ejb.user;

import fi.valvonta.model.user.Role;

import java.util.Set;

/** The result of a successful sign-in. */
public record Authenticated(String username, String displayName, Set<Role> roles) {
}
