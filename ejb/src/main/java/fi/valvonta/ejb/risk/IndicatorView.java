package fi.valvonta.ejb.risk;

import fi.valvonta.model.risk.EntityIndicator;

import java.time.Instant;
import java.time.LocalDate;

/** Indicators of an entity as of a date, with their source and who recorded them. */
public record IndicatorView(long id, long entityId, String entityName, LocalDate validOn, int clientCount,
                            double foreignLanguageShare, double under30Share, String source, Instant recordedAt,
                            String recordedBy) {

    static IndicatorView of(EntityIndicator i, String name) {
        return new IndicatorView(i.id(), i.entityId(), name, i.validOn(), i.clientCount(), i.foreignLanguageShare(),
                i.under30Share(), i.source(), i.recordedAt(), i.recordedBy());
    }
}
