package fi.valvonta.ejb.measure;

import fi.valvonta.model.measure.FollowUp;
import fi.valvonta.model.measure.MeasureType;

import java.time.LocalDate;

/** A compliance follow-up task of a served order. */
public record FollowUpView(long id, long measureId, String caseNumber, long entityId, String entityName, LocalDate dueOn,
                           FollowUp.State state, MeasureType proposedNext) {

    static FollowUpView of(FollowUp f) {
        return new FollowUpView(f.id(), f.measure().id(), f.measure().measureCase().caseNumber(),
                f.measure().measureCase().entity().id(), f.measure().measureCase().entity().nameFi(), f.dueOn(), f.state(), f.proposedNext().orElse(null));
    }
}
