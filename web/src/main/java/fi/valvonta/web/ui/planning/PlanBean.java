package fi.valvonta.web.ui.planning;

import fi.valvonta.ejb.planning.CreatePlan;
import fi.valvonta.ejb.planning.ModelFromWhatIf;
import fi.valvonta.ejb.planning.PlanExport;
import fi.valvonta.ejb.planning.PlanEntryView;
import fi.valvonta.ejb.planning.PlanView;
import fi.valvonta.ejb.planning.PlanWithEntries;
import fi.valvonta.ejb.planning.PlanningService;
import fi.valvonta.ejb.planning.RankShiftView;
import fi.valvonta.ejb.planning.ReplanDraft;
import fi.valvonta.ejb.risk.RiskModelService;
import fi.valvonta.ejb.risk.RiskModelView;
import fi.valvonta.ejb.planning.WhatIf;
import fi.valvonta.model.inspection.InspectionType;
import fi.valvonta.model.platform.Dimension;
import fi.valvonta.model.platform.Language;
import fi.valvonta.web.ui.platform.Formats;
import fi.valvonta.web.ui.platform.UiMessages;
import org.omnifaces.util.Messages;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The plan page: plan versions of a year, the ranked table with each entity's breakdown and reason, the
 * heatmap of entities × dimensions, risk against capacity, what-if, and the draft → adopted life cycle.
 * The page offers what the plan's {@code allowedActions} say; a refusal reaches the user through the
 * one error path of the UI (BusinessExceptionHandler), so actions here have no try/catch.
 */
@Named
@ViewScoped
public class PlanBean implements Serializable {

    private static final int CHART_BARS = 30;

    @Inject
    transient PlanningService planning;

    @Inject
    transient RiskModelService models;

    @Inject
    transient PlanExport export;

    @Inject
    transient PlanRows planRows;

    private Long planId;
    private List<PlanView> plans;
    private PlanView plan;
    private List<PlanEntryView> entries = List.of();
    /** The ranking's lines with their texts in the view's language (the table's rows; shared, {@link PlanRows}). */
    private List<PlanRow> rows = List.of();
    private Map<Long, RankShiftView> shifts;

    // the new-draft form
    @NotNull
    private Integer year = 2024;
    @NotNull
    @DecimalMin("0")
    private Double inspectorDays = 300.0;
    @NotNull
    @DecimalMin("0")
    @DecimalMax("0.9")
    private Double reserveShare = 0.2;
    private Long riskModelId;
    private List<RiskModelView> riskModels;
    private boolean mayCreate;

    // what-if of the shown plan
    private final Map<Dimension, Double> weights = new LinkedHashMap<>();
    private Double whatIfDays;
    private String newModelVersion;

    /** View action: the plan named by the URL, else the newest. */
    public void load() {
        plans = planning.list(null);
        riskModels = models.list();
        mayCreate = planning.mayCreate();
        if (planId == null && !plans.isEmpty()) {
            planId = plans.get(0).id();
        }
        Optional<PlanWithEntries> shown = planId == null ? Optional.empty() : planning.findWithEntries(planId);
        plan = shown.map(PlanWithEntries::plan).orElse(null);
        entries = shown.map(PlanWithEntries::entries).orElse(List.of());
        rows = planRows.of(entries, UiMessages.locale());
        if (plan != null) {
            weights.clear();
            // the plan's model is among those just listed
            long modelId = plan.riskModelId();
            riskModels.stream().filter(m -> m.id() == modelId).findFirst().orElseGet(() -> models.get(modelId))
                    .parameters().dimensionWeights().forEach((k, v) -> weights.put(Dimension.valueOf(k), v));
            whatIfDays = plan.inspectorDays();
        }
    }

    public String createDraft() {
        PlanView created = planning.create(new CreatePlan(year, riskModelId, inspectorDays, reserveShare, null, null));
        return "/inspection/plans?faces-redirect=true&id=" + created.id();
    }

    public void adopt() {
        PlanView adopted = planning.adopt(planId);
        Messages.addGlobalInfo("plan.adopted", adopted.year(), adopted.planVersion());
        shifts = null;
        load();
    }

    public String revise() {
        PlanView created = planning.revise(planId);
        return "/inspection/plans?faces-redirect=true&id=" + created.id();
    }

    public void computeWhatIf() {
        Map<String, Double> w = new HashMap<>();
        weights.forEach((k, v) -> w.put(k.name(), v));
        Map<Long, RankShiftView> computed = new HashMap<>();
        planning.whatIf(planId, new WhatIf(w, whatIfDays, null)).forEach(s -> computed.put(s.entityId(), s));
        shifts = computed;
    }

    /**
     * Saves the what-if weights as a new risk model version (a used version never changes) and makes the
     * draft use it, with the what-if capacity: one service call, so a refusal stores nothing.
     */
    public void saveWeightsAsModel() {
        Map<String, Double> w = new HashMap<>();
        weights.forEach((k, v) -> w.put(k.name(), v));
        PlanView replanned = planning.replanWithNewModel(planId, new ModelFromWhatIf(newModelVersion, w, whatIfDays));
        Messages.addGlobalInfo("plan.modelSaved", replanned.riskModelVersion());
        newModelVersion = null;
        shifts = null;
        load();
    }

    /** Saves the what-if capacity in the draft. */
    public void saveCapacity() {
        planning.replan(planId, new ReplanDraft(null, whatIfDays, null, null, null));
        Messages.addGlobalInfo("plan.capacitySaved");
        shifts = null;
        load();
    }

    public StreamedContent getCsv() {
        byte[] bytes = export.csv(planId).getBytes(StandardCharsets.UTF_8);
        return DefaultStreamedContent.builder().name("plan-" + planId + ".csv").contentType("text/csv; charset=UTF-8")
                .stream(() -> new ByteArrayInputStream(bytes)).build();
    }

    public StreamedContent pdf(String language) {
        Language lang = "sv".equals(language) ? Language.SV : Language.FI;
        byte[] bytes = export.pdf(planId, lang);
        return DefaultStreamedContent.builder().name("plan-" + planId + "-" + lang.code() + ".pdf")
                .contentType("application/pdf").stream(() -> new ByteArrayInputStream(bytes)).build();
    }

    // --- presentation helpers

    /** A figure of the plan to one decimal, with the decimal sign of the view's language (1,5 in fi and sv). */
    public String format(double value) {
        return Formats.oneDecimal(value, UiMessages.locale());
    }

    /**
     * Why a factor has its value, in the user's language: the bundle's pattern {@code factorWhy.<key>}
     * with the factor's inputs ({@code {count}}, {@code {weight}} …) filled in.
     */
    public String explain(PlanEntryView.FactorView factor) {
        String text = UiMessages.text("factorWhy." + factor.key());
        for (Map.Entry<String, Double> input : factor.inputs().entrySet()) {
            String shown = "applies".equals(input.getKey())
                    ? UiMessages.text(input.getValue() > 0 ? "common.yes" : "common.no")
                    : number(input.getValue());
            text = text.replace("{" + input.getKey() + "}", shown);
        }
        return text.replace("{value}", number(factor.value()));
    }

    /** The entity's place in the plan in one translated sentence: reason, total, risk covered, days. */
    public String why(PlanEntryView e) {
        return UiMessages.text("plan.why", UiMessages.text("plan.reason." + e.reason()), number(e.totalRisk()),
                number(e.riskCovered()), number(e.daysUsed()));
    }

    private static String number(double v) {
        Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        return v == Math.rint(v) && Math.abs(v) < 1e9 ? String.valueOf((long) v)
                : String.format(locale, Math.abs(v) < 1 ? "%.2f" : "%.1f", v);
    }

    /** The entities drawn in the risk-against-capacity chart: the highest risks. */
    public List<PlanEntryView> getChartEntries() {
        return entries.subList(0, Math.min(CHART_BARS, entries.size()));
    }

    /** Share (%) of the year's inspector-days: visits, desk reviews, unused, reserve. */
    public String capacityStyle(String part) {
        if (plan == null || plan.inspectorDays() <= 0) {
            return "width: 0";
        }
        double onSite = entries.stream().filter(e -> e.inspectionType() == InspectionType.ON_SITE).mapToDouble(PlanEntryView::daysUsed).sum();
        double desk = entries.stream().filter(e -> e.inspectionType() == InspectionType.DESK_REVIEW).mapToDouble(PlanEntryView::daysUsed).sum();
        double reserve = plan.inspectorDays() - plan.availableDays();
        double value = switch (part) {
            case "onSite" -> onSite;
            case "desk" -> desk;
            case "reserve" -> reserve;
            default -> Math.max(0, plan.availableDays() - onSite - desk);
        };
        return "width: " + String.format(Locale.ROOT, "%.2f", 100 * value / plan.inspectorDays()) + "%";
    }

    public RankShiftView shiftOf(PlanEntryView e) {
        return shifts == null ? null : shifts.get(e.entityId());
    }

    public boolean isWhatIfShown() {
        return shifts != null;
    }

    public Dimension[] getDimensions() {
        return Dimension.values();
    }

    public Long getPlanId() { return planId; }
    public void setPlanId(Long planId) { this.planId = planId; }
    public List<PlanView> getPlans() { return plans; }
    public PlanView getPlan() { return plan; }
    public List<PlanEntryView> getEntries() { return entries; }
    public List<PlanRow> getRows() { return rows; }
    public Integer getYear() { return year; }
    public void setYear(Integer year) { this.year = year; }
    public Double getInspectorDays() { return inspectorDays; }
    public void setInspectorDays(Double inspectorDays) { this.inspectorDays = inspectorDays; }
    public Double getReserveShare() { return reserveShare; }
    public void setReserveShare(Double reserveShare) { this.reserveShare = reserveShare; }
    public Long getRiskModelId() { return riskModelId; }
    public void setRiskModelId(Long riskModelId) { this.riskModelId = riskModelId; }
    public List<RiskModelView> getRiskModels() { return riskModels; }
    /** Whether the caller may create a plan (the permission table, asked through the service). */
    public boolean isMayCreate() { return mayCreate; }
    public Map<Dimension, Double> getWeights() { return weights; }
    public Double getWhatIfDays() { return whatIfDays; }
    public void setWhatIfDays(Double whatIfDays) { this.whatIfDays = whatIfDays; }
    public String getNewModelVersion() { return newModelVersion; }
    public void setNewModelVersion(String newModelVersion) { this.newModelVersion = newModelVersion; }
}
