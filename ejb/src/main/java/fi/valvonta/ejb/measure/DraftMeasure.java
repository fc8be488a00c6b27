package fi.valvonta.ejb.measure;

import fi.valvonta.model.measure.ConditionalFineKind;
import fi.valvonta.model.measure.FinePeriod;
import fi.valvonta.model.measure.GuidanceKind;
import fi.valvonta.model.measure.Measure;
import fi.valvonta.model.measure.MeasureAddressee;
import fi.valvonta.model.measure.MeasureCase;
import fi.valvonta.model.measure.MeasureContent;
import fi.valvonta.model.measure.MeasureOrigin;
import fi.valvonta.model.measure.MeasureType;
import fi.valvonta.model.measure.SuspensionScope;
import fi.valvonta.model.platform.Dimension;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Drafts a measure: on an existing case ({@code caseId}), or on a new case for {@code entityId} and
 * {@code subject} opened from a complaint, an inspection finding or on the supervisor's own initiative.
 * {@code corrects} names a decided measure of the same case that the new one corrects.
 */
public record DraftMeasure(
        Long caseId,
        Long entityId,
        @Size(max = MeasureCase.SUBJECT_LENGTH) String subject,
        MeasureOrigin origin,
        Long complaintId,
        Long findingId,
        @Size(max = MeasureCase.REFERENCE_LENGTH) String originReference,
        Dimension dimension,
        @NotNull MeasureType type,
        @Size(max = Measure.TEXT_LENGTH) String facts,
        @Size(max = Measure.LEGAL_BASIS_LENGTH) String legalBasis,
        @Size(max = Measure.TEXT_LENGTH) String reasoning,
        @Size(max = Measure.TEXT_LENGTH) String decision,
        LocalDate deadline,
        GuidanceKind guidanceKind,
        MeasureAddressee addressee,
        @Size(max = Measure.NAME_LENGTH) String officialName,
        SuspensionScope suspensionScope,
        @DecimalMin("0.01") BigDecimal conditionalFine,
        ConditionalFineKind fineKind,
        @DecimalMin("0.01") BigDecimal fineInstalment,
        FinePeriod finePeriod,
        Boolean notwithstandingAppeal,
        @Size(max = Measure.REASON_LENGTH) String notwithstandingAppealReason,
        Long corrects) {

    public MeasureContent content() {
        return new MeasureContent(facts, legalBasis, reasoning, decision, deadline, guidanceKind, addressee,
                officialName, suspensionScope, conditionalFine, fineKind, fineInstalment, finePeriod,
                notwithstandingAppeal, notwithstandingAppealReason);
    }
}
