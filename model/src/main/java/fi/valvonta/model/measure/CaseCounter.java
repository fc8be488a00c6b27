package fi.valvonta.model.measure;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * The last serial used for measure case numbers {@code PREFIX/serial/year} of one prefix and year;
 * read with a pessimistic lock so two cases never get the same number (the case number column is
 * also UNIQUE). Key: {@code PREFIX/year}.
 */
@Entity
@Table(name = "measure_case_counter")
public class CaseCounter {

    @Id
    @Column(name = "counter_key", length = 24)
    private String key;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @Column(name = "last_serial", nullable = false)
    private int lastSerial;

    protected CaseCounter() {
        // for JPA
    }

    public CaseCounter(String prefix, int year) {
        this.key = keyOf(prefix, year);
    }

    public static String keyOf(String prefix, int year) {
        return prefix + "/" + year;
    }

    /** Takes the next serial. */
    public int next() {
        return ++lastSerial;
    }
}
