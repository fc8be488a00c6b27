package fi.valvonta.ejb.complaint;

import fi.valvonta.model.complaint.ComplaintState;
import fi.valvonta.model.platform.CaseNumber;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.LongSupplier;

/**
 * The case list's query: a {@link ComplaintQuery} as JPQL with named parameters, filtering and ordering
 * on indexed columns only. Pure, so the mapping is tested without a database.
 */
final class ComplaintSearch {

    /** Open cases are those not in a terminal state ({@link ComplaintState#isTerminal()}). */
    static final Set<ComplaintState> TERMINAL = Collections.unmodifiableSet(EnumSet.copyOf(
            Arrays.stream(ComplaintState.values()).filter(ComplaintState::isTerminal).toList()));

    /**
     * Who searches, and when: the inbox "mine" is the caller's, "due soon" runs from today to {@code dueSoonUntil};
     * {@code disqualifiedIn}: the proposals (ids) in whose cases the caller has declared themselves disqualified.
     */
    record Viewer(String name, boolean decisionMaker, LocalDate today, LocalDate dueSoonUntil, Set<Long> disqualifiedIn) {
        Viewer {
            disqualifiedIn = Set.copyOf(disqualifiedIn);
        }

        Viewer(String name, boolean decisionMaker, LocalDate today, LocalDate dueSoonUntil) {
            this(name, decisionMaker, today, dueSoonUntil, Set.of());
        }
    }

    /** The states of a proposal awaiting a decision. */
    static final List<ComplaintState> PROPOSED = List.of(ComplaintState.PROPOSED, ComplaintState.NOT_INVESTIGATED_PROPOSED);

    /** The page's query, the count's query, and their parameters. */
    record Jpql(String list, String count, Map<String, Object> parameters) {
    }

    private ComplaintSearch() {
    }

    static Jpql of(ComplaintQuery q, Viewer viewer) {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        Map<String, Object> params = new LinkedHashMap<>();
        String join = "";
        if (q.inbox() != null) {
            switch (q.inbox()) {
                case MINE -> {
                    // an inspector's open cases; a decision maker's also the proposals waiting for their decision,
                    // not their own (PresentationProcedure: the presenter does not decide; the case page's actions follow it)
                    if (viewer.decisionMaker()) {
                        where.append(" AND ((c.assignee = :me AND c.state NOT IN :closed) OR (")
                                .append(awaitingDecisionOf(viewer, params)).append("))");
                    } else {
                        where.append(" AND c.assignee = :me AND c.state NOT IN :closed");
                    }
                    params.put("me", viewer.name());
                    params.put("closed", TERMINAL);
                }
                case UNASSIGNED -> {
                    where.append(" AND c.assignee IS NULL AND c.state NOT IN :closed");
                    params.put("closed", TERMINAL);
                }
                case OVERDUE -> {
                    where.append(" AND c.overdue = :overdueInbox");
                    params.put("overdueInbox", Boolean.TRUE);
                }
                case DUE_SOON -> dueSoon(where, params, viewer);
                case STATEMENT_OVERDUE -> statementOverdue(where, params, viewer);
                case AWAITING_MY_DECISION -> {
                    if (viewer.decisionMaker()) {
                        where.append(" AND ").append(awaitingDecisionOf(viewer, params));
                    } else {
                        where.append(" AND 1 = 0"); // only a decision maker decides
                    }
                }
            }
        }
        if (q.dueSoon() && q.inbox() != Inbox.DUE_SOON) {
            dueSoon(where, params, viewer);
        }
        if (q.statementOverdue() && q.inbox() != Inbox.STATEMENT_OVERDUE) {
            statementOverdue(where, params, viewer);
        }
        if (!q.states().isEmpty()) {
            where.append(" AND c.state IN :states");
            params.put("states", q.states());
        }
        if (q.theme() != null) {
            join = " JOIN c.themes th";
            where.append(" AND th = :theme");
            params.put("theme", q.theme());
        }
        if (q.entityId() != null) {
            where.append(" AND e.id = :entity");
            params.put("entity", q.entityId());
        }
        if (q.pilotAreaId() != null) {
            where.append(" AND c.pilotAreaId = :area");
            params.put("area", q.pilotAreaId());
        }
        if (q.assignee() != null && !q.assignee().isBlank()) {
            where.append(" AND c.assignee = :assignee");
            params.put("assignee", q.assignee().strip());
        }
        if (q.overdue() != null) {
            where.append(" AND c.overdue = :overdue");
            params.put("overdue", q.overdue());
        }
        if (q.year() != null) {
            where.append(" AND c.caseNumber.year = :year");
            params.put("year", q.year());
        }
        if (q.caseNumber() != null && !q.caseNumber().isBlank()) {
            CaseNumber n = CaseNumber.parse(q.caseNumber().toUpperCase(Locale.ROOT));
            where.append(" AND c.caseNumber.prefix = :cp AND c.caseNumber.serial = :cs AND c.caseNumber.year = :cy");
            params.put("cp", n.prefix());
            params.put("cs", n.serial());
            params.put("cy", n.year());
        }
        String dir = q.ascending() ? " ASC" : " DESC";
        String order = switch (q.sort()) {
            case RECEIVED -> " ORDER BY c.receivedDate" + dir + ", c.id" + dir;
            case CASE_NUMBER -> " ORDER BY c.caseNumber.year" + dir + ", c.caseNumber.serial" + dir + ", c.id" + dir;
            case STATE -> " ORDER BY c.state" + dir + ", c.receivedDate" + dir + ", c.id" + dir;
            case DEADLINE -> " ORDER BY c.nextDeadline" + dir + ", c.id" + dir;
            case ENTITY -> " ORDER BY e.nameFi" + dir + ", c.id" + dir;
        };
        String from = " FROM Complaint c JOIN c.entity e" + join;
        return new Jpql(ComplaintRow.SELECT + from + where + order, "SELECT COUNT(c)" + from + where,
                Collections.unmodifiableMap(params));
    }

    private static void dueSoon(StringBuilder where, Map<String, Object> params, Viewer viewer) {
        where.append(" AND c.nextDeadline >= :today AND c.nextDeadline <= :soon");
        params.put("today", viewer.today());
        params.put("soon", viewer.dueSoonUntil());
    }

    /**
     * HL 34 §: the statement asked (still awaited from someone heard, whose deadline is behind us), or the
     * complainant's reply asked and its deadline behind us. Both deadlines are working days
     * ({@link fi.valvonta.model.complaint.Deadlines#responseDeadline}), so "passed" is "before today".
     */
    private static void statementOverdue(StringBuilder where, Map<String, Object> params, Viewer viewer) {
        where.append(" AND ((c.state = :statementState AND EXISTS (SELECT c2.id FROM Complaint c2 JOIN c2.hearings h"
                + " WHERE c2.id = c.id AND h.answeredOn IS NULL AND h.deadline < :today))"
                + " OR (c.state = :replyState AND c.responseDeadline < :today))");
        params.put("statementState", ComplaintState.STATEMENT_REQUESTED);
        params.put("replyState", ComplaintState.REPLY_REQUESTED);
        params.put("today", viewer.today());
    }

    /**
     * The proposals {@code viewer} may decide: not their own (PresentationProcedure: the presenter does not
     * decide; the case page's actions follow it), not in a case they are disqualified in (HL 27 §).
     */
    private static String awaitingDecisionOf(Viewer viewer, Map<String, Object> params) {
        params.put("proposed", PROPOSED);
        params.put("me", viewer.name());
        if (viewer.disqualifiedIn().isEmpty()) {
            return "c.state IN :proposed AND c.presenter <> :me";
        }
        params.put("disqualifiedIn", List.copyOf(new java.util.TreeSet<>(viewer.disqualifiedIn())));
        return "c.state IN :proposed AND c.presenter <> :me AND c.id NOT IN :disqualifiedIn";
    }

    /**
     * The total of the list: known without counting when this page is its last (fewer rows than asked
     * for, and not an empty page past the end), else {@code count}ed in the database.
     */
    static long total(int first, int max, int rowsOnPage, LongSupplier count) {
        return rowsOnPage < max && (first == 0 || rowsOnPage > 0) ? first + rowsOnPage : count.getAsLong();
    }
}
