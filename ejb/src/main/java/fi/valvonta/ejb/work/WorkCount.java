package fi.valvonta.ejb.work;

import fi.valvonta.model.work.WorkItem;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One work item: how many there are, and the filter of the list of exactly those ({@code filter}: the query
 * parameters of the item's list, {@link WorkItem#list()}, in the API and on its page alike, in a stable order).
 */
public record WorkCount(WorkItem item, long count, Map<String, String> filter) {

    public WorkCount {
        filter = Collections.unmodifiableMap(new LinkedHashMap<>(filter));
    }
}
