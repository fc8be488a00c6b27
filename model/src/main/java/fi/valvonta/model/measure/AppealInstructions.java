package fi.valvonta.model.measure;

import java.util.Objects;

/** Chooses the appeal instructions for a measure from its appealability ({@link MeasureType#isAppealable()}). */
public final class AppealInstructions {

    private AppealInstructions() {
    }

    public static AppealKind forType(MeasureType type) {
        return Objects.requireNonNull(type, "type").isAppealable()
                ? AppealKind.APPEAL_TO_ADMINISTRATIVE_COURT_30_DAYS
                : AppealKind.NO_APPEAL;
    }
}
