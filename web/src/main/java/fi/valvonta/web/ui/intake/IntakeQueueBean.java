package fi.valvonta.web.ui.intake;

import fi.valvonta.ejb.intake.IntakeRow;
import fi.valvonta.ejb.intake.IntakeService;
import fi.valvonta.ejb.intake.MailboxPoll;
import fi.valvonta.ejb.intake.MailboxReader;
import fi.valvonta.model.intake.IntakeState;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.omnifaces.util.Messages;

import java.io.Serializable;
import java.util.List;

/** The e-mail queue: the imported messages in one state, oldest first, and fetching the mailbox now. */
@Named
@ViewScoped
public class IntakeQueueBean implements Serializable {

    @Inject
    transient IntakeService intake;

    @Inject
    transient MailboxPoll poll;

    private IntakeState state = IntakeState.PENDING;
    private List<IntakeRow> rows;

    @PostConstruct
    void init() {
        load();
    }

    public void load() {
        rows = intake.queue(state);
    }

    /** Fetches the mailbox now and says what came in. */
    public void fetch() {
        MailboxReader.Pass pass = poll.now();
        Messages.addGlobalInfo("intake.fetched", pass.imported(), pass.duplicates(), pass.failed());
        load();
    }

    public IntakeState[] getStates() {
        return IntakeState.values();
    }

    public IntakeState getState() {
        return state;
    }

    public void setState(IntakeState state) {
        this.state = state == null ? IntakeState.PENDING : state;
    }

    public List<IntakeRow> getRows() {
        return rows;
    }
}
