package fi.valvonta.model.registry;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The law under which an entity is supervised. The period is the law's own; an entity's supervision
 * period ({@link SupervisionPeriod}) lies within it.
 */
public enum LegalRegime {

    // Laki työllisyyden edistämisen kuntakokeilusta 1269/2020 1 §, 2 §: the pilots ran 1.3.2021–31.12.2024
    PILOT_1269_2020("1269/2020", LocalDate.of(2021, 3, 1), LocalDate.of(2024, 12, 31)),

    // Laki työvoimapalveluiden järjestämisestä 380/2023 (in force 1.1.2025): employment authorities
    EMPLOYMENT_AREA_380_2023("380/2023", LocalDate.of(2025, 1, 1), null);

    private final String statute;
    private final LocalDate inForceFrom;
    private final LocalDate inForceUntil;

    LegalRegime(String statute, LocalDate inForceFrom, LocalDate inForceUntil) {
        this.statute = statute;
        this.inForceFrom = inForceFrom;
        this.inForceUntil = inForceUntil;
    }

    public String statute() {
        return statute;
    }

    public LocalDate inForceFrom() {
        return inForceFrom;
    }

    public Optional<LocalDate> inForceUntil() {
        return Optional.ofNullable(inForceUntil);
    }

    public SupervisionPeriod fullPeriod() {
        return new SupervisionPeriod(inForceFrom, inForceUntil);
    }
}
