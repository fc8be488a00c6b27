package fi.valvonta.web.ui.platform;

import jakarta.faces.application.ProjectStage;
import jakarta.faces.application.ResourceHandler;
import jakarta.faces.application.ResourceHandlerWrapper;
import jakarta.faces.application.ViewResource;
import jakarta.faces.context.FacesContext;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Remembers where each page's Facelets file is. Every link and menu item with an {@code outcome} asks whether its
 * view exists, and Mojarra looks the file up each time, first reading the message bundle for a resource locale
 * prefix this application does not have, which throws and catches a MissingResourceException: on the complaint list
 * that was fifty lookups a page (the menu and a link per row). The files of a deployed application do not move,
 * so in production a found view is looked up once; a view not found is not remembered (a request for any name
 * must not grow the map), and in other project stages every lookup goes through.
 */
public class ViewResourceCache extends ResourceHandlerWrapper {

    private final Map<String, ViewResource> views = new ConcurrentHashMap<>();

    public ViewResourceCache(ResourceHandler wrapped) {
        super(wrapped);
    }

    @Override
    public ViewResource createViewResource(FacesContext context, String resourceName) {
        if (!context.isProjectStage(ProjectStage.Production)) {
            return super.createViewResource(context, resourceName);
        }
        ViewResource known = views.get(resourceName);
        if (known != null) {
            return known;
        }
        ViewResource found = super.createViewResource(context, resourceName);
        if (found != null) {
            views.putIfAbsent(resourceName, found);
        }
        return found;
    }

    /** How many views are remembered, for the unit test. */
    int size() {
        return views.size();
    }
}
