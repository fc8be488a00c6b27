package fi.valvonta.model.demo;

import fi.valvonta.model.complaint.Channel;
import fi.valvonta.model.complaint.ComplaintAction;
import fi.valvonta.model.complaint.ComplaintState;
import fi.valvonta.model.complaint.DecisionOutcome;
import fi.valvonta.model.complaint.NotInvestigatedReason;
import fi.valvonta.model.complaint.Theme;
import fi.valvonta.model.inspection.DeficiencySeverity;
import fi.valvonta.model.inspection.FindingOutcome;
import fi.valvonta.model.inspection.InspectionType;
import fi.valvonta.model.measure.CourtOutcome;
import fi.valvonta.model.measure.MeasureType;
import fi.valvonta.model.measure.SuspensionScope;
import fi.valvonta.model.platform.Dimension;
import fi.valvonta.model.platform.Language;
import fi.valvonta.model.registry.LegalRegime;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Random;

import static fi.valvonta.model.complaint.ComplaintAction.*;
import static fi.valvonta.model.complaint.ComplaintState.*;

/**
 * The demo agency's plan: deterministic for a seed and a today, with every date on or before today and
 * within the last two years (the measure cases of the pilot law within its period, which ended
 * 31.12.2024). The first complaints cover every state and every outcome; the rest are drawn with
 * weights like a working register's (most closed, some waiting, some overdue). Every measure-case step
 * of both ladders is present, for laki 1269/2020 and laki 380/2023.
 */
public final class DemoScenario {

    public static final String CASE_PREFIX = "DEMO";
    public static final long SEED = 20_250_101L;
    public static final int COMPLAINTS = 300;
    public static final String REGISTRAR = "kirjaamo";
    public static final List<String> INSPECTORS = List.of("tarkastaja", "tarkastaja2", "ratkaisija2");
    public static final List<String> DECIDERS = List.of("ratkaisija", "ratkaisija2");
    /** Serials of measure cases and inspections start here, after the complaints' (DEMO/n/year). */
    public static final int MEASURE_SERIALS = 5000;
    public static final int INSPECTION_SERIALS = 8000;
    /** The fine set with an order under laki 380/2023, and imposed when it is not obeyed (uhkasakkolaki 1113/1990). */
    public static final BigDecimal FINE = new BigDecimal("5000");

    private static final int STATEMENT_DAYS = 21;
    private static final int REPLY_DAYS = 14;
    private static final int HISTORY_DAYS = 730;

    private final long seed;
    private final LocalDate today;
    private final List<PlannedComplaint> complaints;
    private final List<PlannedMeasureCase> measureCases;
    private final List<PlannedInspection> inspections;

    private DemoScenario(long seed, LocalDate today, List<PlannedComplaint> complaints,
                         List<PlannedMeasureCase> measureCases, List<PlannedInspection> inspections) {
        this.seed = seed;
        this.today = today;
        this.complaints = List.copyOf(complaints);
        this.measureCases = List.copyOf(measureCases);
        this.inspections = List.copyOf(inspections);
    }

    /** The plan of {@code complaintCount} complaints (at least enough to cover every state and outcome). */
    public static DemoScenario generate(long seed, LocalDate today, int complaintCount) {
        Objects.requireNonNull(today, "today");
        if (today.isBefore(LegalRegime.EMPLOYMENT_AREA_380_2023.inForceFrom().plusMonths(6))) {
            throw new IllegalArgumentException("the demo agency needs half a year of laki 380/2023 behind " + today);
        }
        Random rnd = new Random(seed);
        List<Profile> coverage = coverage();
        List<PlannedComplaint> complaints = new ArrayList<>();
        int count = Math.max(complaintCount, coverage.size());
        for (int i = 0; i < count; i++) {
            Profile p = i < coverage.size() ? coverage.get(i) : drawProfile(rnd);
            complaints.add(complaint(i + 1, p, i % 5 == 2, today, rnd));
        }
        return new DemoScenario(seed, today, complaints, measureCases(today, rnd), inspections(today, rnd));
    }

    public static DemoScenario standard(LocalDate today) {
        return generate(SEED, today, COMPLAINTS);
    }

    /** Laki 1269/2020 (pilots) governs conduct on {@code day}: 1.3.2021–31.12.2024. */
    public static boolean pilotPeriodCovers(LocalDate day) {
        return LegalRegime.PILOT_1269_2020.inForceUntil().map(end -> !day.isAfter(end)).orElse(true);
    }

    public long seed() { return seed; }
    public LocalDate today() { return today; }
    public List<PlannedComplaint> complaints() { return complaints; }
    public List<PlannedMeasureCase> measureCases() { return measureCases; }
    public List<PlannedInspection> inspections() { return inspections; }

    // ---- complaints ---------------------------------------------------------------------------------

    private record Profile(ComplaintState target, DecisionOutcome outcome) {
    }

    private static final List<DecisionOutcome> DECIDED_OUTCOMES = List.of(DecisionOutcome.NO_ACTION,
            DecisionOutcome.OPINION, DecisionOutcome.DRAWING_ATTENTION, DecisionOutcome.REMARK);

    /** Every state once, every outcome of a decision in each state a decision passes through. */
    private static List<Profile> coverage() {
        List<Profile> all = new ArrayList<>();
        for (ComplaintState s : ComplaintState.values()) {
            switch (s) {
                case PROPOSED, DECIDED, SERVED, CLOSED -> DECIDED_OUTCOMES.forEach(o -> all.add(new Profile(s, o)));
                case NOT_INVESTIGATED_PROPOSED, NOT_INVESTIGATED -> all.add(new Profile(s, DecisionOutcome.NOT_INVESTIGATED));
                default -> all.add(new Profile(s, null));
            }
        }
        return all;
    }

    /** Weights of a register two years into its life: most matters closed, a working queue open. */
    private static final Object[][] WEIGHTS = {
            {REGISTERED, 6}, {PRELIMINARY_ASSESSMENT, 8}, {SUPPLEMENT_REQUESTED, 3}, {STATEMENT_REQUESTED, 8},
            {REPLY_REQUESTED, 3}, {IN_PREPARATION, 8}, {PROPOSED, 5}, {NOT_INVESTIGATED_PROPOSED, 2}, {DECIDED, 3},
            {SERVED, 4}, {CLOSED, 35}, {NOT_INVESTIGATED, 7}, {TRANSFERRED, 4}, {WITHDRAWN, 4}};

    private static Profile drawProfile(Random rnd) {
        int total = 0;
        for (Object[] w : WEIGHTS) {
            total += (Integer) w[1];
        }
        int x = rnd.nextInt(total);
        ComplaintState state = REGISTERED;
        for (Object[] w : WEIGHTS) {
            x -= (Integer) w[1];
            if (x < 0) {
                state = (ComplaintState) w[0];
                break;
            }
        }
        DecisionOutcome outcome = switch (state) {
            case PROPOSED, DECIDED, SERVED, CLOSED -> {
                int o = rnd.nextInt(10); // no action 4, opinion 2, drawing attention 3, remark 1
                yield o < 4 ? DecisionOutcome.NO_ACTION : o < 6 ? DecisionOutcome.OPINION
                        : o < 9 ? DecisionOutcome.DRAWING_ATTENTION : DecisionOutcome.REMARK;
            }
            case NOT_INVESTIGATED_PROPOSED, NOT_INVESTIGATED -> DecisionOutcome.NOT_INVESTIGATED;
            default -> null;
        };
        return new Profile(state, outcome);
    }

    /** A step of the path before its days are known: what, and how many days after the one before. */
    private record Move(ComplaintAction action, int gap) {
    }

    private static List<Move> path(Profile p, Random rnd) {
        List<Move> moves = new ArrayList<>();
        ComplaintState t = p.target();
        if (t == REGISTERED) {
            return moves;
        }
        moves.add(new Move(START_ASSESSMENT, 1 + rnd.nextInt(10)));
        switch (t) {
            case PRELIMINARY_ASSESSMENT -> { }
            case SUPPLEMENT_REQUESTED -> moves.add(new Move(REQUEST_SUPPLEMENT, 2 + rnd.nextInt(10)));
            case STATEMENT_REQUESTED -> moves.add(new Move(REQUEST_STATEMENT, 2 + rnd.nextInt(10)));
            case REPLY_REQUESTED -> {
                moves.add(new Move(REQUEST_STATEMENT, 2 + rnd.nextInt(10)));
                moves.add(new Move(null, 10 + rnd.nextInt(10)));
                moves.add(new Move(REQUEST_REPLY, 1 + rnd.nextInt(5)));
            }
            case NOT_INVESTIGATED_PROPOSED -> moves.add(new Move(PROPOSE_NOT_INVESTIGATED, 2 + rnd.nextInt(15)));
            case NOT_INVESTIGATED -> {
                moves.add(new Move(PROPOSE_NOT_INVESTIGATED, 2 + rnd.nextInt(15)));
                moves.add(new Move(NOT_INVESTIGATE, 2 + rnd.nextInt(10)));
            }
            case TRANSFERRED -> moves.add(new Move(TRANSFER, 1 + rnd.nextInt(10)));
            case WITHDRAWN -> {
                moves.add(new Move(REQUEST_STATEMENT, 2 + rnd.nextInt(10)));
                moves.add(new Move(WITHDRAW, 3 + rnd.nextInt(15)));
            }
            default -> {
                // IN_PREPARATION and beyond: a remark needs its addressee heard (HL 34 §), others mostly ask too
                boolean statement = p.outcome() == DecisionOutcome.REMARK || rnd.nextInt(4) != 0;
                if (statement) {
                    moves.add(new Move(REQUEST_STATEMENT, 2 + rnd.nextInt(10)));
                    moves.add(new Move(null, 10 + rnd.nextInt(10)));
                }
                moves.add(new Move(START_PREPARATION, 1 + rnd.nextInt(10)));
                if (t != IN_PREPARATION) {
                    moves.add(new Move(PROPOSE, 5 + rnd.nextInt(30)));
                }
                if (t == DECIDED || t == SERVED || t == CLOSED) {
                    moves.add(new Move(DECIDE, 2 + rnd.nextInt(14)));
                }
                if (t == SERVED || t == CLOSED) {
                    moves.add(new Move(SERVE, 1 + rnd.nextInt(7)));
                }
                if (t == CLOSED) {
                    moves.add(new Move(CLOSE, 1 + rnd.nextInt(20)));
                }
            }
        }
        return moves;
    }

    /** Days between the last step and today: waiting matters recent (some long overdue), closed ones any time. */
    private static int age(ComplaintState t, Random rnd) {
        return switch (t) {
            case CLOSED, NOT_INVESTIGATED, TRANSFERRED, WITHDRAWN -> 5 + rnd.nextInt(HISTORY_DAYS);
            case DECIDED -> rnd.nextInt(20);
            case SERVED -> rnd.nextInt(30);
            case STATEMENT_REQUESTED -> rnd.nextInt(45); // past 21 days: the statement is overdue
            default -> rnd.nextInt(7) == 0 ? 150 + rnd.nextInt(150) : rnd.nextInt(40);
        };
    }

    private static PlannedComplaint complaint(int serial, Profile p, boolean swedish, LocalDate today, Random rnd) {
        List<Move> moves = path(p, rnd);
        int span = moves.stream().mapToInt(Move::gap).sum();
        int age = Math.min(age(p.target(), rnd), HISTORY_DAYS - span);
        LocalDate received = today.minusDays(age + span);
        Language language = swedish ? Language.SV : Language.FI;
        Theme theme = swedish && rnd.nextInt(3) == 0 ? Theme.LANGUAGE_RIGHTS : pick(List.of(Theme.values()), rnd);
        String description = "DEMO: " + pick((swedish ? DemoTexts.DESCRIPTION_SV : DemoTexts.DESCRIPTION_FI).get(theme), rnd);
        boolean anonymous = rnd.nextInt(10) == 0;
        String name = anonymous ? null : "DEMO " + (swedish
                ? pick(DemoTexts.FIRST_SV, rnd) + " " + pick(DemoTexts.LAST_SV, rnd)
                : pick(DemoTexts.FIRST_FI, rnd) + " " + pick(DemoTexts.LAST_FI, rnd));
        String official = rnd.nextInt(5) == 0 ? "DEMO " + (swedish ? "handläggare " : "virkailija ") + pick(DemoTexts.LAST_FI, rnd) : null;
        LocalDate conductFrom = received.minusDays(5 + rnd.nextInt(120));
        LocalDate conductTo = conductFrom.plusDays(rnd.nextInt(30));
        if (conductTo.isAfter(received)) {
            conductTo = received;
        }
        if (pilotPeriodCovers(conductFrom) && !pilotPeriodCovers(conductTo)) {
            conductTo = LegalRegime.PILOT_1269_2020.inForceUntil().orElseThrow();
        }
        String assignee = p.target() == REGISTERED && rnd.nextBoolean() ? null : pick(INSPECTORS, rnd);
        String presenter = assignee;
        String decider = "ratkaisija2".equals(presenter) ? "ratkaisija" : pick(DECIDERS, rnd);
        NotInvestigatedReason reason = p.outcome() == DecisionOutcome.NOT_INVESTIGATED
                ? pick(List.of(NotInvestigatedReason.PENDING_ELSEWHERE, NotInvestigatedReason.ALREADY_DECIDED,
                NotInvestigatedReason.APPEALABLE_ELSEWHERE), rnd) : null;
        String transferredTo = p.target() == TRANSFERRED
                ? (theme == Theme.DATA_PROTECTION ? "DEMO Tietosuojavaltuutetun toimisto" : "DEMO Kansaneläkelaitos") : null;
        String decisionText = p.outcome() == null ? null
                : swedish ? DemoTexts.decisionSv(p.outcome()) : DemoTexts.decisionFi(p.outcome());

        List<PlannedStep> steps = new ArrayList<>();
        LocalDate day = received;
        for (Move m : moves) {
            day = day.plusDays(m.gap());
            if (m.action() == null) {
                steps.add(PlannedStep.statementReceived(day, REGISTRAR));
                continue;
            }
            steps.add(switch (m.action()) {
                case REQUEST_STATEMENT -> PlannedStep.request(m.action(), day, presenter, day.plusDays(STATEMENT_DAYS));
                case REQUEST_REPLY -> PlannedStep.request(m.action(), day, presenter, day.plusDays(REPLY_DAYS));
                case DECIDE, NOT_INVESTIGATE -> PlannedStep.act(m.action(), day, decider);
                case SERVE, CLOSE, WITHDRAW, REQUEST_SUPPLEMENT -> PlannedStep.act(m.action(), day, REGISTRAR);
                default -> PlannedStep.act(m.action(), day, presenter);
            });
        }
        List<String> attachments = new ArrayList<>();
        if (rnd.nextInt(6) == 0) {
            attachments.add(swedish ? "DEMO-bilaga-1.txt" : "DEMO-liite-1.txt");
            if (rnd.nextBoolean()) {
                attachments.add(swedish ? "DEMO-bilaga-2.txt" : "DEMO-liite-2.txt");
            }
        }
        Channel channel = pick(List.of(Channel.MAIL, Channel.EMAIL, Channel.EMAIL, Channel.E_SERVICE), rnd);
        return new PlannedComplaint(serial, received, channel, language, swedish, rnd.nextInt(1000), conductFrom, conductTo,
                theme, description, anonymous, name, official, assignee, p.target(), p.outcome(), reason, transferredTo,
                decisionText, steps, attachments);
    }

    // ---- measure cases ------------------------------------------------------------------------------

    /** Days from the case's opening to its last step, per step reached. */
    private static int span(LadderStep step) {
        return switch (step) {
            case HEARING -> 20;
            case PROPOSED -> 14;
            case DECIDED -> 22;
            case SERVED -> 40;
            case COMPLIED -> 100;
            case NOT_COMPLIED -> 110;
            case ESCALATED -> 150;
            case APPEALED -> 80;
        };
    }

    private static List<PlannedMeasureCase> measureCases(LocalDate today, Random rnd) {
        List<PlannedMeasureCase> cases = new ArrayList<>();
        List<Dimension> dims = List.of(Dimension.DATA_PROTECTION, Dimension.EQUAL_TREATMENT, Dimension.LANGUAGE_RIGHTS);
        // the pilots' cases end before laki 1269/2020 did: every coercive decision within the supervision period
        LocalDate pilotEnd = LegalRegime.PILOT_1269_2020.inForceUntil().orElseThrow().minusDays(15);
        int serial = MEASURE_SERIALS;
        for (LadderStep step : LadderStep.values()) {
            boolean sv = step.ordinal() % 3 == 2;
            cases.add(measureCase(++serial, LegalRegime.PILOT_1269_2020, step, sv, pilotEnd.minusDays(step.ordinal() * 3L),
                    sv ? Dimension.LANGUAGE_RIGHTS : dims.get(step.ordinal() % dims.size()), rnd));
            for (boolean swedish : new boolean[]{false, true}) {
                cases.add(measureCase(++serial, LegalRegime.EMPLOYMENT_AREA_380_2023, step, swedish,
                        today.minusDays(rnd.nextInt(3)), swedish ? Dimension.LANGUAGE_RIGHTS : pick(dims, rnd), rnd));
            }
        }
        return cases;
    }

    private static PlannedMeasureCase measureCase(int serial, LegalRegime regime, LadderStep step, boolean swedish,
                                                  LocalDate end, Dimension dimension, Random rnd) {
        String[] t = (swedish ? DemoTexts.MEASURE_SV : DemoTexts.MEASURE_FI).get(dimension);
        boolean area = regime == LegalRegime.EMPLOYMENT_AREA_380_2023;
        LocalDate t0 = end.minusDays(span(step));
        String inspector = pick(List.of("tarkastaja", "tarkastaja2"), rnd);
        boolean heard = step != LadderStep.HEARING;
        LocalDate proposed = step.ordinal() >= LadderStep.PROPOSED.ordinal() ? t0.plusDays(12) : null;
        LocalDate decided = step.ordinal() >= LadderStep.DECIDED.ordinal() ? t0.plusDays(20) : null;
        LocalDate served = step.ordinal() >= LadderStep.SERVED.ordinal() ? t0.plusDays(24) : null;
        Boolean complied = switch (step) {
            case COMPLIED -> true;
            case NOT_COMPLIED, ESCALATED -> false;
            default -> null;
        };
        LocalDate complianceOn = step == LadderStep.COMPLIED ? t0.plusDays(90)
                : complied != null ? t0.plusDays(105) : null;
        LocalDate appeal = step == LadderStep.APPEALED ? t0.plusDays(40) : null;
        // the pilots' appeals were decided long ago; an employment area's is still pending
        CourtOutcome court = step == LadderStep.APPEALED && !area ? CourtOutcome.UPHELD : null;
        LocalDate courtOn = court == null ? null : t0.plusDays(75);
        List<PlannedMeasure> measures = new ArrayList<>();
        measures.add(new PlannedMeasure(MeasureType.ORDER, t0, t0.plusDays(1), t0.plusDays(15), heard ? t0.plusDays(10) : null,
                proposed, decided, t0.plusDays(95), area ? FINE : null, null, served, complied, complianceOn, appeal, court,
                courtOn, t[1], t[2], t[3]));
        if (step == LadderStep.ESCALATED) {
            MeasureType next = area ? MeasureType.CONDITIONAL_FINE : MeasureType.SUSPENSION;
            String decision = swedish
                    ? (area ? "DEMO: Det fastställda vitet döms ut." : "DEMO: Verksamheten avbryts delvis tills bristen har rättats.")
                    : (area ? "DEMO: Asetettu uhkasakko tuomitaan maksettavaksi." : "DEMO: Toiminta keskeytetään osittain, kunnes puute on korjattu.");
            measures.add(new PlannedMeasure(next, t0.plusDays(106), t0.plusDays(107), t0.plusDays(121), t0.plusDays(115),
                    t0.plusDays(122), t0.plusDays(130), null, area ? FINE : null, area ? null : SuspensionScope.PARTIAL,
                    t0.plusDays(135), null, null, null, null, null, t[1], t[2], decision));
        }
        return new PlannedMeasureCase(serial, regime, step, swedish, rnd.nextInt(1000), dimension, t[0], inspector, t0, measures);
    }

    // ---- inspections --------------------------------------------------------------------------------

    private static List<PlannedInspection> inspections(LocalDate today, Random rnd) {
        List<PlannedInspection> list = new ArrayList<>();
        int serial = INSPECTION_SERIALS;
        List<String> team = List.of("tarkastaja", "tarkastaja2");
        // done, with findings: a deficiency or two and what was in order
        for (int i = 0; i < 6; i++) {
            boolean sv = i % 3 == 1;
            LocalDate day = today.minusDays(20 + 45L * i + rnd.nextInt(20));
            List<PlannedInspection.Finding> findings = List.of(
                    new PlannedInspection.Finding(i % 2 == 0 ? "DP_ACCESS_RIGHTS" : "DP_USE_LOG", FindingOutcome.DEFICIENCY,
                            i % 3 == 0 ? DeficiencySeverity.SIGNIFICANT : DeficiencySeverity.MINOR,
                            sv ? "DEMO: gemensamma användarkonton på servicepunkten" : "DEMO: yhteiskäyttöiset tunnukset palvelupisteessä"),
                    new PlannedInspection.Finding("ET_INTERPRETATION", i % 2 == 1 ? FindingOutcome.DEFICIENCY : FindingOutcome.COMPLIANT,
                            i % 2 == 1 ? DeficiencySeverity.MINOR : null,
                            sv ? "DEMO: tolkning ordnas vid behov" : "DEMO: tulkkaus järjestetään tarvittaessa"),
                    // own language (kielilaki 10 §) is checked where the entity is bilingual, active language rights everywhere
                    new PlannedInspection.Finding(sv ? "LR_OWN_LANGUAGE" : "LR_ACTIVE", sv ? FindingOutcome.DEFICIENCY : FindingOutcome.COMPLIANT,
                            sv ? DeficiencySeverity.SIGNIFICANT : null,
                            sv ? "DEMO: blanketterna finns endast på finska" : "DEMO: kielelliset oikeudet huomioidaan oma-aloitteisesti"));
            String report = sv ? "DEMO: Inspektionsrapport: brister i behörigheter och språklig service."
                    : "DEMO: Tarkastuskertomus: puutteita käyttöoikeuksissa; muutoin asianmukaista.";
            list.add(new PlannedInspection(++serial, sv, rnd.nextInt(1000), i % 2 == 0 ? InspectionType.ON_SITE : InspectionType.DESK_REVIEW,
                    day, team, findings, report));
        }
        // to come: two this month (the inspectors' work), three later
        LocalDate monthEnd = today.withDayOfMonth(today.lengthOfMonth());
        for (int i = 0; i < 5; i++) {
            LocalDate day = i < 2 ? (today.plusDays(i + 1).isAfter(monthEnd) ? today : today.plusDays(i + 1))
                    : today.plusDays(20L * i + rnd.nextInt(10));
            list.add(new PlannedInspection(++serial, i == 1, rnd.nextInt(1000), i % 2 == 0 ? InspectionType.ON_SITE : InspectionType.DESK_REVIEW,
                    day, List.of(team.get(i % 2)), List.of(), null));
        }
        return list;
    }

    private static <T> T pick(List<T> list, Random rnd) {
        return list.get(rnd.nextInt(list.size()));
    }
}
