package fi.valvonta.ejb.demo;

import fi.valvonta.ejb.planning.CreatePlan;
import fi.valvonta.ejb.planning.PlanView;
import fi.valvonta.ejb.planning.PlanningService;
import fi.valvonta.model.planning.PlanState;
import fi.valvonta.model.security.Role;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.jboss.ejb3.annotation.RunAsPrincipal;

import java.util.List;

/**
 * The demo agency's inspection plans, made by the planning service as a decision maker would: the 2024
 * plan (the pilots' last year) adopted, and a draft for 2025, the employment areas' first year.
 */
@Stateless
@PermitAll
@RunAs(Role.DECISION_MAKER_NAME)
@RunAsPrincipal("ratkaisija")
@TransactionAttribute(TransactionAttributeType.REQUIRED)
public class DemoPlans {

    static final int ADOPTED_YEAR = 2024;
    static final int DRAFT_YEAR = 2025;
    private static final double INSPECTOR_DAYS = 300;

    @Inject
    private PlanningService planning;

    /** Adopts a 2024 plan unless one is adopted, and drafts a 2025 plan unless the year has one; how many changed. */
    public int seed() {
        int changed = 0;
        List<PlanView> y2024 = planning.list(ADOPTED_YEAR);
        if (y2024.stream().noneMatch(p -> p.state() == PlanState.ADOPTED)) {
            long id = y2024.stream().filter(p -> p.state() == PlanState.DRAFT).map(PlanView::id).findFirst()
                    .orElseGet(() -> planning.create(new CreatePlan(ADOPTED_YEAR, null, INSPECTOR_DAYS, null, null, null)).id());
            planning.adopt(id);
            changed++;
        }
        if (planning.list(DRAFT_YEAR).isEmpty()) {
            planning.create(new CreatePlan(DRAFT_YEAR, null, INSPECTOR_DAYS, null, null, null));
            changed++;
        }
        return changed;
    }
}
