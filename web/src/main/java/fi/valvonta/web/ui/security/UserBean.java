package fi.valvonta.web.ui.security;

import fi.valvonta.ejb.security.UserDirectory;
import fi.valvonta.model.intake.IntakePermissions;
import fi.valvonta.model.measure.MeasurePermissions;
import fi.valvonta.model.security.Role;
import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;

import java.io.Serializable;
import java.security.Principal;

/** The signed-in user as the views need it: name and role checks for rendering actions. */
@Named
@SessionScoped
public class UserBean implements Serializable {

    @Inject
    transient SecurityContext security;

    @Inject
    transient UserDirectory users;

    private String displayName;

    public boolean isSignedIn() {
        return security.getCallerPrincipal() != null;
    }

    public String getUsername() {
        Principal p = security.getCallerPrincipal();
        return p == null ? null : p.getName();
    }

    public String getDisplayName() {
        if (displayName == null && getUsername() != null) {
            displayName = users.displayNameOf(getUsername()).orElse(getUsername());
        }
        return displayName;
    }

    public boolean hasRole(String role) {
        return security.isCallerInRole(role);
    }

    /** May open the complaints register (the case list and case pages). */
    public boolean isComplaintReader() {
        return hasRole(Role.REGISTRAR.name()) || hasRole(Role.INSPECTOR.name()) || hasRole(Role.DECISION_MAKER.name())
                || hasRole(Role.AUDITOR.name());
    }

    /** May open the register of measures and a measure ({@link MeasurePermissions#READ}). */
    public boolean isMeasureReader() {
        return MeasurePermissions.READ.stream().anyMatch(r -> hasRole(r.name()));
    }

    /** May open the e-mail queue ({@link IntakePermissions#READ}). */
    public boolean isIntakeReader() {
        return IntakePermissions.READ.stream().anyMatch(r -> hasRole(r.name()));
    }

    public boolean isAdmin() {
        return hasRole(Role.ADMIN.name());
    }
}
