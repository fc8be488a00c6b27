package fi.valvonta.ejb.registry;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

/** Filters, sort and paging of the municipality listing. */
public record MunicipalityQuery(Long pilotAreaId,
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

    public static MunicipalityQuery all() {
        return new MunicipalityQuery(null, LanguageFilter.ANY, null, 0, 500, SortField.NAME, true);
    }
}
