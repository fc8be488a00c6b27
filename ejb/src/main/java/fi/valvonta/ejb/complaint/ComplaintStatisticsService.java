package fi.valvonta.ejb.complaint;

import fi.valvonta.ejb.platform.DataVersion;
import fi.valvonta.ejb.platform.DerivedCache;
import fi.valvonta.model.complaint.ComplaintState;
import fi.valvonta.model.complaint.Deadlines;
import fi.valvonta.model.complaint.Theme;
import fi.valvonta.model.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Statistics of the complaints register, counted in the database; the median is computed here. Computed once per
 * change of the data ({@link DataVersion}), however many read them.
 */
@Stateless
@RolesAllowed({Role.REGISTRAR_NAME, Role.INSPECTOR_NAME, Role.DECISION_MAKER_NAME, Role.AUDITOR_NAME, Role.ADMIN_NAME})
public class ComplaintStatisticsService {

    private static final String COUNT = "SELECT NEW " + DimensionCount.class.getName();
    private static final String RESOLUTION = "SELECT NEW " + Resolution.class.getName();

    @PersistenceContext(unitName = "valvonta")
    EntityManager em;

    @Inject
    DataVersion dataVersion;

    @Inject
    DerivedCache cache;

    /** Statistics of complaints received in {@code year}, or of all complaints when {@code year} is null. */
    public ComplaintStatistics compute(Integer year) {
        return cache.get(dataVersion.current(), java.util.Arrays.asList("complaint statistics", year), () -> count(year));
    }

    private ComplaintStatistics count(Integer year) {
        String where = year == null ? "" : " WHERE c.caseNumber.year = :year";
        String andYear = year == null ? "" : " AND c.caseNumber.year = :year";
        long total = query("SELECT COUNT(c) FROM Complaint c" + where, Long.class, year).getSingleResult();

        Map<String, Long> byTheme = new LinkedHashMap<>();
        for (Theme t : Theme.values()) {
            byTheme.put(t.name(), 0L);
        }
        counts(COUNT + "(t, COUNT(c)) FROM Complaint c JOIN c.themes t" + where + " GROUP BY t", year)
                .forEach(r -> byTheme.put(((Theme) r.key()).name(), r.count()));

        Map<String, Long> byState = new LinkedHashMap<>();
        counts(COUNT + "(c.state, COUNT(c)) FROM Complaint c" + where + " GROUP BY c.state", year).stream()
                .sorted(Comparator.comparing(r -> (ComplaintState) r.key()))
                .forEach(r -> byState.put(((ComplaintState) r.key()).name(), r.count()));

        // area: the pilot area of a municipality; an employment area is its own area
        Map<String, Long> byArea = new TreeMap<>();
        counts(COUNT + "(a.nameFi, COUNT(c)) FROM Complaint c, PilotArea a WHERE a.id = c.pilotAreaId" + andYear
                + " GROUP BY a.nameFi", year).forEach(r -> byArea.merge((String) r.key(), r.count(), Long::sum));
        counts(COUNT + "(e.nameFi, COUNT(c)) FROM Complaint c JOIN c.entity e WHERE c.pilotAreaId IS NULL" + andYear
                + " GROUP BY e.nameFi", year).forEach(r -> byArea.merge((String) r.key(), r.count(), Long::sum));

        Map<Integer, Long> byYear = new TreeMap<>();
        counts(COUNT + "(c.caseNumber.year, COUNT(c)) FROM Complaint c" + where + " GROUP BY c.caseNumber.year", year)
                .forEach(r -> byYear.put(((Number) r.key()).intValue(), r.count()));

        List<Long> days = new ArrayList<>();
        long withinTarget = 0;
        List<Resolution> resolved = query(RESOLUTION + "(c.receivedDate, c.resolvedOn) FROM Complaint c "
                + "WHERE c.resolvedOn IS NOT NULL AND c.state <> :withdrawn" + andYear, Resolution.class, year)
                .setParameter("withdrawn", ComplaintState.WITHDRAWN).getResultList();
        for (Resolution r : resolved) {
            days.add(ChronoUnit.DAYS.between(r.received(), r.resolved()));
            if (!r.resolved().isAfter(Deadlines.processingTarget(r.received()))) {
                withinTarget++;
            }
        }
        return new ComplaintStatistics(year, total, byTheme, byArea, byState, byYear, days.size(),
                ComplaintStatistics.median(days), withinTarget);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private List<DimensionCount<?>> counts(String jpql, Integer year) {
        return (List) query(jpql, DimensionCount.class, year).getResultList();
    }

    private <T> TypedQuery<T> query(String jpql, Class<T> type, Integer year) {
        TypedQuery<T> q = em.createQuery(jpql, type);
        if (year != null) {
            q.setParameter("year", year);
        }
        return q;
    }
}
