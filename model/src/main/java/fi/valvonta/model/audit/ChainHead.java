package fi.valvonta.model.audit;

/** The stored end of a chain: the position and hash of its last row ({@code 0} and the genesis hash when empty). */
public record ChainHead(long lastSeq, String lastHash) {

    public static ChainHead empty() {
        return new ChainHead(0, HashChain.GENESIS);
    }
}
