package fi.valvonta.ejb.platform;

import java.util.List;

/** One page of a listing and the total it was cut from. */
public record Page<T>(List<T> items, long total, int first, int max) {

    public Page {
        items = List.copyOf(items);
    }
}
