package fi.valvonta.web.ui.planning;

import jakarta.faces.component.FacesComponent;
import jakarta.faces.component.UIComponentBase;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;

import java.io.IOException;
import java.util.List;

/**
 * The bars of the plan page's risk chart, written straight to the response ({@code <v:riskBars value="…"/>}): a
 * row per entity with its name and a bar of its total risk. As {@link HeatmapRows}: a {@code ui:repeat} walked and
 * reset its child components for every bar of every page; the response writer escapes every text and attribute.
 */
@FacesComponent(RiskBars.COMPONENT_TYPE)
public class RiskBars extends UIComponentBase {

    public static final String COMPONENT_TYPE = "fi.valvonta.RiskBars";

    public RiskBars() {
        setRendererType(null);
    }

    @Override
    public String getFamily() {
        return "fi.valvonta.planning";
    }

    @Override
    public boolean getRendersChildren() {
        return true;
    }

    @Override
    public void encodeBegin(FacesContext context) throws IOException {
        @SuppressWarnings("unchecked")
        List<PlanRiskChart.Bar> bars = (List<PlanRiskChart.Bar>) getAttributes().get("value");
        write(context.getResponseWriter(), bars == null ? List.of() : bars);
    }

    @Override
    public void encodeChildren(FacesContext context) {
        // no children: the bars are the component's own markup
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
