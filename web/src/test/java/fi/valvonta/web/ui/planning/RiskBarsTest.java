package fi.valvonta.web.ui.planning;

import fi.valvonta.ejb.planning.PlanEntryView;
import fi.valvonta.model.inspection.InspectionType;
import fi.valvonta.web.ui.platform.Formats;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;

class RiskBarsTest {

    @Test
    void aBarShowsRankNameAndTotalItsWidthAgainstTheHighestRiskAndWhetherItIsInThePlan() throws Exception {
        Formats.OneDecimal fi = Formats.oneDecimal(Locale.forLanguageTag("fi"));
        PlanRiskChart.Bar inPlan = PlanRiskChart.bar(entry(1, "Vaasa", 2.5, InspectionType.ON_SITE), 2.5, fi);
        PlanRiskChart.Bar out = PlanRiskChart.bar(entry(7, "Närpes", 1.0, null), 2.5, fi);
        assertEquals(new PlanRiskChart.Bar("1. Vaasa", "risk-bar in-plan band-HIGH", "width: 100.0%", "2,5"), inPlan);
        assertEquals(new PlanRiskChart.Bar("7. Närpes", "risk-bar out band-HIGH", "width: 40.0%", "1,0"), out);

        MarkupWriter w = new MarkupWriter();
        RiskBars.write(w, List.of(inPlan, new PlanRiskChart.Bar("2. <b>&", "risk-bar out band-LOW", "width: 1.0%", "0,1")));
        assertEquals("<div class=\"risk-row\"><span class=\"risk-name\">1. Vaasa</span><span class=\"risk-track\">"
                + "<span class=\"risk-bar in-plan band-HIGH\" style=\"width: 100.0%\">2,5</span></span></div>"
                + "<div class=\"risk-row\"><span class=\"risk-name\">2. &lt;b&gt;&amp;</span><span class=\"risk-track\">"
                + "<span class=\"risk-bar out band-LOW\" style=\"width: 1.0%\">0,1</span></span></div>", w.out.toString());
    }

    private static PlanEntryView entry(int rank, String name, double total, InspectionType type) {
        return new PlanEntryView(rank, rank, name, fi.valvonta.model.risk.RiskBand.HIGH, total, type, null, 0, 0, "", List.of());
    }
}
