package fi.valvonta.ejb.suomifi;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The application's one client of Suomi.fi Messages, so that its access token is fetched once and reused
 * until the service says it expired.
 */
@ApplicationScoped
public class SuomiFiClients {

    @Inject
    SuomiFiSettings settings;

    private volatile SuomiFiClient client;

    public SuomiFiClient client() {
        SuomiFiClient c = client;
        if (c == null) {
            synchronized (this) {
                c = client;
                if (c == null) {
                    c = new SuomiFiClient(settings.account());
                    client = c;
                }
            }
        }
        return c;
    }
}
