package fi.valvonta.ejb.platform;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * What is derived from one computed figure (a plan page's heatmap rows and their markup, the plan's entries as JSON),
 * kept while that very computation is shown. {@link DerivedCache} hands out the same instance as long as a figure's
 * inputs have not changed (a draft plan: once per data version), so a value derived from that instance, in one
 * language, is the same for every request: the key is the instance itself (identity, not equality, which would
 * compare every entry on every request) and whatever else the value depends on. Holding at most {@code capacity}
 * values, the least recently used dropped first: a changed figure brings new instances and the old values age out.
 */
public final class SameFigures<V> {

    private final RecentValues<Key, V> values;

    public SameFigures(int capacity) {
        this.values = new RecentValues<>(capacity);
    }

    /** The value derived from {@code source} (by identity) and {@code variant} (by equality); derived if missing. */
    public V get(Object source, Object variant, Supplier<V> derive) {
        return values.get(new Key(source, variant), derive);
    }

    public int size() {
        return values.size();
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
