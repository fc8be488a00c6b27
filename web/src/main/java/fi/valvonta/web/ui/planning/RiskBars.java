package fi.valvonta.web.ui.planning;

import jakarta.faces.component.FacesComponent;
import jakarta.faces.context.ResponseWriter;

import java.io.IOException;
import java.util.List;

/**
 * The bars of the plan page's risk chart, written straight to the response ({@code <v:riskBars value="…"/>}): a
 * row per entity with its name and a bar of its total risk. As {@link HeatmapRows}: a {@code ui:repeat} walked and
 * reset its child components for every bar of every page; the response writer escapes every text and attribute.
 */
@FacesComponent("fi.valvonta.RiskBars") // the component type in valvonta.taglib.xml
public class RiskBars extends WrittenRows<PlanRiskChart.Bar> {

    public RiskBars() {
        super(RiskBars::write);
    }

    static void write(ResponseWriter w, List<PlanRiskChart.Bar> bars) throws IOException {
        for (PlanRiskChart.Bar bar : bars) {
            w.startElement("div", null);
            w.writeAttribute("class", "risk-row", null);
            w.startElement("span", null);
            w.writeAttribute("class", "risk-name", null);
            w.writeText(bar.label(), null);
            w.endElement("span");
            w.startElement("span", null);
            w.writeAttribute("class", "risk-track", null);
            w.startElement("span", null);
            w.writeAttribute("class", bar.styleClass(), null);
            w.writeAttribute("style", bar.style(), null);
            w.writeText(bar.text(), null);
            w.endElement("span");
            w.endElement("span");
            w.endElement("div");
        }
    }
}
