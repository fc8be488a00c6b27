package fi.valvonta.model.work;

import fi.valvonta.model.security.Role;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * The lists a work item's count links to, with the roles that may read each: the services behind them
 * ({@code ComplaintQueryService}, {@code MeasureService}, {@code InspectionService}) let exactly these in.
 */
public enum WorkList {
    COMPLAINTS(EnumSet.of(Role.REGISTRAR, Role.INSPECTOR, Role.DECISION_MAKER, Role.AUDITOR)),
    MEASURES(EnumSet.of(Role.INSPECTOR, Role.DECISION_MAKER, Role.ADMIN, Role.AUDITOR)),
    INSPECTIONS(EnumSet.allOf(Role.class));

    private final Set<Role> readers;

    WorkList(Set<Role> readers) {
        this.readers = Collections.unmodifiableSet(readers);
    }

    public Set<Role> readers() {
        return readers;
    }
}
