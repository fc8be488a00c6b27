package fi.valvonta.ejb.audit;

import fi.valvonta.model.audit.AuditedType;
import fi.valvonta.model.platform.RuleViolationException;

/** Reads the record type a reader of the trail names ({@code ?type=Complaint}). */
public final class AuditedTypes {

    public static final String UNKNOWN_TYPE = "audit.unknown-type";

    private AuditedTypes() {
    }

    /** @throws RuleViolationException {@value #UNKNOWN_TYPE} on the field {@code type} for a name no record has */
    public static AuditedType parse(String storedName) {
        return AuditedType.fromStoredName(storedName).orElseThrow(() -> new RuleViolationException(UNKNOWN_TYPE, "type",
                "Unknown record type '" + storedName + "'; one of " + java.util.Arrays.stream(AuditedType.values())
                        .map(AuditedType::storedName).toList()));
    }
}
