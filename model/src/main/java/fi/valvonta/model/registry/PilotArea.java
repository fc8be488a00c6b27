package fi.valvonta.model.registry;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A pilot area of the employment pilots (kokeilualue, laki 1269/2020 2 §): one or more municipalities. */
@Entity
@Table(name = "pilot_area")
public class PilotArea {

    public static final int NAME_LENGTH = 120;

    /** The area's number in the registry data (1..25); stable, so it is the key. */
    @Id
    @Column(name = "id")
    private Long id;

    @NotBlank
    @Size(max = NAME_LENGTH)
    @Column(name = "name_fi", nullable = false, length = NAME_LENGTH)
    private String nameFi;

    protected PilotArea() {
        // for JPA
    }

    public PilotArea(long number, String nameFi) {
        this.id = number;
        this.nameFi = nameFi;
    }

    public Long id() {
        return id;
    }

    public String nameFi() {
        return nameFi;
    }
}
