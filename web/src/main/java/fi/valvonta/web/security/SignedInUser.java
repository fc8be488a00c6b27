package fi.valvonta.web.security;

import java.io.Serializable;
import java.util.Set;

/** What the session remembers of a form sign-in. */
record SignedInUser(String username, Set<String> roles) implements Serializable {
}
