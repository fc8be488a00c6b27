package fi.valvonta.ejb.measure;

import fi.valvonta.model.measure.CourtOutcome;
import fi.valvonta.model.measure.FollowUp;
import fi.valvonta.model.measure.MeasureState;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The measure list's query: a {@link MeasureQuery} as JPQL with named parameters, for the list and for
 * its count alike, so that a work queue's count is the length of its list. Pure, so the mapping is
 * tested without a database.
 */
final class MeasureSearch {

    /** Served, whatever compliance was recorded since: the decision's finality runs on. */
    static final List<MeasureState> SERVED = Arrays.stream(MeasureState.values()).filter(MeasureState::isServed).toList();
    /** The courts' outcomes after which the measure stands (and so becomes final). */
    static final List<CourtOutcome> STANDS = Arrays.stream(CourtOutcome.values()).filter(CourtOutcome::measureStands).toList();

    /**
     * Who asks, and when: {@code hearingPassed} is the latest hearing deadline that has passed today
     * ({@link fi.valvonta.model.platform.StatutoryDeadlines#latestPassed}).
     */
    record Viewer(String name, boolean decisionMaker, LocalDate today, LocalDate hearingPassed) {
    }

    record Jpql(String list, String count, Map<String, Object> parameters) {
    }

    private MeasureSearch() {
    }

    static Jpql of(MeasureQuery q, Viewer viewer) {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        Map<String, Object> params = new LinkedHashMap<>();
        if (q.inbox() != null) {
            switch (q.inbox()) {
                case AWAITING_MY_DECISION -> {
                    if (viewer.decisionMaker()) {
                        // the presenter does not decide (PresentationProcedure); HL 27 §: nor one disqualified in the case
                        where.append(" AND m.state = :proposed AND m.presenter <> :me AND NOT EXISTS (SELECT d.id"
                                + " FROM Disqualification d WHERE d.username = :me AND d.caseNumber = m.measureCase.caseNumber)");
                        params.put("proposed", MeasureState.PROPOSED);
                        params.put("me", viewer.name());
                    } else {
                        where.append(" AND 1 = 0"); // only a decision maker decides
                    }
                }
                case HEARING_OVERDUE -> {
                    where.append(" AND m.state = :draft AND m.hearingRequestedOn IS NOT NULL AND m.hearingRespondedOn IS NULL"
                            + " AND m.hearingDeadline <= :hearingPassed");
                    params.put("draft", MeasureState.DRAFT);
                    params.put("hearingPassed", viewer.hearingPassed());
                }
                case AWAITING_SERVICE -> {
                    where.append(" AND m.state = :decided");
                    params.put("decided", MeasureState.DECIDED);
                }
                case AWAITING_FINALITY -> {
                    where.append(" AND m.state IN :served AND (m.finalOn IS NULL OR m.finalOn > :today)"
                            + " AND (m.supremeCourtOutcome IN :stands"
                            + " OR (m.supremeCourtOutcome IS NULL AND (m.courtOutcome IS NULL OR m.courtOutcome IN :stands)))");
                    params.put("served", SERVED);
                    params.put("today", viewer.today());
                    params.put("stands", STANDS);
                }
                case FOLLOW_UP_DUE -> {
                    where.append(" AND EXISTS (SELECT f.id FROM FollowUp f WHERE f.measure.id = m.id AND f.state = :due)");
                    params.put("due", FollowUp.State.DUE);
                }
            }
        }
        if (q.entityId() != null) {
            where.append(" AND m.measureCase.entity.id = :entity");
            params.put("entity", q.entityId());
        }
        if (q.mine()) {
            where.append(" AND (m.presenter = :me OR (m.presenter IS NULL AND m.draftedBy = :me))");
            params.put("me", viewer.name());
        }
        // the register newest case first; a queue oldest first, the longest waiting on top
        String order = q.inbox() == null ? " ORDER BY m.measureCase.id DESC, m.id" : " ORDER BY m.id";
        return new Jpql("SELECT m FROM Measure m" + where + order, "SELECT COUNT(m) FROM Measure m" + where,
                Collections.unmodifiableMap(params));
    }
}
