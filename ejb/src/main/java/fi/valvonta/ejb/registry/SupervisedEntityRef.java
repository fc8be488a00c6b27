package fi.valvonta.ejb.registry;

import fi.valvonta.model.registry.EntityKind;
import fi.valvonta.model.registry.LegalRegime;

/** A supervised entity as offered in selection lists. */
public record SupervisedEntityRef(long id, EntityKind kind, String nameFi, String nameSv, LegalRegime regime) {

    /** The name in the UI's language: the Swedish one for sv where there is one, else the Finnish. */
    public String name(String language) {
        return Names.in(language, nameFi, nameSv);
    }
}
