package fi.valvonta.web.ui.security;

import fi.valvonta.ejb.security.UserAdministration;
import fi.valvonta.ejb.security.UserContact;
import fi.valvonta.ejb.security.UserView;
import fi.valvonta.model.platform.Language;
import fi.valvonta.model.security.Role;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.omnifaces.util.Messages;

import java.io.Serializable;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The administrator's user list: change a user's roles, where their notifications go, deactivate a user. */
@Named
@ViewScoped
public class UserAdminBean implements Serializable {

    @Inject
    transient UserAdministration administration;

    private List<UserView> users = List.of();
    /** The roles being edited, per user id. */
    private final Map<Long, List<Role>> roles = new HashMap<>();
    /** The e-mail addresses and notification languages being edited, per user id. */
    private final Map<Long, String> emails = new HashMap<>();
    private final Map<Long, Language> languages = new HashMap<>();

    @PostConstruct
    void load() {
        users = administration.users();
        roles.clear();
        users.forEach(u -> roles.put(u.id(), List.copyOf(u.roles())));
        emails.clear();
        languages.clear();
        users.forEach(u -> {
            emails.put(u.id(), u.email());
            languages.put(u.id(), u.language());
        });
    }

    public void saveRoles(UserView user) {
        List<Role> chosen = roles.get(user.id());
        administration.changeRoles(user.id(), chosen == null || chosen.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(chosen));
        Messages.addGlobalInfo("users.rolesSaved", user.username());
        load();
    }

    /** Where the user's daily digest goes and in which language; a refusal shows on the row's field. */
    public void saveContact(UserView user) {
        administration.changeContact(user.id(), new UserContact(emails.get(user.id()), languages.get(user.id())));
        Messages.addGlobalInfo("users.contactSaved", user.username());
        load();
    }

    public void deactivate(UserView user) {
        administration.deactivate(user.id());
        Messages.addGlobalInfo("users.deactivated", user.username());
        load();
    }

    public Role[] getAllRoles() { return Role.values(); }
    public List<UserView> getUsers() { return users; }
    public Map<Long, List<Role>> getRoles() { return roles; }
    public Map<Long, String> getEmails() { return emails; }
    public Map<Long, Language> getLanguages() { return languages; }
    /** The languages notifications are written in. */
    public Language[] getNotificationLanguages() { return new Language[] {Language.FI, Language.SV, Language.EN}; }

}
