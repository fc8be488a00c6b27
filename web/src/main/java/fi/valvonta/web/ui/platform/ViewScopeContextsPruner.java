package fi.valvonta.web.ui.platform;

import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.SystemEvent;
import jakarta.faces.event.SystemEventListener;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Forgets the view-scoped beans' registry of a view that is gone. Mojarra 4.0 keeps, per session, the view maps of the
 * last views ({@value #ACTIVE_VIEW_MAPS}, at most 25) and, per view, a registry of its CDI {@code @ViewScoped} beans
 * ({@value #ACTIVE_VIEW_CONTEXTS}); when a new view pushes the oldest view map out, it destroys that view's beans but
 * leaves its registry in the session. Each page view thus left ~400 bytes in the session until it ended (measured in
 * the load benchmark: one {@code ViewScopeContextObject} more per page, 16 000 after a few runs of 50 users). Run when
 * a view map is made, this drops the registries whose view map is no longer active: the session keeps as many as views.
 */
public class ViewScopeContextsPruner implements SystemEventListener {

    static final String ACTIVE_VIEW_MAPS = "com.sun.faces.application.view.activeViewMaps";
    static final String ACTIVE_VIEW_CONTEXTS = "com.sun.faces.application.view.activeViewContexts";

    @Override
    public boolean isListenerForSource(Object source) {
        return source instanceof UIViewRoot;
    }

    @Override
    public void processEvent(SystemEvent event) {
        FacesContext context = FacesContext.getCurrentInstance();
        if (context != null && context.getExternalContext().getSession(false) != null) {
            Map<String, Object> session = context.getExternalContext().getSessionMap();
            prune(session.get(ACTIVE_VIEW_MAPS), session.get(ACTIVE_VIEW_CONTEXTS));
        }
    }

    /**
     * Drops from {@code registries} the views that {@code viewMaps} no longer holds. A view's map is registered before
     * its first bean, so a registry without a map is one whose view was pushed out. Mojarra changes the view maps
     * holding their lock; the registries are a concurrent map.
     */
    static void prune(Object viewMaps, Object registries) {
        if (viewMaps instanceof Map<?, ?> maps && registries instanceof Map<?, ?> views) {
            Set<Object> active;
            synchronized (maps) {
                active = new HashSet<>(maps.keySet());
            }
            views.keySet().removeIf(view -> !active.contains(view));
        }
    }
}
