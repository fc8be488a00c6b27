package fi.valvonta.ejb.risk;

import fi.valvonta.ejb.planning.PlanningJson;

import fi.valvonta.model.risk.RiskModel;

import java.time.Instant;

/** A stored risk model version: its parameters, fingerprint and whether an adopted plan has locked it. */
public record RiskModelView(long id, String version, String fingerprint, boolean locked, Instant lockedAt,
                            Instant createdAt, String createdBy, RiskParametersDto parameters) {

    static RiskModelView of(RiskModel m) {
        return new RiskModelView(m.id(), m.label(), m.fingerprint(), m.isLocked(), m.lockedAt().orElse(null),
                m.createdAt(), m.createdBy(), PlanningJson.read(m.parametersJson(), RiskParametersDto.class));
    }
}
