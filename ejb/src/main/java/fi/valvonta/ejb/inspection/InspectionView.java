package fi.valvonta.ejb.inspection;

import fi.valvonta.model.inspection.ChecklistItem;
import fi.valvonta.model.inspection.Inspection;
import fi.valvonta.model.inspection.InspectionAction;
import fi.valvonta.model.inspection.FindingOutcome;
import fi.valvonta.model.inspection.InspectionOrigin;
import fi.valvonta.model.inspection.InspectionState;
import fi.valvonta.model.inspection.InspectionType;
import fi.valvonta.model.platform.Dimension;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

/** An inspection with its checklist and findings, and what the caller may do with it now. */
public record InspectionView(long id, long version, long entityId, String entityName, InspectionOrigin origin, Long planId,
                             String complaintReference, InspectionType type, LocalDate scheduledOn,
                             List<String> inspectors, InspectionState state, LocalDate completedOn, String report,
                             List<Item> checklist, List<FindingView> findings, List<String> allowedActions) {

    /** Whether the caller may take the action with this slug ({@code "complete"}, {@code "record-finding"} …). */
    public boolean allows(String slug) {
        return allowedActions.contains(slug);
    }

    /** A checklist item with its legal basis and, once assessed, its outcome. */
    public record Item(String code, Dimension dimension, String legalBasis, FindingOutcome outcome) {
        public static Item of(ChecklistItem i) {
            return new Item(i.code(), i.dimension(), i.legalBasis(), i.outcome().orElse(null));
        }
    }

    /** The inspection and the actions ({@link InspectionAction} slugs) the caller may take on it now. */
    public static InspectionView of(Inspection i, String entityName, Collection<InspectionAction> allowed) {
        return new InspectionView(i.id(), i.version(), i.entityId(), entityName, i.origin(), i.planId().orElse(null),
                i.complaintReference().orElse(null), i.type(), i.scheduledOn(), i.inspectors(), i.state(),
                i.completedOn().orElse(null), i.report().orElse(null),
                i.checklist().stream().map(Item::of).toList(), i.findings().stream().map(FindingView::of).toList(),
                allowed.stream().map(InspectionAction::slug).toList());
    }
}
