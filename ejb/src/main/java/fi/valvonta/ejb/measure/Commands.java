package fi.valvonta.ejb.measure;

import fi.valvonta.model.measure.CourtOutcome;
import fi.valvonta.model.measure.Measure;
import fi.valvonta.model.measure.ServiceMethod;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/** The requests that move a measure along, one record each. */
public final class Commands {

    private Commands() {
    }

    /** HL 34 §: ask the party to be heard by {@code deadline}; {@code requestedOn} defaults to today. */
    public record RequestHearing(LocalDate requestedOn, @NotNull LocalDate deadline) {
    }

    public record RecordHearingResponse(@NotNull LocalDate respondedOn) {
    }

    /**
     * Decide on presentation. {@code decidedOn} defaults to today and may be earlier only to record a
     * decision already signed; the decider may amend the decision text; the presenter's dissent is recorded.
     */
    public record Decide(LocalDate decidedOn, @Size(max = Measure.TEXT_LENGTH) String decision,
                         @Size(max = Measure.TEXT_LENGTH) String dissent) {
    }

    /**
     * Service: for presumed methods {@code date} is the sending date, otherwise the date of receipt (for an
     * ordinary letter to an authority, the day it arrived: HL 59 § 2 mom).
     */
    public record Serve(@NotNull ServiceMethod method, @NotNull LocalDate date) {
    }

    public record RecordCompliance(@NotNull Boolean complied,
                                   @NotBlank @Size(max = Measure.TEXT_LENGTH) String evidence) {
    }

    public record RecordAppeal(@NotNull LocalDate lodgedOn) {
    }

    /** The administrative court's decision; {@code servedOn}, the day the agency received it, defaults to {@code decidedOn}. */
    public record RecordCourtOutcome(@NotNull CourtOutcome outcome, @NotNull LocalDate decidedOn, LocalDate servedOn) {
    }

    /** The actual date of receipt shown against a presumed date of service. */
    public record RebutServiceDate(@NotNull LocalDate receivedOn) {
    }

    /** An application for leave to appeal to the Supreme Administrative Court. */
    public record RecordFurtherAppeal(@NotNull LocalDate lodgedOn) {
    }

    /** The Supreme Administrative Court's decision: leave refused, or granted and the appeal decided with {@code outcome}. */
    public record RecordSupremeCourtDecision(@NotNull Boolean leaveGranted, CourtOutcome outcome,
                                             @NotNull LocalDate decidedOn) {
    }
}
