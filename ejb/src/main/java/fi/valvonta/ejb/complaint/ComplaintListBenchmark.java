package fi.valvonta.ejb.complaint;

import fi.valvonta.ejb.platform.BenchmarkMode;
import fi.valvonta.model.complaint.Channel;
import fi.valvonta.model.complaint.ComplaintState;
import fi.valvonta.model.complaint.DecisionOutcome;
import fi.valvonta.model.platform.NotFoundException;
import fi.valvonta.model.security.Role;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import org.eclipse.persistence.jpa.JpaQuery;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The load benchmark's comparison of the case list's query through EclipseLink with the same SQL (the one EclipseLink
 * generates for it) through plain JDBC: the first page, newest first, as {@link ComplaintRow}s. Only in benchmark
 * mode; elsewhere 404.
 */
@Stateless
@RolesAllowed({Role.REGISTRAR_NAME, Role.INSPECTOR_NAME, Role.DECISION_MAKER_NAME, Role.AUDITOR_NAME})
public class ComplaintListBenchmark {

    public enum Via { JPA, JDBC }

    @PersistenceContext(unitName = "valvonta")
    EntityManager em;

    @Resource(lookup = "java:jboss/datasources/ValvontaDS")
    DataSource dataSource;

    @Inject
    BenchmarkMode mode;

    private static volatile String sql;

    /** How many rows the first page of {@code max} had, read {@code via} EclipseLink or JDBC. */
    public int firstPage(Via via, int max) {
        if (!mode.isEnabled()) {
            throw new NotFoundException("benchmark", via);
        }
        return via == Via.JPA || sql == null ? jpa(max) : jdbc(max);
    }

    private int jpa(int max) {
        ComplaintSearch.Jpql jpql = ComplaintSearch.of(ComplaintQuery.page(0, max), new ComplaintSearch.Viewer("-", false,
                LocalDate.MIN, LocalDate.MIN));
        TypedQuery<ComplaintRow> q = em.createQuery(jpql.list(), ComplaintRow.class).setFirstResult(0).setMaxResults(max);
        int rows = q.getResultList().size();
        if (sql == null) {
            sql = q.unwrap(JpaQuery.class).getDatabaseQuery().getSQLString();
        }
        return rows;
    }

    private int jdbc(int max) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            // the parameters EclipseLink binds: the literals of the search's "WHERE 1 = 1", then the page as
            // "LIMIT ? OFFSET ?" (PostgreSQL and H2): the rows, then the first
            int parameters = (int) sql.chars().filter(ch -> ch == '?').count(); // the SQL has no literal '?'
            for (int i = 1; i <= parameters - 2; i++) {
                ps.setInt(i, 1);
            }
            ps.setInt(parameters - 1, max);
            ps.setInt(parameters, 0);
            ps.setMaxRows(max);
            List<ComplaintRow> rows = new ArrayList<>(max);
            try (ResultSet r = ps.executeQuery()) {
                while (r.next()) {
                    rows.add(new ComplaintRow(r.getLong(1), r.getLong(2), r.getString(3), r.getInt(4), r.getInt(5),
                            r.getObject(6, LocalDate.class), Channel.valueOf(r.getString(7)),
                            ComplaintState.valueOf(r.getString(8)), r.getLong(9), r.getString(10),
                            (Long) r.getObject(11), r.getString(12), r.getObject(13, LocalDate.class), r.getBoolean(14),
                            r.getString(15) == null ? null : DecisionOutcome.valueOf(r.getString(15))));
                }
            }
            return rows.size();
        } catch (SQLException e) {
            throw new IllegalStateException("the case list's SQL failed through JDBC: " + sql, e);
        }
    }
}
