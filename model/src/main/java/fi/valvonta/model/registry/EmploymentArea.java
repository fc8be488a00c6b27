package fi.valvonta.model.registry;

import fi.valvonta.model.platform.RuleViolationException;
import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.OneToMany;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** An employment area (työllisyysalue) and its employment authority, supervised under 380/2023. */
@Entity
@DiscriminatorValue("EMPLOYMENT_AREA")
public class EmploymentArea extends SupervisedEntity {

    @Enumerated(EnumType.STRING)
    @Column(name = "area_model", length = 24)
    private EmploymentAreaModel model;

    @OneToMany(mappedBy = "employmentArea")
    private List<Municipality> members = new ArrayList<>();

    protected EmploymentArea() {
        // for JPA
    }

    private EmploymentArea(String nameFi, String nameSv, LanguageStatus status, EmploymentAreaModel model, LocalDate from) {
        super(nameFi, nameSv, status, LegalRegime.EMPLOYMENT_AREA_380_2023, new SupervisionPeriod(from, null));
        this.model = model;
    }

    /**
     * Forms an employment area from its member municipalities. Its language status follows the
     * members ({@link LanguageStatus#combine}); supervision under 380/2023 starts at the earliest
     * on the day the law entered into force.
     */
    public static EmploymentArea establish(String nameFi, String nameSv, EmploymentAreaModel model,
                                           LocalDate supervisedFrom, Collection<Municipality> members) {
        if (members == null || members.isEmpty()) {
            throw new RuleViolationException("employment-area.no-members", "memberIds",
                    "an employment area has at least one member municipality");
        }
        if (model == EmploymentAreaModel.SINGLE_MUNICIPALITY && members.size() != 1) {
            throw new RuleViolationException("employment-area.single-needs-one", "memberIds",
                    "a single-municipality employment area has exactly one member");
        }
        LocalDate from = supervisedFrom == null ? LegalRegime.EMPLOYMENT_AREA_380_2023.inForceFrom() : supervisedFrom;
        // laki 380/2023 entered into force 1.1.2025: no employment-area supervision before it
        if (from.isBefore(LegalRegime.EMPLOYMENT_AREA_380_2023.inForceFrom())) {
            throw new RuleViolationException("employment-area.before-law", "supervisedFrom",
                    "supervision under 380/2023 cannot start before " + LegalRegime.EMPLOYMENT_AREA_380_2023.inForceFrom());
        }
        for (Municipality m : members) {
            m.employmentArea().filter(a -> a != null).ifPresent(a -> {
                throw new RuleViolationException("employment-area.member-taken", "memberIds",
                        m.nameFi() + " already belongs to " + a.nameFi());
            });
        }
        EmploymentArea area = new EmploymentArea(nameFi, nameSv,
                LanguageStatus.combine(members.stream().map(SupervisedEntity::languageStatus).toList()), model, from);
        members.forEach(m -> {
            m.joinEmploymentArea(area);
            area.members.add(m);
        });
        return area;
    }

    @Override
    public EntityKind kind() {
        return EntityKind.EMPLOYMENT_AREA;
    }

    public Optional<EmploymentAreaModel> model() {
        return Optional.ofNullable(model);
    }

    public List<Municipality> members() {
        return List.copyOf(members);
    }
}
