package fi.valvonta.web.ui.security;

import fi.valvonta.web.security.ValvontaAuthenticationMechanism;
import org.omnifaces.util.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.io.IOException;

/** The login form, and logout. */
@Named
@RequestScoped
public class LoginBean {

    @NotBlank
    @Size(max = 64)
    private String username;

    @NotBlank
    @Size(max = 128)
    private String password;

    /** Where to go after sign-in: only a path inside the application is accepted. */
    private String next;

    @Inject
    SecurityContext security;

    @Inject
    FacesContext faces;

    public String login() throws IOException {
        ExternalContext ec = faces.getExternalContext();
        AuthenticationStatus status = security.authenticate((HttpServletRequest) ec.getRequest(),
                (HttpServletResponse) ec.getResponse(),
                AuthenticationParameters.withParams().newAuthentication(true)
                        .credential(new UsernamePasswordCredential(username, password)));
        switch (status) {
            case SUCCESS -> {
                ec.redirect(ec.getRequestContextPath() + (isSafe(next) ? next : "/index.xhtml"));
                faces.responseComplete();
            }
            case SEND_CONTINUE -> faces.responseComplete();
            // a lock is told as such, the same whether the user name exists or not
            default -> Messages.addGlobalError(ec.getRequestMap().get(ValvontaAuthenticationMechanism.SIGN_IN_LOCKED) != null
                    ? "login.locked" : "login.failed");
        }
        return null;
    }

    public void logout() throws IOException, ServletException {
        ExternalContext ec = faces.getExternalContext();
        ((HttpServletRequest) ec.getRequest()).logout();
        ec.invalidateSession();
        ec.redirect(ec.getRequestContextPath() + "/login.xhtml");
    }

    public static boolean isSafe(String path) {
        return path != null && path.startsWith("/") && !path.startsWith("//") && !path.contains("\\")
                && !path.startsWith("/login.xhtml");
    }

    public String getUsername() { return username; }
    public void setUsername(String username) { this.username = username; }
    public String getPassword() { return password; }
    public void setPassword(String password) { this.password = password; }
    public String getNext() { return next; }
    public void setNext(String next) { this.next = next; }
}
