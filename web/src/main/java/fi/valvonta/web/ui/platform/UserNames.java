package fi.valvonta.web.ui.platform;

import fi.valvonta.ejb.security.UserDirectory;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.HashMap;
import java.util.Map;

/**
 * An official as the UI shows them: {@code #{userNames.of(username)}} is the user's display name (a presenter,
 * a decider, an assignee), the user id only for a user no longer in the directory. Looked up once per request.
 */
@Named
@RequestScoped
public class UserNames {

    @Inject
    UserDirectory users;

    private final Map<String, String> names = new HashMap<>();

    public String of(String username) {
        if (username == null || username.isBlank()) {
            return "";
        }
        return names.computeIfAbsent(username, u -> users.displayNameOf(u).orElse(u));
    }
}
