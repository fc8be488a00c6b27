package fi.valvonta.ejb.platform;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Values derived from something that does not change under its key, the most recently used {@code capacity} of them
 * kept, the least recently used dropped first. A missing value is derived outside the lock (two first readers may
 * both derive it, to equal values; the first kept wins); {@code null} is returned and not kept.
 */
public final class RecentValues<K, V> {

    private final Map<K, V> values;

    public RecentValues(int capacity) {
        this.values = new LinkedHashMap<>(capacity * 2, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return size() > capacity;
            }
        };
    }

    /** The value kept under {@code key}, or derived by {@code derive} now and kept. */
    public V get(K key, Supplier<V> derive) {
        synchronized (values) {
            V known = values.get(key);
            if (known != null) {
                return known;
            }
        }
        V derived = derive.get();
        if (derived == null) {
            return null;
        }
        synchronized (values) {
            V first = values.putIfAbsent(key, derived);
            return first != null ? first : derived;
        }
    }

    public int size() {
        synchronized (values) {
            return values.size();
        }
    }
}
