package fi.valvonta.model.registry;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A municipality's membership of an employment area for a period (open-ended while it lasts). A municipality
 * is a member of at most one area on any day; the periods are kept by {@link Municipality}.
 */
@Entity
@Table(name = "employment_area_membership")
public class EmploymentAreaMembership {

    @Id
    @SequenceGenerator(name = "employment_area_membership_seq", sequenceName = "employment_area_membership_seq",
            allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "employment_area_membership_seq")
    @Column(name = "id")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "municipality_id", nullable = false)
    private Municipality municipality;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "employment_area_id", nullable = false)
    private EmploymentArea area;

    @Column(name = "valid_from", nullable = false)
    private LocalDate validFrom;

    @Column(name = "valid_until")
    private LocalDate validUntil;

    protected EmploymentAreaMembership() {
        // for JPA
    }

    EmploymentAreaMembership(Municipality municipality, EmploymentArea area, LocalDate validFrom) {
        this.municipality = Objects.requireNonNull(municipality, "municipality");
        this.area = Objects.requireNonNull(area, "area");
        this.validFrom = Objects.requireNonNull(validFrom, "validFrom");
    }

    public Long id() {
        return id;
    }

    public Municipality municipality() {
        return municipality;
    }

    public EmploymentArea area() {
        return area;
    }

    public LocalDate validFrom() {
        return validFrom;
    }

    public Optional<LocalDate> validUntil() {
        return Optional.ofNullable(validUntil);
    }

    public boolean covers(LocalDate date) {
        return !date.isBefore(validFrom) && (validUntil == null || !date.isAfter(validUntil));
    }

    /** Whether the membership lasts on or after the date (it covers it, or starts later). */
    boolean lastsOnOrAfter(LocalDate date) {
        return validUntil == null || !validUntil.isBefore(date);
    }

    /** Ends the membership on {@code lastDay}: the municipality leaves the area the day after. */
    void endOn(LocalDate lastDay) {
        if (lastDay.isBefore(validFrom)) {
            throw new IllegalArgumentException("a membership from " + validFrom + " cannot end on " + lastDay);
        }
        this.validUntil = lastDay;
    }
}
