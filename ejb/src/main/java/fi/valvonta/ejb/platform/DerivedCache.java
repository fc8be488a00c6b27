package fi.valvonta.ejb.platform;

import jakarta.enterprise.context.ApplicationScoped;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Figures computed from the registers (a draft plan, the statistics, a list's total), each computed once per
 * {@link DataVersion}: a reader with the current version gets the figure computed under it, or computes it while
 * other readers of the same key wait for that one computation. A newer version drops every older figure; a reader
 * that read an older version than the newest seen computes for itself and keeps nothing. Correct across nodes,
 * since the version is the database's; only read-only transactions may use it (a transaction that wrote sees its
 * own uncommitted version).
 */
@ApplicationScoped
public class DerivedCache {

    /** Keys of one version at most: a flood of distinct filters empties the cache rather than the heap. */
    static final int MAX_ENTRIES = 2000;

    private final ConcurrentHashMap<Object, CompletableFuture<Object>> entries = new ConcurrentHashMap<>();
    private volatile long version = Long.MIN_VALUE;

    @SuppressWarnings("unchecked")
    public <T> T get(long dataVersion, Object key, Supplier<T> compute) {
        if (dataVersion > version) {
            synchronized (this) {
                if (dataVersion > version) {
                    entries.clear();
                    version = dataVersion;
                }
            }
        }
        if (dataVersion < version) {
            return compute.get();
        }
        if (entries.size() >= MAX_ENTRIES) {
            entries.clear();
        }
        CompletableFuture<Object> mine = new CompletableFuture<>();
        CompletableFuture<Object> earlier = entries.putIfAbsent(key, mine);
        if (earlier == null) {
            try {
                T value = compute.get();
                mine.complete(value);
                return value;
            } catch (RuntimeException | Error e) {
                entries.remove(key, mine);
                mine.completeExceptionally(e);
                throw e;
            }
        }
        try {
            return (T) earlier.join();
        } catch (CompletionException e) {
            return compute.get(); // the computation this reader waited for failed: its own error, if any, is its own
        }
    }
}
