package fi.valvonta.model.risk;

import fi.valvonta.model.inspection.DeficiencySeverity;

import fi.valvonta.model.risk.ComplaintSignal.Substantiation;
import fi.valvonta.model.registry.LanguageStatus;
import fi.valvonta.model.platform.Dimension;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** A seeded random register, roughly shaped like the real one (a few bilingual, one Sámi, skewed sizes). */
public final class SyntheticRegister {

    private SyntheticRegister() {
    }

    public static List<EntityRiskInput> generate(long seed, int entities, int complaints) {
        Random rnd = new Random(seed);
        Dimension[] dims = Dimension.values();
        Substantiation[] subs = Substantiation.values();
        DeficiencySeverity[] sevs = DeficiencySeverity.values();
        List<List<ComplaintSignal>> perEntity = new ArrayList<>();
        for (int i = 0; i < entities; i++) {
            perEntity.add(new ArrayList<>());
        }
        for (int c = 0; c < complaints; c++) {
            // skewed: some entities draw far more complaints than others
            int e = (int) (entities * Math.pow(rnd.nextDouble(), 2));
            perEntity.get(e).add(new ComplaintSignal(dims[rnd.nextInt(dims.length)],
                    Inputs.AS_OF.minusDays(rnd.nextInt(4 * 365)), subs[rnd.nextInt(subs.length)]));
        }
        List<EntityRiskInput> inputs = new ArrayList<>(entities);
        for (int i = 0; i < entities; i++) {
            LanguageStatus status = switch (rnd.nextInt(40)) {
                case 0, 1, 2 -> Inputs.BILINGUAL_FI;
                case 3 -> Inputs.BILINGUAL_SV;
                case 4 -> Inputs.SAMI;
                default -> Inputs.UNILINGUAL;
            };
            List<FindingSignal> findings = new ArrayList<>();
            for (int f = rnd.nextInt(4); f > 0; f--) {
                findings.add(new FindingSignal(dims[rnd.nextInt(dims.length)],
                        Inputs.AS_OF.minusDays(rnd.nextInt(3 * 365)), sevs[rnd.nextInt(sevs.length)]));
            }
            List<OrderSignal> orders = new ArrayList<>();
            for (int o = rnd.nextInt(3) == 0 ? rnd.nextInt(3) : 0; o > 0; o--) {
                orders.add(new OrderSignal(dims[rnd.nextInt(dims.length)], rnd.nextBoolean()));
            }
            int clients = (int) Math.round(200 * Math.exp(rnd.nextDouble() * 6)); // 200 .. ~80 000
            inputs.add(new EntityRiskInput(1000 + i, "Entity " + i, status, clients, rnd.nextDouble() * 0.4,
                    0.1 + rnd.nextDouble() * 0.3, rnd.nextInt(5) == 0 ? null : Inputs.AS_OF.minusDays(rnd.nextInt(6 * 365)),
                    perEntity.get(i), findings, orders));
        }
        return inputs;
    }
}
