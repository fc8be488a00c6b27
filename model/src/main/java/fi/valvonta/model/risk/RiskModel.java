package fi.valvonta.model.risk;

import fi.valvonta.model.audit.Auditable;
import fi.valvonta.model.audit.AuditedType;
import fi.valvonta.model.platform.ConflictException;
import fi.valvonta.model.platform.RuleViolationException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A stored version of the risk model ({@link RiskParameters}, kept as JSON with its fingerprint). It may
 * be revised until an adopted plan uses it; from then on it is locked and a change is a new version.
 */
@Entity
@Table(name = "risk_model")
public class RiskModel implements Auditable {

    public static final int LABEL_LENGTH = 40;
    public static final int FINGERPRINT_LENGTH = 64;
    public static final int ACTOR_LENGTH = 64;

    @Id
    @SequenceGenerator(name = "risk_model_seq", sequenceName = "risk_model_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "risk_model_seq")
    @Column(name = "id")
    private Long id;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    /** The parameter version's name ({@link RiskParameters#version()}), unique. */
    @NotBlank
    @Size(max = LABEL_LENGTH)
    @Column(name = "label", nullable = false, length = LABEL_LENGTH)
    private String label;

    @Lob
    @Column(name = "parameters_json", nullable = false)
    private String parametersJson;

    @Column(name = "fingerprint", nullable = false, length = FINGERPRINT_LENGTH)
    private String fingerprint;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, length = ACTOR_LENGTH)
    private String createdBy;

    @Column(name = "locked_at")
    private Instant lockedAt;

    protected RiskModel() {
        // for JPA
    }

    public RiskModel(RiskParameters parameters, String parametersJson, Instant createdAt, String createdBy) {
        Objects.requireNonNull(parameters, "parameters");
        this.label = requireLabel(parameters.version());
        this.parametersJson = Objects.requireNonNull(parametersJson, "parametersJson");
        this.fingerprint = parameters.fingerprint();
        this.createdAt = Objects.requireNonNull(createdAt);
        this.createdBy = Objects.requireNonNull(createdBy);
    }

    private static String requireLabel(String label) {
        if (label == null || label.isBlank() || label.length() > LABEL_LENGTH) {
            throw new RuleViolationException("risk-model.label", "version",
                    "a risk model version needs a name of 1-" + LABEL_LENGTH + " characters");
        }
        return label.trim();
    }

    /** Replaces the parameters of a version no adopted plan uses yet; the name stays. */
    public void revise(RiskParameters parameters, String json) {
        if (isLocked()) {
            throw new ConflictException("risk-model.locked",
                    "risk model " + label + " is used by an adopted plan and cannot change; create a new version");
        }
        if (!label.equals(parameters.version())) {
            throw new RuleViolationException("risk-model.rename", "version",
                    "a revision keeps the version name " + label + "; a new name is a new version");
        }
        this.parametersJson = Objects.requireNonNull(json);
        this.fingerprint = parameters.fingerprint();
    }

    /** Freezes the version: an adopted plan now rests on it. Idempotent. */
    public void lock(Instant at) {
        if (lockedAt == null) {
            lockedAt = Objects.requireNonNull(at);
        }
    }

    public boolean isLocked() {
        return lockedAt != null;
    }

    public Long id() { return id; }
    public long version() { return version; }
    public String label() { return label; }
    public String parametersJson() { return parametersJson; }
    public String fingerprint() { return fingerprint; }
    public Instant createdAt() { return createdAt; }
    public String createdBy() { return createdBy; }
    public Optional<Instant> lockedAt() { return Optional.ofNullable(lockedAt); }

    @Override
    public AuditedType auditedType() {
        return AuditedType.RISK_MODEL;
    }

    @Override
    public long auditedId() {
        return id;
    }

    /** Version name and fingerprint (what the numbers are), then whether an adopted plan rests on it. */
    @Override
    public String auditSummary() {
        return label + " " + fingerprint + (lockedAt == null ? "" : ", locked");
    }
}
