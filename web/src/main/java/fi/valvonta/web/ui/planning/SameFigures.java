package fi.valvonta.web.ui.planning;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * What the plan page derives from one computed plan (its heatmap rows, its chart's bars, their markup), kept while
 * the page shows that very computation. The service hands out the same list of entries as long as the plan's inputs
 * have not changed (a draft: once per data version; an adopted plan: its frozen entries), so a value derived from
 * that list instance, in one language, is the same for every request: the key is the instance itself (identity, not
 * equality, which would compare every entry on every request) and whatever else the value depends on. Holding at
 * most {@code capacity} values, the least recently used dropped first: a changed plan brings new instances and its
 * old values age out.
 */
final class SameFigures<V> {

    private final int capacity;
    private final Map<Key, V> values;

    SameFigures(int capacity) {
        this.capacity = capacity;
        this.values = new LinkedHashMap<>(capacity * 2, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Key, V> eldest) {
                return size() > SameFigures.this.capacity;
            }
        };
    }

    /** The value derived from {@code source} (by identity) and {@code variant} (by equality), derived now if missing. */
    V get(Object source, Object variant, Supplier<V> derive) {
        Key key = new Key(source, variant);
        synchronized (values) {
            V known = values.get(key);
            if (known != null) {
                return known;
            }
        }
        V derived = derive.get(); // outside the lock: two first readers may both derive, and get equal values
        synchronized (values) {
            values.putIfAbsent(key, derived);
        }
        return derived;
    }

    int size() {
        synchronized (values) {
            return values.size();
        }
    }

    private static final class Key {
        private final Object source;
        private final Object variant;

        Key(Object source, Object variant) {
            this.source = Objects.requireNonNull(source);
            this.variant = variant;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.source == source && Objects.equals(k.variant, variant);
        }

        @Override
        public int hashCode() {
            return 31 * System.identityHashCode(source) + Objects.hashCode(variant);
        }
    }
}
