package fi.valvonta.model.audit;

import java.util.List;

/** A stored row of a chain as the verifier reads it: position, id, content values and the stored hashes. */
public record ChainRow(long seq, long id, List<String> content, String previousHash, String hash) {
}
