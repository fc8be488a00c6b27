package fi.valvonta.model.registry;

import fi.valvonta.model.platform.RuleViolationException;
import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A municipality (kunta) of the registry, with its code and region. A pilot municipality was supervised
 * itself under 1269/2020 as part of its pilot area; from 2025 every municipality is a member of an employment
 * area, which is supervised under 380/2023 ({@link #supervisedEntityOn}).
 */
@Entity
@DiscriminatorValue("MUNICIPALITY")
public class Municipality extends SupervisedEntity {

    public static final int CODE_LENGTH = 3;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "pilot_area_id")
    private PilotArea pilotArea;

    /** Statistics Finland's three-digit municipality code. */
    @Column(name = "municipality_code", length = CODE_LENGTH)
    private String code;

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "region_code")
    private Region region;

    @OneToMany(mappedBy = "municipality")
    private List<EmploymentAreaMembership> memberships = new ArrayList<>();

    protected Municipality() {
        // for JPA
    }

    private Municipality(String code, String nameFi, String nameSv, LanguageStatus languageStatus, Region region,
                         LegalRegime regime, SupervisionPeriod supervision) {
        super(nameFi, nameSv, languageStatus, regime, supervision);
        this.code = code;
        this.region = region;
    }

    /** A pilot municipality, supervised for the pilot law's whole period. */
    public static Municipality pilotMunicipality(String nameFi, String nameSv, LanguageStatus languageStatus, PilotArea area) {
        return pilotMunicipality(null, nameFi, nameSv, languageStatus, area, null);
    }

    /** A pilot municipality with its code and region, supervised for the pilot law's whole period. */
    public static Municipality pilotMunicipality(String code, String nameFi, String nameSv, LanguageStatus languageStatus,
                                                 PilotArea area, Region region) {
        Municipality m = new Municipality(code, nameFi, nameSv, languageStatus, region,
                LegalRegime.PILOT_1269_2020, LegalRegime.PILOT_1269_2020.fullPeriod());
        m.pilotArea = Objects.requireNonNull(area, "area");
        return m;
    }

    /** A municipality that was not in a pilot: never supervised itself, only through its employment area. */
    public static Municipality registered(String code, String nameFi, String nameSv, LanguageStatus languageStatus,
                                          Region region) {
        return new Municipality(code, nameFi, nameSv, languageStatus, region, null, null);
    }

    @Override
    public EntityKind kind() {
        return EntityKind.MUNICIPALITY;
    }

    public Optional<PilotArea> pilotArea() {
        return Optional.ofNullable(pilotArea);
    }

    public Optional<String> code() {
        return Optional.ofNullable(code);
    }

    public Optional<Region> region() {
        return Optional.ofNullable(region);
    }

    /** The administrative court of the municipality's region. */
    public Optional<AdministrativeCourt> court() {
        return region().map(Region::court);
    }

    /** The memberships of employment areas, earliest first. */
    public List<EmploymentAreaMembership> memberships() {
        return memberships.stream().sorted(Comparator.comparing(EmploymentAreaMembership::validFrom)).toList();
    }

    /** The employment area the municipality is a member of on the date. */
    public Optional<EmploymentArea> employmentAreaOn(LocalDate date) {
        return memberships.stream().filter(ms -> ms.covers(date)).map(EmploymentAreaMembership::area).findFirst();
    }

    /**
     * The supervised entity that answers for this municipality's employment services on {@code date}: the
     * municipality itself while it was a pilot municipality, else its employment area. The pilots ended on
     * 31.12.2024 with laki 1269/2020 ({@link LegalRegime#PILOT_1269_2020}); from 1.1.2025 the employment
     * authority of the area arranges the services (laki 380/2023). Empty when neither was supervised then.
     * This is the one place that picks the entity for a date.
     */
    public Optional<SupervisedEntity> supervisedEntityOn(LocalDate date) {
        if (isSupervisedOn(date)) {
            return Optional.of(this);
        }
        return employmentAreaOn(date).filter(a -> a.isSupervisedOn(date)).map(SupervisedEntity.class::cast);
    }

    /** Pilot municipality (2021–2024) and employment-area memberships, in time order. */
    public List<MembershipPeriod> history() {
        List<MembershipPeriod> history = new ArrayList<>();
        if (pilotArea != null) {
            findSupervision().ifPresent(p -> history.add(new MembershipPeriod(MembershipPeriod.Kind.PILOT_AREA,
                    pilotArea.id(), pilotArea.nameFi(), null, p.from(), p.until().orElse(null))));
        }
        for (EmploymentAreaMembership ms : memberships()) {
            EmploymentArea a = ms.area();
            history.add(new MembershipPeriod(MembershipPeriod.Kind.EMPLOYMENT_AREA, a.id() == null ? 0 : a.id(),
                    a.nameFi(), a.nameSv().orElse(null), ms.validFrom(), ms.validUntil().orElse(null)));
        }
        return history;
    }

    /**
     * Joins {@code area} from {@code from}; the membership in force then ends the day before (the municipality
     * moves). History is not rewritten: a membership that starts on or after {@code from} is refused.
     */
    EmploymentAreaMembership join(EmploymentArea area, LocalDate from) {
        requireMayJoin(from);
        Optional<EmploymentAreaMembership> current = memberships.stream().filter(ms -> ms.covers(from)).findFirst();
        current.ifPresent(ms -> ms.endOn(from.minusDays(1)));
        EmploymentAreaMembership joined = new EmploymentAreaMembership(this, area, from);
        memberships.add(joined);
        current.ifPresent(ms -> ms.area().memberLeft(this, from));
        return joined;
    }

    void requireMayJoin(LocalDate from) {
        memberships.stream().filter(ms -> !ms.validFrom().isBefore(from)).findFirst().ifPresent(ms -> {
            throw new RuleViolationException("employment-area.member-taken", "memberIds", nameFi()
                    + " is a member of " + ms.area().nameFi() + " from " + ms.validFrom()
                    + ": a new area can take it only from a later date");
        });
    }
}
