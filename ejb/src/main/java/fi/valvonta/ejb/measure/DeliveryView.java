package fi.valvonta.ejb.measure;

import fi.valvonta.model.measure.DeliveryEventType;
import fi.valvonta.model.measure.ElectronicDelivery;
import fi.valvonta.model.measure.ServiceMethod;
import fi.valvonta.model.platform.Language;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A decision sent through Suomi.fi Messages, as the API and the measure page show it: to whom, as which
 * message, where it stands, the receipt it showed (the date and method of service) and what the service
 * reported, event by event.
 */
public record DeliveryView(long id, long measureId, String externalId, Long messageId, String recipientId,
                           String recipientName, String postalAddress, Language language,
                           boolean electronicVerifiable, boolean letterVerifiable, String sentBy, Instant sentAt,
                           ElectronicDelivery.State state, ElectronicDelivery.Channel channel, LocalDate receivedOn,
                           ServiceMethod serviceMethod, String note, List<Event> events) {

    public DeliveryView {
        events = List.copyOf(events);
    }

    public record Event(DeliveryEventType type, Instant occurredAt, Instant recordedAt) {
    }

    static DeliveryView of(ElectronicDelivery d) {
        return new DeliveryView(d.id(), d.measure().id(), d.externalId(), d.messageId().orElse(null), d.recipientId(),
                d.recipientName(), d.postalAddress().toString(), d.language(), d.electronicVerifiable(),
                d.letterVerifiable(), d.sentBy(), d.sentAt(), d.state(), d.channel().orElse(null),
                d.receivedOn().orElse(null), d.serviceMethod().orElse(null), d.note().orElse(null),
                d.events().stream().map(e -> new Event(e.type(), e.occurredAt(), e.recordedAt())).toList());
    }
}
