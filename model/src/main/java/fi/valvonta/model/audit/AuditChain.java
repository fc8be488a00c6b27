package fi.valvonta.model.audit;

import java.util.List;

/**
 * The three append-only logs, each a hash chain of its own: which table holds it and which columns,
 * in this order, are a row's content. The order is part of the hash and never changes.
 */
public enum AuditChain {
    AUDIT_RECORD("audit_record",
            List.of("occurred_at", "actor", "entity_type", "entity_id", "action", "before_summary", "after_summary")),
    USE_LOG("use_log",
            List.of("occurred_at", "actor", "entity_type", "entity_id", "channel")),
    DISCLOSURE_LOG("disclosure_log",
            List.of("occurred_at", "actor", "entity_type", "entity_id", "channel", "kind", "document",
                    "recipient", "purpose"));

    private final String table;
    private final List<String> contentColumns;

    AuditChain(String table, List<String> contentColumns) {
        this.table = table;
        this.contentColumns = contentColumns;
    }

    /** The table, also the chain's name in {@code audit_chain_head}. */
    public String table() {
        return table;
    }

    /** The columns whose values, in this order, make a row's content. */
    public List<String> contentColumns() {
        return contentColumns;
    }
}
