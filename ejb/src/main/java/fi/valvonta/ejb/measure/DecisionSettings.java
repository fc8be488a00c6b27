package fi.valvonta.ejb.measure;

import fi.valvonta.model.registry.AdministrativeCourt;
import fi.valvonta.model.platform.Language;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Objects;

/**
 * What a decision document takes from configuration ({@link MeasureConfiguration}): the agency's letterhead
 * (HL 44 §), the titles in the signature block, the courts' contact details and the court fee in the appeal
 * instructions (HL 47 §), and the minimum time to comply with an order (uhkasakkolaki 6 §).
 */
public record DecisionSettings(Letterhead letterhead, Map<Language, String> presenterTitle,
                               Map<Language, String> deciderTitle, Map<AdministrativeCourt, CourtContact> courts,
                               BigDecimal courtFee, int minWorkingDaysToComply) {

    public DecisionSettings {
        Objects.requireNonNull(letterhead, "letterhead");
        courts = Map.copyOf(courts);
        presenterTitle = Map.copyOf(presenterTitle);
        deciderTitle = Map.copyOf(deciderTitle);
        if (minWorkingDaysToComply < 1) {
            throw new IllegalArgumentException("the minimum time to comply is at least one working day");
        }
    }

    /** The agency's postal address per language, phone, e-mail and web address. */
    public record Letterhead(Map<Language, String> address, String phone, String email, String web) {
        public String addressIn(Language language) {
            return address.getOrDefault(language, address.get(Language.FI));
        }
    }

    /** A court's postal address per language, e-mail and phone. */
    public record CourtContact(Map<Language, String> address, String email, String phone) {
        public String addressIn(Language language) {
            return address.getOrDefault(language, address.get(Language.FI));
        }
    }

    public CourtContact contactOf(AdministrativeCourt court) {
        return Objects.requireNonNull(courts.get(court), "no contact details for " + court);
    }

    public String presenterTitleIn(Language language) {
        return presenterTitle.getOrDefault(language, presenterTitle.get(Language.FI));
    }

    public String deciderTitleIn(Language language) {
        return deciderTitle.getOrDefault(language, deciderTitle.get(Language.FI));
    }

    /** Built-in values for tests without a server: the same defaults {@link MeasureConfiguration} uses. */
    public static DecisionSettings defaults() {
        return MeasureConfiguration.read(key -> java.util.Optional.empty());
    }
}
