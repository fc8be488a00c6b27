package fi.valvonta.model.registry;

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

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "regime", nullable = false, length = 32)
    private LegalRegime regime;

    @NotNull
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

    protected SupervisedEntity(String nameFi, String nameSv, LanguageStatus languageStatus,
                               LegalRegime regime, SupervisionPeriod supervision) {
        this.nameFi = requireName(nameFi);
        this.nameSv = nameSv == null || nameSv.isBlank() ? null : nameSv.trim();
        this.languageStatus = languageStatus;
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

    public LegalRegime regime() {
        return regime;
    }

    public SupervisionPeriod supervision() {
        return supervision;
    }

    /** Whether the supervisor was competent over this entity on the given date. */
    public boolean isSupervisedOn(LocalDate date) {
        return supervision.covers(date);
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
