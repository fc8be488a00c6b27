package fi.valvonta.web.ui.platform;

import fi.valvonta.ejb.registry.RegistryService;
import fi.valvonta.ejb.registry.SupervisedEntityRef;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.HashMap;
import java.util.Map;

/**
 * A supervised municipality or area by its name in the view's language: {@code #{entityNames.of(id, nameFi)}}
 * is the Swedish name in a Swedish view where the registry has one (Raseborg for Raasepori), else the Finnish
 * name the record carries. The registry's names are read once per Swedish request, never for fi or en.
 */
@Named
@RequestScoped
public class EntityNames {

    @Inject
    RegistryService registry;

    private Map<Long, String> swedish;

    public String of(long entityId, String nameFi) {
        if (!"sv".equals(UiMessages.locale().getLanguage())) {
            return nameFi;
        }
        if (swedish == null) {
            swedish = new HashMap<>();
            for (SupervisedEntityRef e : registry.supervisedEntities()) {
                if (e.nameSv() != null && !e.nameSv().isBlank()) {
                    swedish.put(e.id(), e.nameSv());
                }
            }
        }
        return swedish.getOrDefault(entityId, nameFi);
    }
}
