package fi.valvonta.web.ui.measure;

import fi.valvonta.ejb.measure.FollowUpView;
import fi.valvonta.ejb.measure.ImposedFine;
import fi.valvonta.ejb.measure.MeasureInbox;
import fi.valvonta.ejb.measure.MeasureQuery;
import fi.valvonta.ejb.measure.MeasureService;
import fi.valvonta.ejb.measure.MeasureView;
import fi.valvonta.ejb.registry.RegistryService;
import fi.valvonta.ejb.registry.SupervisedEntityRef;
import fi.valvonta.model.measure.FollowUp;
import fi.valvonta.model.measure.MeasureLadder;
import fi.valvonta.model.measure.MeasureState;
import fi.valvonta.model.measure.MeasureType;
import fi.valvonta.model.security.Role;
import fi.valvonta.web.ui.security.UserBean;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;

/**
 * The register of measures per entity with the ladder its regime allows, the work queues (the caller's
 * own or everyone's: {@link MeasureInbox}) and the agency's work lists.
 */
@Named
@ViewScoped
public class MeasureRegisterBean implements Serializable {

    @Inject
    transient MeasureService measures;

    @Inject
    transient RegistryService registry;

    private List<SupervisedEntityRef> entities;
    private Long entityId;
    private List<MeasureView> register = List.of();
    private List<MeasureView> toDecide;
    private List<MeasureView> toServe;
    private List<FollowUpView> dueFollowUps;
    private List<ImposedFine> imposedFines;
    private MeasureInbox inbox;
    private boolean mine;
    private List<MeasureView> queue = List.of();

    @Inject
    UserBean user;

    @PostConstruct
    void init() {
        entities = registry.supervisedEntities();
        toDecide = measures.inStates(List.of(MeasureState.PROPOSED), 50);
        toServe = measures.inStates(List.of(MeasureState.DECIDED), 50);
        dueFollowUps = measures.followUps(FollowUp.State.DUE);
        imposedFines = measures.imposedFines();
    }

    /** The work queue asked for ({@code ?inbox=…&mine=true}, or chosen on the page), oldest first; nothing without one. */
    public void loadQueue() {
        queue = !user.isMeasureReader() || inbox == null && !mine ? List.of() : measures.search(new MeasureQuery(inbox, null, mine));
    }

    /** The queues offered: awaiting my decision only to a decision maker (nobody else decides). */
    public List<MeasureInbox> getInboxes() {
        return java.util.Arrays.stream(MeasureInbox.values())
                .filter(i -> i != MeasureInbox.AWAITING_MY_DECISION || user.hasRole(Role.DECISION_MAKER.name()))
                .toList();
    }

    public void load() {
        register = entityId == null ? List.of() : measures.ofEntity(entityId);
    }

    public List<MeasureType> getLadder() {
        return entities.stream().filter(e -> e.id() == (entityId == null ? -1 : entityId)).findFirst()
                .map(e -> MeasureLadder.allowedTypes(e.regime())).orElse(List.of());
    }

    public String getRegime() {
        return entities.stream().filter(e -> e.id() == (entityId == null ? -1 : entityId)).findFirst()
                .map(e -> e.regime().name()).orElse(null);
    }

    public List<SupervisedEntityRef> getEntities() { return entities; }
    public Long getEntityId() { return entityId; }
    public void setEntityId(Long entityId) { this.entityId = entityId; }
    public List<MeasureView> getRegister() { return register; }
    public List<MeasureView> getToDecide() { return toDecide; }
    public List<MeasureView> getToServe() { return toServe; }
    public List<FollowUpView> getDueFollowUps() { return dueFollowUps; }
    public List<ImposedFine> getImposedFines() { return imposedFines; }
    public MeasureInbox getInbox() { return inbox; }
    public void setInbox(MeasureInbox inbox) { this.inbox = inbox; }
    public boolean isMine() { return mine; }
    public void setMine(boolean mine) { this.mine = mine; }
    public List<MeasureView> getQueue() { return queue; }
}
