package fi.valvonta.ejb.platform;

import java.util.function.LongSupplier;

/**
 * One request's reading of the {@link DataVersion}, on the request's thread: a JSF page reads its data in several
 * service calls (the filters' registers, the table's total, the page of rows), and each read the version in a
 * transaction of its own (a page of the case list: four readings, three transactions that did nothing else). Within
 * a request {@link #open}ed the first reading is kept and given to the later ones, until the request records a change
 * ({@link #changed}, from the audit trail): from then on every reading goes to the database again, so the request
 * sees its own change and a version never comes from a transaction that may yet roll back. Outside one
 * (the API's calls, a timer) each reading goes to the database.
 */
public final class ReadingRequest implements AutoCloseable {

    private static final ThreadLocal<ReadingRequest> CURRENT = new ThreadLocal<>();

    private final ReadingRequest outer;
    private boolean read;
    private long version;
    private boolean changed;

    private ReadingRequest(ReadingRequest outer) {
        this.outer = outer;
    }

    /** Opens a request whose readings of the data version are shared, on this thread until {@link #close}. */
    public static ReadingRequest open() {
        ReadingRequest request = new ReadingRequest(CURRENT.get());
        CURRENT.set(request);
        return request;
    }

    @Override
    public void close() {
        if (outer == null) {
            CURRENT.remove();
        } else {
            CURRENT.set(outer);
        }
    }

    /** The request has recorded a change of the data: its later readings go to the database. */
    public static void changed() {
        ReadingRequest request = CURRENT.get();
        if (request != null) {
            request.changed = true;
        }
    }

    static long version(LongSupplier database) {
        ReadingRequest request = CURRENT.get();
        if (request == null || request.changed) {
            return database.getAsLong();
        }
        if (!request.read) {
            request.version = database.getAsLong();
            request.read = true;
        }
        return request.version;
    }
}
