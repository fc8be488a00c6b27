package fi.valvonta.model.search;

import fi.valvonta.model.complaint.ComplaintPermissions;
import fi.valvonta.model.inspection.InspectionPermissions;
import fi.valvonta.model.measure.MeasurePermissions;
import fi.valvonta.model.security.Role;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * Which kinds of record a search finds for a user: those their roles may read in their own registers,
 * by the registers' permission tables. Every signed-in role may search.
 */
public final class SearchPermissions {

    private SearchPermissions() {
    }

    /** The roles that may read the hits of {@code type}. */
    public static Set<Role> readers(SearchHitType type) {
        return switch (type) {
            case COMPLAINT -> ComplaintPermissions.READ;
            case MEASURE_CASE -> MeasurePermissions.READ;
            case INSPECTION -> InspectionPermissions.READ;
        };
    }

    /** The kinds of record a caller with {@code roles} finds. */
    public static Set<SearchHitType> visibleTo(Set<Role> roles) {
        Set<SearchHitType> visible = EnumSet.noneOf(SearchHitType.class);
        for (SearchHitType t : SearchHitType.values()) {
            if (roles.stream().anyMatch(readers(t)::contains)) {
                visible.add(t);
            }
        }
        return Collections.unmodifiableSet(visible);
    }
}
