package fi.valvonta.model.measure;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

/** Prior measures on the SAME matter, in the order they were taken (oldest first). */
public record LadderHistory(List<PriorMeasure> measures) {

    public LadderHistory {
        measures = List.copyOf(measures);
    }

    public static LadderHistory empty() {
        return new LadderHistory(List.of());
    }

    public static LadderHistory of(PriorMeasure... measures) {
        return new LadderHistory(List.of(measures));
    }

    public boolean hasUnheededOrder(LocalDate today) {
        return measures.stream().anyMatch(m -> m.isUnheededOrder(today));
    }

    public boolean hasUnheededOrderWithConditionalFine(LocalDate today) {
        return measures.stream().anyMatch(m -> m.isUnheededOrder(today) && m.conditionalFineSet());
    }

    /** The latest served order whose deadline has passed without compliance and that set a conditional fine. */
    public Optional<PriorMeasure> latestUnheededOrderWithConditionalFine(LocalDate today) {
        return IntStream.iterate(measures.size() - 1, i -> i >= 0, i -> i - 1).mapToObj(measures::get)
                .filter(m -> m.isUnheededOrder(today) && m.conditionalFineSet()).findFirst();
    }

    /** An unheeded order that is also enforceable on {@code today} (final, or notwithstanding appeal). */
    public boolean hasUnheededEnforceableOrder(LocalDate today) {
        return measures.stream().anyMatch(m -> m.isUnheededOrder(today) && m.isEnforceableOn(today));
    }

    public boolean hasDecidedOrderWithConditionalFine() {
        return measures.stream().anyMatch(m -> m.isDecided(MeasureType.ORDER) && m.conditionalFineSet());
    }

    /** Index of the latest decided order, if any. */
    Optional<Integer> latestDecidedOrderIndex() {
        return IntStream.iterate(measures.size() - 1, i -> i >= 0, i -> i - 1)
                .filter(i -> measures.get(i).isDecided(MeasureType.ORDER)).boxed().findFirst();
    }

    /** A measure of the given type was decided after the measure at {@code index}. */
    boolean decidedAfter(int index, MeasureType type) {
        return measures.subList(index + 1, measures.size()).stream().anyMatch(m -> m.isDecided(type));
    }
}
