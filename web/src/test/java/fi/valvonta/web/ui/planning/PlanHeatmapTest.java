package fi.valvonta.web.ui.planning;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PlanHeatmapTest {

    @Test
    void aCellGoesFromGreenAtNoRiskToRedAtThePlansHighestScore() {
        assertEquals("background-color: hsl(120, 75%, 88%)", PlanHeatmap.heatStyle(0, 2.5));
        assertEquals("background-color: hsl(60, 75%, 73%)", PlanHeatmap.heatStyle(1.25, 2.5));
        assertEquals("background-color: hsl(0, 75%, 58%)", PlanHeatmap.heatStyle(2.5, 2.5));
    }

    @Test
    void nothingIsDarkerThanTheHighestScoreSoBlackTextStaysReadable() {
        assertEquals(PlanHeatmap.heatStyle(2.5, 2.5), PlanHeatmap.heatStyle(9, 2.5));
        assertEquals("background-color: hsl(120, 75%, 88%)", PlanHeatmap.heatStyle(0, 0), "a plan without risk");
    }
}
