package fi.valvonta.web.ui.risk;

import fi.valvonta.ejb.risk.IndicatorService;
import fi.valvonta.ejb.risk.IndicatorView;
import fi.valvonta.ejb.risk.RecordIndicators;
import fi.valvonta.ejb.registry.RegistryService;
import fi.valvonta.ejb.registry.SupervisedEntityRef;
import org.omnifaces.util.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * Risk indicators per supervised entity: the current figures with their date and source, a form that
 * records or corrects them, and CSV import of indicators and of complaint/order signals.
 */
@Named
@ViewScoped
public class IndicatorBean implements Serializable {

    @Inject
    transient IndicatorService indicators;

    @Inject
    transient RegistryService registry;

    @Inject
    transient Clock clock;

    private List<IndicatorView> current;
    private List<SupervisedEntityRef> entities;
    private boolean canEdit;

    private Long entityId;
    private LocalDate validOn;
    private Integer clientCount;
    private Double foreignLanguageShare;
    private Double under30Share;
    private String source;
    private String indicatorCsv;

    /** Whether the page offers recording and importing ({@code RiskPermissions}). */
    public boolean isCanEdit() { return canEdit; }
    private String signalCsv;

    @PostConstruct
    void init() {
        canEdit = indicators.mayEdit();
        entities = registry.supervisedEntities();
        validOn = LocalDate.now(clock);
        reload();
    }

    private void reload() {
        current = indicators.current(LocalDate.now(clock));
    }

    /** Copies a row into the form, dated today, for a new record or a correction. */
    public void edit(IndicatorView v) {
        entityId = v.entityId();
        validOn = LocalDate.now(clock);
        clientCount = v.clientCount();
        foreignLanguageShare = v.foreignLanguageShare();
        under30Share = v.under30Share();
        source = v.source();
    }

    public void save() {
        IndicatorView saved = indicators.record(new RecordIndicators(entityId, validOn, clientCount, foreignLanguageShare,
                under30Share, source));
        Messages.addGlobalInfo("indicator.saved", saved.entityName(), saved.validOn());
        reload();
    }

    /** Imports indicator rows; a refused file (the line named) takes the UI's one error path. */
    public void importIndicators() {
        Messages.addGlobalInfo("indicator.imported", indicators.importIndicators(indicatorCsv).rows());
        indicatorCsv = null;
        reload();
    }

    public void importSignals() {
        Messages.addGlobalInfo("indicator.signalsImported", indicators.importSignals(signalCsv).rows());
        signalCsv = null;
    }

    public String getIndicatorHeader() { return IndicatorService.INDICATOR_HEADER; }
    public String getSignalHeader() { return IndicatorService.SIGNAL_HEADER; }
    public List<IndicatorView> getCurrent() { return current; }
    public List<SupervisedEntityRef> getEntities() { return entities; }
    public Long getEntityId() { return entityId; }
    public void setEntityId(Long entityId) { this.entityId = entityId; }
    public LocalDate getValidOn() { return validOn; }
    public void setValidOn(LocalDate validOn) { this.validOn = validOn; }
    public Integer getClientCount() { return clientCount; }
    public void setClientCount(Integer clientCount) { this.clientCount = clientCount; }
    public Double getForeignLanguageShare() { return foreignLanguageShare; }
    public void setForeignLanguageShare(Double v) { this.foreignLanguageShare = v; }
    public Double getUnder30Share() { return under30Share; }
    public void setUnder30Share(Double v) { this.under30Share = v; }
    public String getSource() { return source; }
    public void setSource(String source) { this.source = source; }
    public String getIndicatorCsv() { return indicatorCsv; }
    public void setIndicatorCsv(String indicatorCsv) { this.indicatorCsv = indicatorCsv; }
    public String getSignalCsv() { return signalCsv; }
    public void setSignalCsv(String signalCsv) { this.signalCsv = signalCsv; }
}
