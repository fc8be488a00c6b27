package fi.valvonta.model.platform;


import java.time.LocalDate;
import java.util.Objects;

/**
 * The agency that supervises: since 1.1.2026 Lupa- ja valvontavirasto (case prefix LVV); before that
 * Länsi- ja Sisä-Suomen aluehallintovirasto (LSSAVI). Names and prefixes come from configuration.
 *
 * @param predecessorPrefix prefix for matters received before {@code successionDate}
 * @param successionDate    first day of the current agency (laki Lupa- ja valvontavirastosta, in force 1.1.2026)
 */
public record AgencySettings(String nameFi, String nameSv, String nameEn, String prefix,
                             String predecessorPrefix, LocalDate successionDate) {

    public AgencySettings {
        Objects.requireNonNull(nameFi);
        Objects.requireNonNull(nameSv);
        Objects.requireNonNull(nameEn);
        Objects.requireNonNull(successionDate);
        requirePrefix(prefix);
        requirePrefix(predecessorPrefix);
    }

    private static void requirePrefix(String p) {
        if (p == null || !p.matches("[A-Z]{2,16}")) {
            throw new IllegalArgumentException("case-number prefix must be 2-16 capital letters: " + p);
        }
    }

    public static AgencySettings defaults() {
        return new AgencySettings("Lupa- ja valvontavirasto", "Tillstånds- och tillsynsverket",
                "Finnish Permit and Supervision Agency", "LVV", "LSSAVI", LocalDate.of(2026, 1, 1));
    }

    /** The case-number prefix for a matter received on the given date. */
    public String prefixFor(LocalDate received) {
        return received.isBefore(successionDate) ? predecessorPrefix : prefix;
    }

    public String nameIn(Language language) {
        return switch (language) {
            case SV -> nameSv;
            case EN -> nameEn;
            default -> nameFi;
        };
    }
}
