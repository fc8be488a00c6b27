package fi.valvonta.model.complaint;

import java.util.Optional;

/** The intake checks of {@link Screening}; when blocking, a finding proposes how to dispose of the complaint. */
public enum ScreeningCode {
    ENTITY_NOT_SUPERVISED_AT_CONDUCT(NotInvestigatedReason.OUTSIDE_COMPETENCE),
    TE_OFFICE_MATTER(NotInvestigatedReason.OUTSIDE_COMPETENCE),
    CONDUCT_OVER_TWO_YEARS(NotInvestigatedReason.OVER_TWO_YEARS),
    POSSIBLE_DUPLICATE(null),
    PERSONAL_IDENTITY_NUMBER(null);

    private final NotInvestigatedReason proposal;

    ScreeningCode(NotInvestigatedReason proposal) {
        this.proposal = proposal;
    }

    /** The disposal a blocking finding of this code proposes. */
    public Optional<NotInvestigatedReason> proposal() {
        return Optional.ofNullable(proposal);
    }
}
