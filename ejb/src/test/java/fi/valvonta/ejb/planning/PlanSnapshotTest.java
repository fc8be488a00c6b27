package fi.valvonta.ejb.planning;

import fi.valvonta.ejb.risk.RiskParametersDto;

import fi.valvonta.model.inspection.DeficiencySeverity;
import fi.valvonta.model.risk.ComplaintSignal;
import fi.valvonta.model.risk.EntityRiskInput;
import fi.valvonta.model.risk.FindingSignal;
import fi.valvonta.model.risk.OrderSignal;
import fi.valvonta.model.planning.PlanCapacity;
import fi.valvonta.model.risk.RiskParameters;
import fi.valvonta.model.registry.LanguageStatus;
import fi.valvonta.model.platform.Dimension;
import fi.valvonta.model.platform.Language;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The frozen snapshot gives back exactly the inputs and parameters it was made of. */
class PlanSnapshotTest {

    @Test
    void inputsAndParametersSurviveTheSnapshot() {
        LocalDate day = LocalDate.of(2025, 3, 1);
        EntityRiskInput raasepori = new EntityRiskInput(97, "Raasepori",
                new LanguageStatus(EnumSet.of(Language.FI, Language.SV), Language.SV, false), 1800, 0.07, 0.21, day,
                List.of(new ComplaintSignal(Dimension.LANGUAGE_RIGHTS, day, ComplaintSignal.Substantiation.SUBSTANTIATED)),
                List.of(new FindingSignal(Dimension.DATA_PROTECTION, day, DeficiencySeverity.SERIOUS)),
                List.of(new OrderSignal(Dimension.EQUAL_TREATMENT, true), new OrderSignal(Dimension.EQUAL_TREATMENT, false)));
        EntityRiskInput neverInspected = new EntityRiskInput(35, "Sodankylä",
                new LanguageStatus(EnumSet.of(Language.FI), Language.FI, true), 600, 0, 0.3, null, List.of(), List.of(), List.of());
        RiskParameters parameters = RiskParameters.defaults().toBuilder().version("snap").dimensionWeight(Dimension.LANGUAGE_RIGHTS, 2).build();
        PlanCapacity capacity = new PlanCapacity(300, 0.2, 5, 1.5);

        PlanSnapshot snapshot = PlanSnapshot.of(day, RiskParametersDto.of(parameters), capacity, List.of(raasepori, neverInspected));

        assertEquals(List.of(raasepori, neverInspected), snapshot.inputs());
        assertEquals(parameters, snapshot.parameters().toParameters());
        assertEquals(parameters.fingerprint(), snapshot.parameters().toParameters().fingerprint());
        assertEquals(capacity, snapshot.capacity().toCapacity());
    }
}
