package fi.valvonta.model.risk;

import fi.valvonta.model.audit.Auditable;
import fi.valvonta.model.audit.AuditedType;
import fi.valvonta.model.platform.RuleViolationException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Indicators of one supervised entity as of a date, with their source (e.g. "TEM työnvälitystilasto
 * 12/2025", or "DEMO"): the exposure and vulnerability inputs of the risk model. The model uses the
 * latest record dated on or before the plan's as-of date; older records stay as history.
 */
@Entity
@Table(name = "entity_indicator")
public class EntityIndicator implements Auditable {

    public static final int SOURCE_LENGTH = 120;
    public static final int ACTOR_LENGTH = 64;

    @Id
    @SequenceGenerator(name = "entity_indicator_seq", sequenceName = "entity_indicator_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "entity_indicator_seq")
    @Column(name = "id")
    private Long id;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @Column(name = "entity_id", nullable = false)
    private long entityId;

    @Column(name = "valid_on", nullable = false)
    private LocalDate validOn;

    @Column(name = "client_count", nullable = false)
    private int clientCount;

    @Column(name = "foreign_language_share", nullable = false)
    private double foreignLanguageShare;

    @Column(name = "under30_share", nullable = false)
    private double under30Share;

    @NotBlank
    @Size(max = SOURCE_LENGTH)
    @Column(name = "source", nullable = false, length = SOURCE_LENGTH)
    private String source;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @Column(name = "recorded_by", nullable = false, length = ACTOR_LENGTH)
    private String recordedBy;

    protected EntityIndicator() {
        // for JPA
    }

    public EntityIndicator(long entityId, LocalDate validOn, int clientCount, double foreignLanguageShare,
                           double under30Share, String source, Instant recordedAt, String recordedBy) {
        this.entityId = entityId;
        this.validOn = Objects.requireNonNull(validOn, "validOn");
        set(clientCount, foreignLanguageShare, under30Share, source);
        this.recordedAt = Objects.requireNonNull(recordedAt);
        this.recordedBy = Objects.requireNonNull(recordedBy);
    }

    /** Corrects the figures of this date (a new date is a new record). */
    public void correct(int clientCount, double foreignLanguageShare, double under30Share, String source,
                        Instant at, String by) {
        set(clientCount, foreignLanguageShare, under30Share, source);
        this.recordedAt = Objects.requireNonNull(at);
        this.recordedBy = Objects.requireNonNull(by);
    }

    private void set(int clients, double foreign, double under30, String src) {
        if (clients < 0) {
            throw new RuleViolationException("indicator.negative-clients", "clientCount", "client count must be >= 0");
        }
        requireShare(foreign, "foreignLanguageShare");
        requireShare(under30, "under30Share");
        if (src == null || src.isBlank() || src.trim().length() > SOURCE_LENGTH) {
            throw new RuleViolationException("indicator.source", "source",
                    "every indicator names its source (1-" + SOURCE_LENGTH + " characters)");
        }
        this.clientCount = clients;
        this.foreignLanguageShare = foreign;
        this.under30Share = under30;
        this.source = src.trim();
    }

    private static void requireShare(double share, String field) {
        if (!(share >= 0 && share <= 1)) {
            throw new RuleViolationException("indicator.share-out-of-range", field, field + " must be within 0..1");
        }
    }

    public Long id() { return id; }
    public long version() { return version; }
    public long entityId() { return entityId; }
    public LocalDate validOn() { return validOn; }
    public int clientCount() { return clientCount; }
    public double foreignLanguageShare() { return foreignLanguageShare; }
    public double under30Share() { return under30Share; }
    public String source() { return source; }
    public Instant recordedAt() { return recordedAt; }
    public String recordedBy() { return recordedBy; }

    @Override
    public AuditedType auditedType() {
        return AuditedType.ENTITY_INDICATOR;
    }

    @Override
    public long auditedId() {
        return id;
    }

    /** Entity and date, then the figures and their source; aggregates only, no client data. */
    @Override
    public String auditSummary() {
        return toString();
    }

    @Override
    public String toString() {
        return "entity " + entityId + " on " + validOn + ": " + clientCount + " clients, foreign " + foreignLanguageShare
                + ", under 30 " + under30Share + " (" + source + ")";
    }
}
