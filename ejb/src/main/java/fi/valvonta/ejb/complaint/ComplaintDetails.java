package fi.valvonta.ejb.complaint;

import fi.valvonta.model.complaint.Complaint;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.LocalDate;

/** The case as the caller sees it: {@link ComplaintAssembler#detail} with the caller's actions, documents and today. */
@Dependent
public class ComplaintDetails {

    @Inject
    ComplaintStore store;

    @Inject
    Clock clock;

    @Inject
    ComplaintSettings settings;

    ComplaintDetail of(Complaint c, Caller caller) {
        return ComplaintAssembler.detail(c, store.attachmentsOf(c.id()), c.allowedActions(caller.roles(), caller.name()),
                LocalDate.now(clock), settings.dueSoonWorkingDays());
    }
}
