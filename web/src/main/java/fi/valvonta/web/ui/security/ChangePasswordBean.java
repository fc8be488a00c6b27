package fi.valvonta.web.ui.security;

import fi.valvonta.ejb.security.UserDirectory;
import fi.valvonta.model.security.PasswordPolicy;
import fi.valvonta.web.security.ValvontaAuthenticationMechanism;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

import java.io.IOException;

/**
 * The signed-in user's own password: required at first sign-in of a user whose password was handed over
 * (the bootstrap administrator), open to everyone at any time. A wrong current password or a new one the
 * policy refuses is a BusinessException, shown by the page's messages.
 */
@Named
@RequestScoped
public class ChangePasswordBean {

    @Inject
    UserDirectory users;

    @Inject
    HttpServletRequest request;

    @NotBlank
    @Size(max = PasswordPolicy.MAX_LENGTH)
    private String currentPassword;

    @NotBlank
    @Size(max = PasswordPolicy.MAX_LENGTH)
    private String newPassword;

    @NotBlank
    @Size(max = PasswordPolicy.MAX_LENGTH)
    private String repeatPassword;

    public boolean isRequired() {
        return users.passwordChangeRequired(request.getUserPrincipal() == null ? null : request.getUserPrincipal().getName());
    }

    public void change() throws IOException {
        if (!newPassword.equals(repeatPassword)) {
            Messages.addError("password:repeat", "password.mismatch");
            return;
        }
        users.changeOwnPassword(currentPassword, newPassword);
        ValvontaAuthenticationMechanism.passwordChanged(request);
        Messages.addFlashGlobalInfo("password.changed");
        Faces.redirect("index.xhtml");
    }

    public int getMinLength() {
        return PasswordPolicy.MIN_LENGTH;
    }

    public String getCurrentPassword() { return currentPassword; }
    public void setCurrentPassword(String currentPassword) { this.currentPassword = currentPassword; }
    public String getNewPassword() { return newPassword; }
    public void setNewPassword(String newPassword) { this.newPassword = newPassword; }
    public String getRepeatPassword() { return repeatPassword; }
    public void setRepeatPassword(String repeatPassword) { this.repeatPassword = repeatPassword; }
}
