package fi.valvonta.web.ui.audit;

import fi.valvonta.ejb.security.SecurityEventView;
import fi.valvonta.ejb.security.SecurityLog;
import fi.valvonta.model.security.SecurityEventKind;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Size;

import java.io.Serializable;
import java.util.List;

/** The auditor's view of the security log: the newest entries, by kind and user name. */
@Named
@ViewScoped
public class SecurityLogBean implements Serializable {

    static final int PAGE = 200;

    @Inject
    transient SecurityLog log;

    private SecurityEventKind kind;
    @Size(max = 64)
    private String username;
    private List<SecurityEventView> events = List.of();

    @PostConstruct
    void load() {
        search();
    }

    public void search() {
        events = log.recent(kind, username, PAGE);
    }

    public SecurityEventKind[] getKinds() { return SecurityEventKind.values(); }
    public SecurityEventKind getKind() { return kind; }
    public void setKind(SecurityEventKind kind) { this.kind = kind; }
    public String getUsername() { return username; }
    public void setUsername(String username) { this.username = username; }
    public List<SecurityEventView> getEvents() { return events; }
}
