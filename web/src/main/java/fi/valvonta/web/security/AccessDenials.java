package fi.valvonta.web.security;

import fi.valvonta.ejb.security.SecurityLog;
import fi.valvonta.model.security.SecurityEventKind;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.servlet.http.HttpServletRequest;

import java.security.Principal;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Writes a refused request (401, 403, an EJB access refusal) to the security log, once per request. */
public final class AccessDenials {

    private static final Logger LOG = Logger.getLogger(AccessDenials.class.getName());
    private static final String LOGGED = AccessDenials.class.getName() + ".logged";

    private AccessDenials() {
    }

    public static void record(HttpServletRequest request, SecurityEventKind kind, String detail) {
        if (request == null || request.getAttribute(LOGGED) != null) {
            return;
        }
        request.setAttribute(LOGGED, Boolean.TRUE);
        Principal p = request.getUserPrincipal();
        String where = request.getMethod() + " " + request.getRequestURI();
        try {
            CDI.current().select(SecurityLog.class).get()
                    .record(kind, p == null ? null : p.getName(), request.getRemoteAddr(),
                            detail == null ? where : where + " " + detail);
        } catch (RuntimeException e) {
            // the refusal itself must still reach the client
            LOG.log(Level.WARNING, "Security log not written: " + kind + " " + where, e);
        }
    }
}
