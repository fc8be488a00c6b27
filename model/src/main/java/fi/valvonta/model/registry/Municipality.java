package fi.valvonta.model.registry;

import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

import java.util.Optional;

/** A municipality (kunta). In the pilots it is supervised under 1269/2020 as part of its pilot area. */
@Entity
@DiscriminatorValue("MUNICIPALITY")
public class Municipality extends SupervisedEntity {

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "pilot_area_id")
    private PilotArea pilotArea;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "employment_area_id")
    private EmploymentArea employmentArea;

    protected Municipality() {
        // for JPA
    }

    /** A pilot municipality, supervised for the pilot law's whole period. */
    public static Municipality pilotMunicipality(String nameFi, String nameSv, LanguageStatus languageStatus, PilotArea area) {
        Municipality m = new Municipality(nameFi, nameSv, languageStatus,
                LegalRegime.PILOT_1269_2020, LegalRegime.PILOT_1269_2020.fullPeriod());
        m.pilotArea = area;
        return m;
    }

    private Municipality(String nameFi, String nameSv, LanguageStatus languageStatus,
                         LegalRegime regime, SupervisionPeriod supervision) {
        super(nameFi, nameSv, languageStatus, regime, supervision);
    }

    @Override
    public EntityKind kind() {
        return EntityKind.MUNICIPALITY;
    }

    public Optional<PilotArea> pilotArea() {
        return Optional.ofNullable(pilotArea);
    }

    public Optional<EmploymentArea> employmentArea() {
        return Optional.ofNullable(employmentArea);
    }

    void joinEmploymentArea(EmploymentArea area) {
        this.employmentArea = area;
    }
}
