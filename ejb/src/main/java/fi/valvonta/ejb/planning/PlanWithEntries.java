package fi.valvonta.ejb.planning;

import java.util.List;

/**
 * A plan version and its entries in rank order, as one page shows them ({@link PlanningService#findWithEntries}).
 * The entries are the computed or frozen list itself, not a copy: the page's rows, heatmap and chart are kept per
 * list of entries by identity (the web's {@code SameFigures}), and a copy made each of them anew for every page.
 */
public record PlanWithEntries(PlanView plan, List<PlanEntryView> entries) {
}
