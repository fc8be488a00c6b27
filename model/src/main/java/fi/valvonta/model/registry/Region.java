package fi.valvonta.model.registry;

import fi.valvonta.model.platform.Language;
import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.util.Objects;

/**
 * A region (maakunta) of mainland Finland, reference data of Statistics Finland's classification, and the
 * administrative court in whose circuit it lies: the courts' circuits are formed from regions
 * (hallinto-oikeuslaki 430/1999 and its decree).
 */
@Entity
@Cacheable // reference data that changes only by migration
@Table(name = "region")
public class Region {

    public static final int NAME_LENGTH = 60;

    /** The region's two-digit code, e.g. {@code 06} (Pirkanmaa). */
    @Id
    @Column(name = "code", length = 2)
    private String code;

    @Column(name = "name_fi", nullable = false, length = NAME_LENGTH)
    private String nameFi;

    @Column(name = "name_sv", nullable = false, length = NAME_LENGTH)
    private String nameSv;

    @Enumerated(EnumType.STRING)
    @Column(name = "administrative_court", nullable = false, length = 16)
    private AdministrativeCourt court;

    protected Region() {
        // for JPA
    }

    public Region(String code, String nameFi, String nameSv, AdministrativeCourt court) {
        this.code = Objects.requireNonNull(code, "code");
        this.nameFi = Objects.requireNonNull(nameFi, "nameFi");
        this.nameSv = Objects.requireNonNull(nameSv, "nameSv");
        this.court = Objects.requireNonNull(court, "court");
    }

    public String code() {
        return code;
    }

    public String nameFi() {
        return nameFi;
    }

    public String nameSv() {
        return nameSv;
    }

    public String nameIn(Language language) {
        return language == Language.SV ? nameSv : nameFi;
    }

    /** The administrative court whose circuit the region is. */
    public AdministrativeCourt court() {
        return court;
    }
}
