package fi.valvonta.model.audit;

import java.util.Objects;

/** A row's place in its chain: its position, the hash of the row before it, and its own hash. */
public record ChainLink(long seq, String previousHash, String hash) {

    public ChainLink {
        if (seq < 1) {
            throw new IllegalArgumentException("a chain starts at position 1");
        }
        Objects.requireNonNull(previousHash, "previousHash");
        Objects.requireNonNull(hash, "hash");
    }
}
