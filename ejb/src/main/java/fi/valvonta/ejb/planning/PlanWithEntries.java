package fi.valvonta.ejb.planning;

import java.util.List;

/** A plan version and its entries in rank order, as one page shows them ({@link PlanningService#findWithEntries}). */
public record PlanWithEntries(PlanView plan, List<PlanEntryView> entries) {

    public PlanWithEntries {
        entries = List.copyOf(entries);
    }
}
