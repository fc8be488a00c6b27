package fi.valvonta.model.planning;

import fi.valvonta.model.risk.EntityRiskInput;
import fi.valvonta.model.risk.Inputs;
import fi.valvonta.model.risk.RiskParameters;
import fi.valvonta.model.risk.SyntheticRegister;

import java.util.List;
import java.util.Locale;

/**
 * Benchmark of scoring and planning at full size: 309 entities, 100 000 complaints, the size the planning view must handle.
 * Not a test: it prints figures and asserts nothing. Run from the repository root with
 * <pre>
 * mvn -B -q -pl model test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=fi.valvonta.model.planning.PlanningBenchmark
 * </pre>
 * Input building (the synthetic register) is measured apart from scoring + selection, which is what the
 * planning view runs on every what-if.
 */
public final class PlanningBenchmark {

    private static final int ENTITIES = 309;
    private static final int COMPLAINTS = 100_000;
    private static final int WARM_UP = 5;
    private static final int RUNS = 20;

    private PlanningBenchmark() {
    }

    public static void main(String[] args) {
        long t0 = System.nanoTime();
        List<EntityRiskInput> register = SyntheticRegister.generate(2026, ENTITIES, COMPLAINTS);
        double buildMs = (System.nanoTime() - t0) / 1e6;
        InspectionPlanner planner = new InspectionPlanner();
        PlanCapacity capacity = new PlanCapacity(350, 0.3, 5, 1.5);
        RiskParameters parameters = RiskParameters.defaults();

        // the first run is what a user meets after a deployment: no JIT yet
        long c0 = System.nanoTime();
        InspectionPlanner.PlanOutcome outcome = planner.plan(register, parameters, capacity, Inputs.AS_OF);
        double coldMs = (System.nanoTime() - c0) / 1e6;
        for (int i = 0; i < WARM_UP; i++) {
            planner.plan(register, parameters, capacity, Inputs.AS_OF);
        }
        double[] ms = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long s = System.nanoTime();
            outcome = planner.plan(register, parameters, capacity, Inputs.AS_OF);
            ms[i] = (System.nanoTime() - s) / 1e6;
        }
        java.util.Arrays.sort(ms);
        double mean = java.util.Arrays.stream(ms).average().orElse(0);
        System.out.println("PlanningBenchmark: " + ENTITIES + " entities, " + COMPLAINTS + " complaints, "
                + Runtime.getRuntime().availableProcessors() + " CPUs, Java " + System.getProperty("java.version"));
        System.out.println(String.format(Locale.ROOT, "  synthetic register built      %8.1f ms", buildMs));
        System.out.println(String.format(Locale.ROOT, "  score + plan, first (cold)    %8.1f ms", coldMs));
        System.out.println(String.format(Locale.ROOT, "  score + plan, warm, %d runs:  min %.1f ms  median %.1f ms  mean %.1f ms  max %.1f ms",
                RUNS, ms[0], ms[RUNS / 2], mean, ms[RUNS - 1]));
        System.out.println(String.format(Locale.ROOT, "  plan: %d selected, %.1f of %.1f days, risk covered %.1f",
                outcome.selection().selected().size(), outcome.selection().daysUsed(),
                capacity.availableDays(), outcome.selection().riskCovered()));
    }
}
