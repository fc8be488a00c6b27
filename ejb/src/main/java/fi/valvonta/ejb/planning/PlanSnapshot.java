package fi.valvonta.ejb.planning;

import fi.valvonta.ejb.risk.RiskParametersDto;

import fi.valvonta.model.inspection.DeficiencySeverity;
import fi.valvonta.model.risk.ComplaintSignal;
import fi.valvonta.model.risk.EntityRiskInput;
import fi.valvonta.model.risk.FindingSignal;
import fi.valvonta.model.risk.OrderSignal;
import fi.valvonta.model.planning.PlanCapacity;
import fi.valvonta.model.registry.LanguageStatus;
import fi.valvonta.model.platform.Dimension;
import fi.valvonta.model.platform.Language;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Everything an adopted plan was computed from, frozen as JSON with the plan: the as-of date, the
 * parameters, the capacity and each entity's inputs. Re-running the planner over it reproduces the plan.
 */
public record PlanSnapshot(LocalDate asOf, RiskParametersDto parameters, Capacity capacity, List<Entity> entities) {

    public record Capacity(double inspectorDays, double reserveShare, double costOnSiteDays, double costDeskReviewDays) {
        static Capacity of(PlanCapacity c) {
            return new Capacity(c.inspectorDays(), c.reserveShare(), c.costOnSiteDays(), c.costDeskReviewDays());
        }

        PlanCapacity toCapacity() {
            return new PlanCapacity(inspectorDays, reserveShare, costOnSiteDays, costDeskReviewDays);
        }
    }

    /** A signal: dimension, date (none for an order) and kind (substantiation, severity, or OPEN/OVERDUE). */
    public record Signal(Dimension dimension, LocalDate date, String kind) {
    }

    public record Entity(long entityId, String name, String officialLanguages, String majorityLanguage,
                         boolean samiHomeland, int clientCount, double foreignLanguageShare, double under30Share,
                         LocalDate lastInspection, List<Signal> complaints, List<Signal> findings, List<Signal> orders) {

        static Entity of(EntityRiskInput in) {
            LanguageStatus ls = in.languageStatus();
            return new Entity(in.entityId(), in.name(),
                    ls.officialLanguages().stream().map(Language::code).collect(Collectors.joining(";")),
                    ls.majorityLanguage().code(), ls.isSamiHomeland(), in.clientCount(), in.foreignLanguageShare(),
                    in.under30Share(), in.lastInspection(),
                    in.complaints().stream().map(c -> new Signal(c.dimension(), c.date(), c.substantiation().name())).toList(),
                    in.findings().stream().map(f -> new Signal(f.dimension(), f.date(), f.severity().name())).toList(),
                    in.orders().stream().map(o -> new Signal(o.dimension(), null, o.overdue() ? "OVERDUE" : "OPEN")).toList());
        }

        EntityRiskInput toInput() {
            return new EntityRiskInput(entityId, name, LanguageStatus.parse(officialLanguages, majorityLanguage, samiHomeland),
                    clientCount, foreignLanguageShare, under30Share, lastInspection,
                    complaints.stream().map(s -> new ComplaintSignal(s.dimension(), s.date(),
                            ComplaintSignal.Substantiation.valueOf(s.kind()))).toList(),
                    findings.stream().map(s -> new FindingSignal(s.dimension(), s.date(),
                            DeficiencySeverity.valueOf(s.kind()))).toList(),
                    orders.stream().map(s -> new OrderSignal(s.dimension(), "OVERDUE".equals(s.kind()))).toList());
        }
    }

    static PlanSnapshot of(LocalDate asOf, RiskParametersDto parameters, PlanCapacity capacity, List<EntityRiskInput> inputs) {
        return new PlanSnapshot(asOf, parameters, Capacity.of(capacity), inputs.stream().map(Entity::of).toList());
    }

    List<EntityRiskInput> inputs() {
        return entities.stream().map(Entity::toInput).toList();
    }
}
