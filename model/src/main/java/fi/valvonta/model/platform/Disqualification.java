package fi.valvonta.model.platform;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Locale;
import java.util.Objects;

/**
 * An official's declaration that they are disqualified (esteellinen, HL 27–30 §) in one case, named by
 * its case number (complaints and measure cases share one diary). HL 30 §: the official decides on
 * their own disqualification, so the declaration is made by the official and is not withdrawn.
 * What it bars is {@link Disqualifications}.
 */
@Entity
@Table(name = "case_disqualification")
public class Disqualification {

    public static final int CASE_NUMBER_LENGTH = 40;
    public static final int USERNAME_LENGTH = 64;
    public static final int EXPLANATION_LENGTH = 2000;

    @Id
    @SequenceGenerator(name = "case_disqualification_seq", sequenceName = "case_disqualification_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "case_disqualification_seq")
    private Long id;

    @Column(name = "case_number", nullable = false, length = CASE_NUMBER_LENGTH)
    private String caseNumber;

    @Column(name = "username", nullable = false, length = USERNAME_LENGTH)
    private String username;

    @Enumerated(EnumType.STRING)
    @Column(name = "ground", nullable = false, length = 32)
    private DisqualificationGround ground;

    @Column(name = "explanation", length = EXPLANATION_LENGTH)
    private String explanation;

    @Column(name = "declared_at", nullable = false)
    private Instant declaredAt;

    protected Disqualification() {
        // for JPA
    }

    /** {@code username} declares themselves disqualified in case {@code caseNumber} on {@code ground}. */
    public static Disqualification declare(String caseNumber, String username, DisqualificationGround ground,
                                           String explanation, Instant at) {
        if (ground == null) {
            throw new RuleViolationException("disqualification.ground-required", "ground",
                    "a disqualification names its ground (HL 28 § 1 mom)");
        }
        String text = explanation == null || explanation.isBlank() ? null : explanation.strip();
        if (ground == DisqualificationGround.OTHER_PARTICULAR_REASON && text == null) {
            throw new RuleViolationException("disqualification.explanation-required", "explanation",
                    "the general clause (HL 28 § 1 mom 7 kohta) needs the reason written out");
        }
        if (text != null && text.length() > EXPLANATION_LENGTH) {
            throw new RuleViolationException("disqualification.explanation-too-long", "explanation",
                    "an explanation is at most " + EXPLANATION_LENGTH + " characters");
        }
        Disqualification d = new Disqualification();
        d.caseNumber = Objects.requireNonNull(caseNumber, "caseNumber");
        d.username = Objects.requireNonNull(username, "username").strip();
        d.ground = ground;
        d.explanation = text;
        d.declaredAt = Objects.requireNonNull(at, "at");
        return d;
    }

    static String normalise(String username) {
        return username.strip().toLowerCase(Locale.ROOT);
    }

    public Long id() { return id; }
    public String caseNumber() { return caseNumber; }
    public String username() { return username; }
    public DisqualificationGround ground() { return ground; }
    public String explanation() { return explanation; }
    public Instant declaredAt() { return declaredAt; }
}
