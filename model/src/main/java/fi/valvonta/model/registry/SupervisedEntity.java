package fi.valvonta.model.registry;

import fi.valvonta.model.platform.RuleViolationException;
import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorColumn;
import jakarta.persistence.DiscriminatorType;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Inheritance;
import jakarta.persistence.InheritanceType;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Anything the supervisor supervises (valvottava): a pilot municipality or an employment area.
 * Complaints, inspections and measures are all about a supervised entity.
 */
@Entity
@Table(name = "supervised_entity")
@Inheritance(strategy = InheritanceType.SINGLE_TABLE)
@DiscriminatorColumn(name = "kind", discriminatorType = DiscriminatorType.STRING, length = 20)
public abstract class SupervisedEntity {

    public static final int NAME_LENGTH = 120;

    /** The rule code of a call that needs a supervised entity and names a municipality that never was one. */
    public static final String NOT_SUPERVISED = "registry.entity-not-supervised";

    @Id
    @SequenceGenerator(name = "supervised_entity_seq", sequenceName = "supervised_entity_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "supervised_entity_seq")
    @Column(name = "id")
    private Long id;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @NotBlank
    @Size(max = NAME_LENGTH)
    @Column(name = "name_fi", nullable = false, length = NAME_LENGTH)
    private String nameFi;

    @Size(max = NAME_LENGTH)
    @Column(name = "name_sv", length = NAME_LENGTH)
    private String nameSv;

    @NotNull
    @Embedded
    private LanguageStatus languageStatus;

    /** Null for a municipality that was never supervised itself (its employment area is). */
    @Enumerated(EnumType.STRING)
    @Column(name = "regime", length = 32)
    private LegalRegime regime;

    /** Null with {@link #regime}. */
    @Embedded
    private SupervisionPeriod supervision;

    /** The organisation's business ID (Y-tunnus): its recipient identifier in Suomi.fi Messages. */
    @Column(name = "business_id", length = BusinessId.LENGTH)
    private String businessId;

    /** Where a printed decision is mailed when the recipient has no Suomi.fi mailbox. */
    @Embedded
    private PostalAddress postalAddress;

    protected SupervisedEntity() {
        // for JPA
    }

    /** {@code regime} and {@code supervision} both given, or both null (never supervised itself). */
    protected SupervisedEntity(String nameFi, String nameSv, LanguageStatus languageStatus,
                               LegalRegime regime, SupervisionPeriod supervision) {
        if ((regime == null) != (supervision == null)) {
            throw new IllegalArgumentException("a supervised entity has both a regime and a supervision period, or neither");
        }
        this.nameFi = requireName(nameFi);
        this.nameSv = nameSv == null || nameSv.isBlank() ? null : nameSv.trim();
        this.languageStatus = java.util.Objects.requireNonNull(languageStatus, "languageStatus");
        this.regime = regime;
        this.supervision = supervision;
    }

    private static String requireName(String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a supervised entity has a Finnish name");
        }
        return name.trim();
    }

    public abstract EntityKind kind();

    public Long id() {
        return id;
    }

    public long version() {
        return version;
    }

    public String nameFi() {
        return nameFi;
    }

    public Optional<String> nameSv() {
        return Optional.ofNullable(nameSv);
    }

    /** The name in the given language where there is one, else the Finnish name. */
    public String nameIn(fi.valvonta.model.platform.Language language) {
        return language == fi.valvonta.model.platform.Language.SV && nameSv != null ? nameSv : nameFi;
    }

    public LanguageStatus languageStatus() {
        return languageStatus;
    }

    /** The law under which the entity is supervised; empty for a municipality never supervised itself. */
    public Optional<LegalRegime> findRegime() {
        return Optional.ofNullable(regime);
    }

    /** @throws RuleViolationException {@value #NOT_SUPERVISED} when the entity was never supervised itself */
    public LegalRegime regime() {
        return findRegime().orElseThrow(this::notSupervised);
    }

    /** The dates the entity is under the supervisor's competence; empty when it never was itself. */
    public Optional<SupervisionPeriod> findSupervision() {
        return Optional.ofNullable(supervision);
    }

    /** @throws RuleViolationException {@value #NOT_SUPERVISED} when the entity was never supervised itself */
    public SupervisionPeriod supervision() {
        return findSupervision().orElseThrow(this::notSupervised);
    }

    /** Whether the supervisor was competent over this entity on the given date. */
    public boolean isSupervisedOn(LocalDate date) {
        return supervision != null && supervision.covers(date);
    }

    /** Whether the entity's supervision overlaps the period {@code first..last}. */
    public boolean isSupervisedBetween(LocalDate first, LocalDate last) {
        return supervision != null && !supervision.from().isAfter(last)
                && supervision.until().map(u -> !u.isBefore(first)).orElse(true);
    }

    private RuleViolationException notSupervised() {
        // laki 380/2023: a municipality that was not a pilot is supervised through its employment area
        return new RuleViolationException(NOT_SUPERVISED, "entityId", nameFi
                + " is not supervised itself: the employment area it belongs to is (laki 380/2023)");
    }

    /** Supervision ends on {@code lastDay} (an employment area whose last member left it). */
    protected void endSupervision(LocalDate lastDay) {
        this.supervision = new SupervisionPeriod(supervision().from(), lastDay);
    }

    public Optional<BusinessId> businessId() {
        return Optional.ofNullable(businessId).map(BusinessId::new);
    }

    public Optional<PostalAddress> postalAddress() {
        return Optional.ofNullable(postalAddress).filter(PostalAddress::isComplete);
    }

    /**
     * The details the agency serves decisions by: the business ID (its Suomi.fi Messages recipient) and
     * the postal address a printed letter goes to. Either may be cleared with null.
     */
    public void recordServiceDetails(BusinessId businessId, PostalAddress postalAddress) {
        this.businessId = businessId == null ? null : businessId.value();
        this.postalAddress = postalAddress;
    }

    protected void changeLanguageStatus(LanguageStatus status) {
        this.languageStatus = status;
    }

    @Override
    public String toString() {
        return kind() + "[" + id + " " + nameFi + "]";
    }
}
