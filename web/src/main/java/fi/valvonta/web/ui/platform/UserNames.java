package fi.valvonta.web.ui.platform;

import fi.valvonta.ejb.security.UserDirectory;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.Map;

/**
 * An official as the UI shows them: {@code #{userNames.of(username)}} is the user's display name (a presenter,
 * a decider, an assignee), the user id only for a user no longer in the directory. The directory's names are read
 * once per request, in one query, when a page first names someone.
 */
@Named
@RequestScoped
public class UserNames {

    @Inject
    UserDirectory users;

    private Map<String, String> names;

    public String of(String username) {
        if (username == null || username.isBlank()) {
            return "";
        }
        if (names == null) {
            names = users.displayNames();
        }
        return names.getOrDefault(username, username);
    }
}
