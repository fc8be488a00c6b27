package fi.valvonta.ejb.measure;

import fi.valvonta.model.registry.AdministrativeCourt;
import fi.valvonta.model.platform.Language;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.ConfigProvider;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * {@link DecisionSettings} from MicroProfile Config (system properties or environment). The defaults are
 * conservative and must be checked before production: the courts' contact details as published by the
 * courts in 2025, the court fee of the administrative courts (laki tuomioistuinmaksuista 1455/2015), the
 * agency's letterhead. Keys: see README, Configuration.
 */
@ApplicationScoped
public class MeasureConfiguration {

    static final String PREFIX = "valvonta.";

    private static final Map<AdministrativeCourt, String[]> COURT_DEFAULTS = new EnumMap<>(Map.of(
            AdministrativeCourt.HELSINKI, new String[] {"Radanrakentajantie 5, 00520 Helsinki",
                    "Banbyggarvägen 5, 00520 Helsingfors", "helsinki.hao@oikeus.fi", "029 56 42000"},
            AdministrativeCourt.HAMEENLINNA, new String[] {"Raatihuoneenkatu 1, 13100 Hämeenlinna",
                    "Rådhusgatan 1, 13100 Tavastehus", "hameenlinna.hao@oikeus.fi", "029 56 42210"},
            AdministrativeCourt.ITA_SUOMI, new String[] {"PL 1744, 70101 Kuopio", "PB 1744, 70101 Kuopio",
                    "ita-suomi.hao@oikeus.fi", "029 56 42502"},
            AdministrativeCourt.POHJOIS_SUOMI, new String[] {"PL 189, 90101 Oulu", "PB 189, 90101 Uleåborg",
                    "pohjois-suomi.hao@oikeus.fi", "029 56 42800"},
            AdministrativeCourt.TURKU, new String[] {"Sairashuoneenkatu 2–4, 20100 Turku",
                    "Lasarettsgatan 2–4, 20100 Åbo", "turku.hao@oikeus.fi", "029 56 42410"},
            AdministrativeCourt.VAASA, new String[] {"PL 204, 65101 Vaasa", "PB 204, 65101 Vasa",
                    "vaasa.hao@oikeus.fi", "029 56 42611"}));

    // pseudo-scope: a record (final) cannot be proxied by a normal scope
    @Produces
    @Singleton
    DecisionSettings decisionSettings() {
        return read(key -> ConfigProvider.getConfig().getOptionalValue(key, String.class));
    }

    private interface Value {
        String get(String key, String fallback);
    }

    /** The settings from {@code config} (a key without the {@value #PREFIX} prefix → its value). */
    static DecisionSettings read(Function<String, Optional<String>> config) {
        Value value = (key, fallback) -> config.apply(PREFIX + key).orElse(fallback);
        DecisionSettings.Letterhead letterhead = new DecisionSettings.Letterhead(
                Map.of(Language.FI, value.get("agency.address.fi", "PL 1, 00521 Helsinki"),
                        Language.SV, value.get("agency.address.sv", "PB 1, 00521 Helsingfors")),
                value.get("agency.phone", "0295 016 000"),
                value.get("agency.email", "kirjaamo@lvv.fi"),
                value.get("agency.web", "www.lvv.fi"));
        Map<AdministrativeCourt, DecisionSettings.CourtContact> courts = new EnumMap<>(AdministrativeCourt.class);
        COURT_DEFAULTS.forEach((court, d) -> {
            String k = "court." + court.key() + ".";
            courts.put(court, new DecisionSettings.CourtContact(
                    Map.of(Language.FI, value.get(k + "address.fi", d[0]),
                            Language.SV, value.get(k + "address.sv", d[1])),
                    value.get(k + "email", d[2]), value.get(k + "phone", d[3])));
        });
        return new DecisionSettings(letterhead,
                Map.of(Language.FI, value.get("decision.presenter-title.fi", "ylitarkastaja"),
                        Language.SV, value.get("decision.presenter-title.sv", "överinspektör")),
                Map.of(Language.FI, value.get("decision.decider-title.fi", "johtaja"),
                        Language.SV, value.get("decision.decider-title.sv", "direktör")),
                courts,
                new BigDecimal(value.get("appeal.court-fee", "270")),
                Integer.parseInt(value.get("measure.min-working-days-to-comply", "14")));
    }
}
