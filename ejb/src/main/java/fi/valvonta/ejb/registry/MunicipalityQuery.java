package fi.valvonta.ejb.registry;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

/** Filters, sort and paging of the municipality listing; {@code employmentAreaId}: members of that area today. */
public record MunicipalityQuery(Long pilotAreaId,
                                Long employmentAreaId,
                                LanguageFilter language,
                                @Size(max = 120) String nameContains,
                                @Min(0) int first,
                                @Min(1) @Max(500) int max,
                                SortField sort,
                                boolean ascending) {

    public enum SortField { NAME, PILOT_AREA }

    public MunicipalityQuery {
        language = language == null ? LanguageFilter.ANY : language;
        sort = sort == null ? SortField.NAME : sort;
    }

    public MunicipalityQuery(Long pilotAreaId, LanguageFilter language, String nameContains, int first, int max,
                             SortField sort, boolean ascending) {
        this(pilotAreaId, null, language, nameContains, first, max, sort, ascending);
    }

    public static MunicipalityQuery all() {
        return new MunicipalityQuery(null, null, LanguageFilter.ANY, null, 0, 500, SortField.NAME, true);
    }
}
