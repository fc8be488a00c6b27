package fi.valvonta.ejb.registry;

import fi.valvonta.model.registry.EntityKind;
import fi.valvonta.model.registry.LegalRegime;

/** A supervised entity as offered in selection lists. */
public record SupervisedEntityRef(long id, EntityKind kind, String nameFi, String nameSv, LegalRegime regime) {
}
