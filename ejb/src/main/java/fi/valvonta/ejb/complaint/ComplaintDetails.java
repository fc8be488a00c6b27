package fi.valvonta.ejb.complaint;

import fi.valvonta.model.complaint.Complaint;
import fi.valvonta.ejb.platform.DisqualificationRegister;
import fi.valvonta.model.platform.Disqualifications;
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

    @Inject
    DisqualificationRegister disqualifications;

    ComplaintDetail of(Complaint c, Caller caller) {
        Disqualifications d = disqualificationsOf(c);
        return ComplaintAssembler.detail(c, store.attachmentsOf(c.id()), c.allowedActions(caller.roles(), caller.name(), d),
                LocalDate.now(clock), settings.dueSoonWorkingDays(), d, d.isDisqualified(caller.name()));
    }

    /** The disqualifications declared in the complaint's case (HL 27–28 §). */
    Disqualifications disqualificationsOf(Complaint c) {
        return disqualifications.inCase(c.caseNumber().toString());
    }
}
