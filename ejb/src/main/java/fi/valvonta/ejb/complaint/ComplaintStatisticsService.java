package fi.valvonta.ejb.complaint;

import fi.valvonta.model.complaint.ComplaintState;
import fi.valvonta.model.complaint.Deadlines;
import fi.valvonta.model.complaint.Theme;
import fi.valvonta.model.user.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Statistics of the complaints register, counted in the database; the median is computed here. */
@Stateless
@RolesAllowed({Role.REGISTRAR_NAME, Role.INSPECTOR_NAME, Role.DECISION_MAKER_NAME, Role.AUDITOR_NAME, Role.ADMIN_NAME})
public class ComplaintStatisticsService {

    @PersistenceContext(unitName = "valvonta")
    private EntityManager em;

    /** Statistics of complaints received in {@code year}, or of all complaints when {@code year} is null. */
    public ComplaintStatistics compute(Integer year) {
        String where = year == null ? "" : " WHERE c.caseNumber.year = :year";
        long total = single("SELECT COUNT(c) FROM Complaint c" + where, year);

        Map<String, Long> byTheme = new LinkedHashMap<>();
        for (Theme t : Theme.values()) {
            byTheme.put(t.name(), 0L);
        }
        rows("SELECT t, COUNT(c) FROM Complaint c JOIN c.themes t" + where + " GROUP BY t", year)
                .forEach(r -> byTheme.put(((Theme) r[0]).name(), (Long) r[1]));

        Map<String, Long> byState = new LinkedHashMap<>();
        rows("SELECT c.state, COUNT(c) FROM Complaint c" + where + " GROUP BY c.state", year).stream()
                .sorted((a, b) -> ((ComplaintState) a[0]).compareTo((ComplaintState) b[0]))
                .forEach(r -> byState.put(((ComplaintState) r[0]).name(), (Long) r[1]));

        // area: the pilot area of a municipality; an employment area is its own area
        Map<String, Long> byArea = new TreeMap<>();
        rows("SELECT a.nameFi, COUNT(c) FROM Complaint c, PilotArea a WHERE a.id = c.pilotAreaId"
                + (year == null ? "" : " AND c.caseNumber.year = :year") + " GROUP BY a.nameFi", year)
                .forEach(r -> byArea.merge((String) r[0], (Long) r[1], Long::sum));
        rows("SELECT e.nameFi, COUNT(c) FROM Complaint c JOIN c.entity e WHERE c.pilotAreaId IS NULL"
                + (year == null ? "" : " AND c.caseNumber.year = :year") + " GROUP BY e.nameFi", year)
                .forEach(r -> byArea.merge((String) r[0], (Long) r[1], Long::sum));

        Map<Integer, Long> byYear = new TreeMap<>();
        rows("SELECT c.caseNumber.year, COUNT(c) FROM Complaint c" + where + " GROUP BY c.caseNumber.year", year)
                .forEach(r -> byYear.put(((Number) r[0]).intValue(), (Long) r[1]));

        List<Long> days = new ArrayList<>();
        long withinTarget = 0;
        TypedQuery<Object[]> resolved = em.createQuery("SELECT c.receivedDate, c.resolvedOn FROM Complaint c "
                + "WHERE c.resolvedOn IS NOT NULL AND c.state <> :withdrawn"
                + (year == null ? "" : " AND c.caseNumber.year = :year"), Object[].class)
                .setParameter("withdrawn", ComplaintState.WITHDRAWN);
        if (year != null) {
            resolved.setParameter("year", year);
        }
        for (Object[] r : resolved.getResultList()) {
            LocalDate received = (LocalDate) r[0];
            LocalDate done = (LocalDate) r[1];
            days.add(ChronoUnit.DAYS.between(received, done));
            if (!done.isAfter(Deadlines.processingTarget(received))) {
                withinTarget++;
            }
        }
        return new ComplaintStatistics(year, total, byTheme, byArea, byState, byYear, days.size(),
                ComplaintStatistics.median(days), withinTarget);
    }

    private long single(String jpql, Integer year) {
        TypedQuery<Long> q = em.createQuery(jpql, Long.class);
        if (year != null) {
            q.setParameter("year", year);
        }
        return q.getSingleResult();
    }

    private List<Object[]> rows(String jpql, Integer year) {
        TypedQuery<Object[]> q = em.createQuery(jpql, Object[].class);
        if (year != null) {
            q.setParameter("year", year);
        }
        return q.getResultList();
    }
}
