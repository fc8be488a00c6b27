package fi.valvonta.model.registry;

import fi.valvonta.model.platform.RuleViolationException;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;

/**
 * An employment area (työllisyysalue) and its employment authority, supervised under 380/2023. Its members
 * are municipalities for periods ({@link EmploymentAreaMembership}); in the lead-municipality model one
 * member is the lead (vastuukunta), recorded with the evidence for it where it is known.
 */
@Entity
@DiscriminatorValue("EMPLOYMENT_AREA")
public class EmploymentArea extends SupervisedEntity {

    public static final int EVIDENCE_LENGTH = 120;
    public static final int SOURCE_LENGTH = 500;

    @Enumerated(EnumType.STRING)
    @Column(name = "area_model", length = 24)
    private EmploymentAreaModel model;

    @OneToMany(mappedBy = "area", cascade = CascadeType.PERSIST)
    private List<EmploymentAreaMembership> memberships = new ArrayList<>();

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "lead_municipality_id")
    private Municipality lead;

    /** How strong the evidence for the lead is (e.g. "explicit", "indirect-weak"), or why there is none. */
    @Column(name = "lead_evidence", length = EVIDENCE_LENGTH)
    private String leadEvidence;

    /** Where the lead (or the model) is stated: a URL or a decision's reference. */
    @Column(name = "lead_source", length = SOURCE_LENGTH)
    private String leadSource;

    protected EmploymentArea() {
        // for JPA
    }

    private EmploymentArea(String nameFi, String nameSv, LanguageStatus status, EmploymentAreaModel model, LocalDate from) {
        super(nameFi, nameSv, status, LegalRegime.EMPLOYMENT_AREA_380_2023, new SupervisionPeriod(from, null));
        this.model = model;
    }

    /**
     * Forms an employment area from its member municipalities, from {@code supervisedFrom} (default: the day
     * laki 380/2023 entered into force). Each member moves from the area it belongs to then, whose membership
     * ends the day before; an area left without members ends then. The area's language status follows the
     * members ({@link LanguageStatus#combine}); a single municipality is its own lead.
     */
    public static EmploymentArea establish(String nameFi, String nameSv, EmploymentAreaModel model,
                                           LocalDate supervisedFrom, Collection<Municipality> members) {
        if (members == null || members.isEmpty()) {
            throw new RuleViolationException("employment-area.no-members", "memberIds",
                    "an employment area has at least one member municipality");
        }
        if (new HashSet<>(members).size() != members.size()) {
            throw new RuleViolationException("employment-area.duplicate-member", "memberIds", "a municipality is listed twice");
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
        members.forEach(m -> m.requireMayJoin(from));
        EmploymentArea area = new EmploymentArea(nameFi, nameSv,
                LanguageStatus.combine(members.stream().map(SupervisedEntity::languageStatus).toList()), model, from);
        members.forEach(m -> area.memberships.add(m.join(area, from)));
        if (model == EmploymentAreaModel.SINGLE_MUNICIPALITY) {
            area.lead = members.iterator().next();
            area.leadEvidence = "single municipality";
        }
        return area;
    }

    @Override
    public EntityKind kind() {
        return EntityKind.EMPLOYMENT_AREA;
    }

    public Optional<EmploymentAreaModel> model() {
        return Optional.ofNullable(model);
    }

    /** Every membership the area has had or has, earliest first. */
    public List<EmploymentAreaMembership> memberships() {
        return memberships.stream().sorted(Comparator.comparing(EmploymentAreaMembership::validFrom)
                .thenComparing(ms -> ms.municipality().nameFi())).toList();
    }

    /** The member municipalities on the date. */
    public List<Municipality> membersOn(LocalDate date) {
        return memberships().stream().filter(ms -> ms.covers(date)).map(EmploymentAreaMembership::municipality).toList();
    }

    /**
     * The members the area has now: on {@code today}, or on the day its supervision starts when that is later,
     * or on its last day when it has ended.
     */
    public List<Municipality> currentMembers(LocalDate today) {
        SupervisionPeriod p = supervision();
        LocalDate day = today.isBefore(p.from()) ? p.from() : p.until().filter(today::isAfter).orElse(today);
        return membersOn(day);
    }

    public Optional<Municipality> lead() {
        return Optional.ofNullable(lead);
    }

    public Optional<String> leadEvidence() {
        return Optional.ofNullable(leadEvidence);
    }

    public Optional<String> leadSource() {
        return Optional.ofNullable(leadSource);
    }

    /**
     * Records the lead municipality (vastuukunta) with where it is stated. Only a lead-municipality or a
     * single-municipality area has one (laki 380/2023: a joint authority, kuntayhtymä, has none), and the lead
     * is one of its current members.
     */
    public void recordLead(Municipality municipality, String evidence, String source, LocalDate today) {
        if (model == EmploymentAreaModel.JOINT_AUTHORITY) {
            throw new RuleViolationException("employment-area.joint-authority-has-no-lead", "municipalityId",
                    nameFi() + " is a joint authority (kuntayhtymä): it has no lead municipality");
        }
        if (!currentMembers(today).contains(municipality)) {
            throw new RuleViolationException("employment-area.lead-not-member", "municipalityId",
                    municipality.nameFi() + " is not a member of " + nameFi());
        }
        if (source == null || source.isBlank() || source.strip().length() > SOURCE_LENGTH) {
            throw new RuleViolationException("employment-area.lead-source-required", "source",
                    "name where the lead is stated (a URL or a decision), at most " + SOURCE_LENGTH + " characters");
        }
        this.lead = municipality;
        this.leadEvidence = evidence == null ? null : evidence.strip();
        this.leadSource = source.strip();
    }

    /** A member left the area from {@code from}: with no member left the area ends the day before. */
    void memberLeft(Municipality municipality, LocalDate from) {
        List<Municipality> remaining = memberships.stream().filter(ms -> ms.lastsOnOrAfter(from))
                .map(EmploymentAreaMembership::municipality).toList();
        if (municipality.equals(lead)) {
            lead = null;
            leadEvidence = "the lead " + municipality.nameFi() + " left the area on " + from;
        }
        if (remaining.isEmpty()) {
            endSupervision(from.minusDays(1));
        } else {
            changeLanguageStatus(LanguageStatus.combine(remaining.stream().map(SupervisedEntity::languageStatus).toList()));
        }
    }
}
