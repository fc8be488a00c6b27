package fi.valvonta.model.planning;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The year's selection: one {@link Selection} per scored entity in rank order, the days and risk used,
 * and the HIGH-band entities that capacity did not allow to visit (empty when the mandatory rule holds).
 */
public record PlanSelection(PlanCapacity capacity, double deskReviewCoverage, List<Selection> entries,
                            double daysUsed, double riskCovered, List<Long> highBandWithoutVisit) {

    public PlanSelection {
        Objects.requireNonNull(capacity, "capacity");
        entries = List.copyOf(entries);
        highBandWithoutVisit = List.copyOf(highBandWithoutVisit);
    }

    /** True when every HIGH-band entity got its visit, as the plan rule demands. */
    public boolean highBandFullyCovered() {
        return highBandWithoutVisit.isEmpty();
    }

    public double remainingDays() {
        return capacity.availableDays() - daysUsed;
    }

    public List<Selection> selected() {
        return entries.stream().filter(Selection::isSelected).toList();
    }

    public Optional<Selection> forEntity(long entityId) {
        return entries.stream().filter(e -> e.entityId() == entityId).findFirst();
    }
}
