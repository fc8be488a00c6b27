package fi.valvonta.web.ui.platform;

import jakarta.faces.application.ProjectStage;
import jakarta.faces.application.ResourceHandlerWrapper;
import jakarta.faces.application.ViewResource;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.FacesContextWrapper;
import org.junit.jupiter.api.Test;

import java.net.URL;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

class ViewResourceCacheTest {

    /** Mojarra's lookup, counted: finds every page under /complaints/ and no other. */
    private final List<String> lookups = new ArrayList<>();

    private final ViewResourceCache cache = new ViewResourceCache(new ResourceHandlerWrapper(null) {
        @Override
        public ViewResource createViewResource(FacesContext context, String resourceName) {
            lookups.add(resourceName);
            return resourceName.startsWith("/complaints/") ? new ViewResource() {
                @Override
                public URL getURL() {
                    return null;
                }
            } : null;
        }
    });

    @Test
    void inProductionAFoundViewIsLookedUpOnce() {
        FacesContext production = stage(ProjectStage.Production);
        ViewResource first = cache.createViewResource(production, "/complaints/list.xhtml");
        ViewResource again = cache.createViewResource(production, "/complaints/list.xhtml");
        assertSame(first, again);
        assertEquals(List.of("/complaints/list.xhtml"), lookups);
    }

    @Test
    void aViewNotFoundIsNotRememberedSoNoRequestGrowsTheCache() {
        FacesContext production = stage(ProjectStage.Production);
        assertNull(cache.createViewResource(production, "/no-such-page.xhtml"));
        assertNull(cache.createViewResource(production, "/no-such-page.xhtml"));
        assertEquals(2, lookups.size());
        assertEquals(0, cache.size());
    }

    @Test
    void inDevelopmentEveryLookupGoesThrough() {
        FacesContext development = stage(ProjectStage.Development);
        cache.createViewResource(development, "/complaints/list.xhtml");
        cache.createViewResource(development, "/complaints/list.xhtml");
        assertEquals(2, lookups.size());
        assertEquals(0, cache.size());
    }

    private static FacesContext stage(ProjectStage stage) {
        return new FacesContextWrapper(null) {
            @Override
            public boolean isProjectStage(ProjectStage s) {
                return s == stage;
            }
        };
    }
}
