package fi.valvonta.model.platform;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The disqualifications declared in one case and what they bar. The one place of the rule of
 * hallintolaki 27 § 1 mom: a disqualified official may not take part in handling the matter, so may
 * neither present it, nor decide it, nor be assigned to prepare it. Complaints and measures both ask
 * it; a decision made through it records that presenter and decider were not disqualified.
 */
public final class Disqualifications {

    /** The problem code of a refusal: the rule is HL 27 §. */
    public static final String DISQUALIFIED = "disqualified-hl-27";

    /** The part a user would take in the case. */
    public enum Capacity {
        PRESENTER, DECIDER, ASSIGNEE
    }

    private static final Disqualifications NONE = new Disqualifications(List.of());

    private final List<Disqualification> declared;

    private Disqualifications(List<Disqualification> declared) {
        this.declared = declared;
    }

    public static Disqualifications of(Collection<Disqualification> declared) {
        return new Disqualifications(List.copyOf(declared));
    }

    public static Disqualifications none() {
        return NONE;
    }

    /** The declaration of {@code username} in this case, if any. */
    public Optional<Disqualification> of(String username) {
        if (username == null || username.isBlank()) {
            return Optional.empty();
        }
        String u = Disqualification.normalise(username);
        return declared.stream().filter(d -> Disqualification.normalise(d.username()).equals(u)).findFirst();
    }

    public boolean isDisqualified(String username) {
        return of(username).isPresent();
    }

    /**
     * HL 27 § 1 mom: a disqualified official takes no part in the matter.
     *
     * @throws ForbiddenException {@value #DISQUALIFIED} when {@code username} declared themselves disqualified
     */
    public void require(String username, Capacity capacity) {
        Objects.requireNonNull(capacity, "capacity");
        Optional<Disqualification> d = of(username);
        if (d.isPresent()) {
            throw new ForbiddenException(DISQUALIFIED, username + " is disqualified in case " + d.get().caseNumber()
                    + " (" + d.get().ground().legalBasis() + ") and may not act as " + capacity
                    + " (HL 27 § 1 mom)");
        }
    }

    /** Before a decision: neither the presenter nor the decider is disqualified. */
    public void requireDecisionMakers(String presenter, String decider) {
        require(presenter, Capacity.PRESENTER);
        require(decider, Capacity.DECIDER);
    }

    public List<Disqualification> declared() {
        return declared;
    }
}
