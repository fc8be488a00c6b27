package fi.valvonta.ejb.work;

import java.time.LocalDate;
import java.util.List;

/** The caller's work items on {@code today}, in the order of {@link fi.valvonta.model.work.WorkItem}; none for a role without a queue. */
public record MyWork(LocalDate today, List<WorkCount> items) {

    public MyWork {
        items = List.copyOf(items);
    }
}
