package fi.valvonta.web.ui.platform;

import fi.valvonta.model.platform.BusinessException;
import fi.valvonta.model.platform.RuleViolationException;
import jakarta.ejb.EJBAccessException;
import fi.valvonta.model.platform.ForbiddenException;
import fi.valvonta.model.security.SecurityEventKind;
import fi.valvonta.web.i18n.BundleTexts;
import fi.valvonta.web.security.AccessDenials;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIInput;
import jakarta.faces.component.visit.VisitContext;
import jakarta.faces.component.visit.VisitResult;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;

import java.util.Iterator;
import java.util.Locale;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The one error path of the UI. A refused operation ({@link BusinessException}, or the container's
 * {@link EJBAccessException} for a role that may not act) becomes a message in the user's language —
 * on the field the rule names when the page has that field, else at the top of the page — and the
 * request goes on to render the same page: nothing was written, since the exception rolled the
 * transaction back. Anything else is left to the wrapped handler (OmniFaces'
 * {@code FullAjaxExceptionHandler}), which shows the error page, for ajax requests too.
 *
 * <p>Backing beans therefore call services without try/catch. A page that must show fresh data after
 * a refusal (e.g. a stale version) asks {@link #refusalOf(FacesContext)} while it renders.
 */
public class BusinessExceptionHandler extends ExceptionHandlerWrapper {

    private static final String REFUSAL = BusinessExceptionHandler.class.getName() + ".refusal";

    public BusinessExceptionHandler(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() {
        FacesContext fc = FacesContext.getCurrentInstance();
        Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
        while (events.hasNext()) {
            Throwable refusal = refusal(events.next().getContext().getException());
            if (refusal != null && fc != null && fc.getViewRoot() != null) {
                show(fc, refusal);
                events.remove();
            }
        }
        getWrapped().handle();
    }

    /** The refusal this request showed, if any: for a bean to reload what the refusal says is out of date. */
    public static Optional<Throwable> refusalOf(FacesContext fc) {
        return Optional.ofNullable((Throwable) fc.getAttributes().get(REFUSAL));
    }

    /** The business refusal behind a wrapped exception (EL, Faces, EJB wrappers), or null for an unexpected one. */
    static Throwable refusal(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (t instanceof BusinessException || t instanceof EJBAccessException) {
                return t;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return null;
    }

    private static void show(FacesContext fc, Throwable refusal) {
        String text;
        String clientId = null;
        if (refusal instanceof BusinessException e) {
            text = text(e, UiMessages.locale());
            if (e instanceof RuleViolationException r && r.field() != null) {
                clientId = fieldIds(r.field()).stream().map(id -> inputWithId(fc, id)).flatMap(Optional::stream).findFirst()
                        .map(c -> c.getClientId(fc)).orElse(null);
            }
        } else {
            text = UiMessages.text("error.forbidden");
        }
        if (refusal instanceof EJBAccessException || refusal instanceof ForbiddenException) {
            AccessDenials.record((HttpServletRequest) fc.getExternalContext().getRequest(), SecurityEventKind.ACCESS_DENIED,
                    "ui " + refusal.getClass().getSimpleName() + ": " + refusal.getMessage());
        }
        fc.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
        fc.getAttributes().put(REFUSAL, refusal);
        fc.validationFailed();
        fc.renderResponse();
    }

    /**
     * The refusal in the user's language: the bundle's {@code error.<code>}, else the text of its family
     * ({@code error.csv} for {@code csv.header}), each given the rule's own message as {@code {0}}
     * (e.g. the line of a file); the rule's own message where the bundle has neither.
     */
    public static String text(BusinessException e, Locale locale) {
        return BundleTexts.refusal(e, locale);
    }

    /** The input id of a command field ({@code "complainant.name"} → {@code "name"}). */
    static String fieldId(String field) {
        int dot = field.lastIndexOf('.');
        return dot < 0 ? field : field.substring(dot + 1);
    }

    /**
     * The input ids a command field may have on a form, the likeliest first: {@code "entityId"} is the input
     * {@code entityId} or, where the form picks the entity itself, {@code entity}.
     */
    static List<String> fieldIds(String field) {
        String id = fieldId(field);
        return id.length() > 2 && id.endsWith("Id") ? List.of(id, id.substring(0, id.length() - 2)) : List.of(id);
    }

    private static Optional<UIComponent> inputWithId(FacesContext fc, String id) {
        AtomicReference<UIComponent> found = new AtomicReference<>();
        fc.getViewRoot().visitTree(VisitContext.createVisitContext(fc), (ctx, component) -> {
            if (component instanceof UIInput && id.equals(component.getId())) {
                found.set(component);
                return VisitResult.COMPLETE;
            }
            return VisitResult.ACCEPT;
        });
        return Optional.ofNullable(found.get());
    }
}
