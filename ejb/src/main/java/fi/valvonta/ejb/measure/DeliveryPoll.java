package fi.valvonta.ejb.measure;

import fi.valvonta.ejb.platform.Timers;
import fi.valvonta.ejb.suomifi.SuomiFiApi;
import fi.valvonta.ejb.suomifi.SuomiFiClient;
import fi.valvonta.ejb.suomifi.SuomiFiClients;
import fi.valvonta.ejb.suomifi.SuomiFiException;
import fi.valvonta.ejb.suomifi.SuomiFiSettings;
import fi.valvonta.model.platform.ConflictException;
import fi.valvonta.model.security.Role;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Reads the event feed of Suomi.fi Messages every few minutes when the channel and the timers are on (and
 * when an inspector or an administrator asks): each event moves its delivery on ({@link ElectronicService#apply});
 * the feed's continuation token is kept, so the next read goes on from there and an interrupted one reads the
 * same events again, which are then recognised. One read at a time.
 */
@Singleton
@Startup
@RunAs(Role.INSPECTOR_NAME)
@PermitAll
public class DeliveryPoll {

    private static final Logger LOG = Logger.getLogger(DeliveryPoll.class.getName());

    /** The feed's row in event_feed_cursor. */
    static final String FEED = "suomifi-events";
    /** At most this many pages a read, so one read ends even if the feed keeps giving. */
    private static final int MAX_PAGES = 50;

    @Inject
    private SuomiFiSettings settings;

    @Inject
    private SuomiFiClients clients;

    @Inject
    private ElectronicService service;

    @Inject
    private Timers timers;

    @Resource
    private TimerService timerService;

    /** What a read did: events read, and what each did. */
    public record Pass(int read, int recorded, int served, int unknown, int duplicates, int ignored) {

        static Pass of(int read, Map<ElectronicService.Applied, Integer> counts) {
            return new Pass(read, counts.getOrDefault(ElectronicService.Applied.RECORDED, 0)
                    + counts.getOrDefault(ElectronicService.Applied.SERVED, 0),
                    counts.getOrDefault(ElectronicService.Applied.SERVED, 0),
                    counts.getOrDefault(ElectronicService.Applied.UNKNOWN_MESSAGE, 0),
                    counts.getOrDefault(ElectronicService.Applied.DUPLICATE, 0),
                    counts.getOrDefault(ElectronicService.Applied.IGNORED, 0));
        }
    }

    @PostConstruct
    void schedule() {
        if (settings.enabled()) {
            timers.every(timerService, settings.pollMinutes(), "Suomi.fi Messages events");
        }
    }

    @Timeout
    @Lock(LockType.WRITE)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void onTimer() {
        try {
            Pass pass = read();
            if (pass.read() > 0) {
                LOG.info(() -> "Suomi.fi Messages events: " + pass);
            }
        } catch (SuomiFiException e) {
            LOG.log(Level.WARNING, "Suomi.fi Messages events not read; next try at the next poll: " + e.getMessage());
        }
    }

    /** Reads the feed now; 409 when the channel is off, 503 when the service does not answer or refuses. */
    @RolesAllowed({Role.INSPECTOR_NAME, Role.ADMIN_NAME})
    @Lock(LockType.WRITE)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Pass now() {
        if (!settings.enabled()) {
            throw new ConflictException("suomifi.off",
                    "Electronic service through Suomi.fi Messages is switched off (valvonta.suomifi.enabled)");
        }
        try {
            return read();
        } catch (SuomiFiException e) {
            throw ElectronicService.refusal(e);
        }
    }

    private Pass read() {
        SuomiFiClient client = clients.client();
        String token = service.feedPosition(FEED).orElse(null);
        Map<ElectronicService.Applied, Integer> counts = new EnumMap<>(ElectronicService.Applied.class);
        int read = 0;
        for (int page = 0; page < MAX_PAGES; page++) {
            SuomiFiApi.EventsPage events = client.events(token);
            int onPage = events.events() == null ? 0 : events.events().size();
            for (int i = 0; i < onPage; i++) {
                SuomiFiApi.Event e = events.events().get(i);
                ElectronicService.Applied applied;
                try {
                    SuomiFiApi.EventMetadata about = client.metadataOf(e);
                    applied = service.apply(e.type(), instant(e.eventTime()), about.externalId(), about.messageId());
                } catch (SuomiFiException unreadable) {
                    LOG.warning(() -> "Suomi.fi Messages event skipped: " + unreadable.getMessage());
                    applied = ElectronicService.Applied.IGNORED;
                }
                counts.merge(applied, 1, Integer::sum);
            }
            read += onPage;
            String next = events.continuationToken();
            if (next != null && !next.isBlank()) {
                service.moveFeedPosition(FEED, next);
            }
            if (onPage == 0 || next == null || next.equals(token)) {
                break;
            }
            token = next;
        }
        return Pass.of(read, counts);
    }

    private static Instant instant(String eventTime) {
        if (eventTime == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(eventTime).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
