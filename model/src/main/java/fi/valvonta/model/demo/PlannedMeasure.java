package fi.valvonta.model.demo;

import fi.valvonta.model.measure.CourtOutcome;
import fi.valvonta.model.measure.MeasureType;
import fi.valvonta.model.measure.SuspensionScope;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One demo measure and the days of its steps; the executor takes the steps in order and stops at the
 * first day that is null (a measure proposed but not decided has {@code decidedOn} null and so on).
 */
public record PlannedMeasure(MeasureType type, LocalDate draftedOn, LocalDate hearingRequestedOn,
                             LocalDate hearingDeadline, LocalDate hearingRespondedOn, LocalDate proposedOn,
                             LocalDate decidedOn, LocalDate deadline, BigDecimal conditionalFine,
                             SuspensionScope suspensionScope, LocalDate servedOn, Boolean complied,
                             LocalDate complianceRecordedOn, LocalDate appealLodgedOn, CourtOutcome courtOutcome,
                             LocalDate courtDecidedOn, String facts, String reasoning, String decision) {

    /** The last day on which something happens to this measure. */
    public LocalDate lastDay() {
        LocalDate last = draftedOn;
        for (LocalDate d : new LocalDate[]{hearingRequestedOn, hearingRespondedOn, proposedOn, decidedOn, servedOn,
                complianceRecordedOn, appealLodgedOn, courtDecidedOn}) {
            if (d != null && d.isAfter(last)) {
                last = d;
            }
        }
        return last;
    }
}
