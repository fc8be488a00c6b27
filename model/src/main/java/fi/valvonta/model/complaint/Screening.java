package fi.valvonta.model.complaint;

import fi.valvonta.model.registry.SupervisionPeriod;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** Intake screening of a new complaint: competence, age, duplicates and personal identity numbers. */
public final class Screening {

    private static final String COMPETENCE_BASIS = "HL 21 §; laki työllisyyden edistämisen kuntakokeilusta 1269/2020 / "
            + "laki työvoimapalveluiden järjestämisestä 380/2023 (supervisory competence)";
    private static final String TE_OFFICE_BASIS = "HL 21 §; laki työllisyyden edistämisen kuntakokeilusta 1269/2020: "
            + "supervision covers only the municipality's tasks";
    private static final String OVER_TWO_YEARS_BASIS = NotInvestigatedReason.OVER_TWO_YEARS.legalBasis();
    private static final String DUPLICATE_BASIS = NotInvestigatedReason.PRACTICE + " (already pending or decided)";
    private static final String PIN_BASIS = "tietosuojalaki 1050/2018 29 §; GDPR 5 art. 1 c (data minimisation)";

    private Screening() {
    }

    public static ScreeningResult screen(ScreeningInput in) {
        List<ScreeningFinding> findings = new ArrayList<>();
        checkCompetence(in, findings);
        checkTeOfficeMatter(in, findings);
        checkAge(in, findings);
        checkDuplicates(in, findings);
        checkIdentityNumbers(in, findings);
        // stable sort: blocking first, in the order checked (competence before age)
        findings.sort(Comparator.comparing((ScreeningFinding f) -> f.weight()).reversed());
        return new ScreeningResult(findings);
    }

    /** Normal form of a complainant key: trimmed, lower case; null for an anonymous complainant. */
    public static String normaliseComplainantKey(String key) {
        if (key == null || key.isBlank()) {
            return null;
        }
        return key.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private static void checkCompetence(ScreeningInput in, List<ScreeningFinding> findings) {
        SupervisionPeriod period = in.entitySupervision();
        if (period == null) {
            // HL 21 §: a municipality never supervised itself (not a pilot) -> transfer
            findings.add(new ScreeningFinding(ScreeningCode.ENTITY_NOT_SUPERVISED_AT_CONDUCT, ScreeningWeight.BLOCKING,
                    COMPETENCE_BASIS, "the municipality was never supervised itself (it was not a pilot municipality); "
                    + "transfer to the competent authority"));
            return;
        }
        boolean coversStart = period.covers(in.conductFrom());
        boolean coversEnd = period.covers(in.conductEnd());
        boolean overlaps = !period.from().isAfter(in.conductEnd())
                && period.until().map(u -> !u.isBefore(in.conductFrom())).orElse(true);
        if (!overlaps) {
            // HL 21 §: outside the supervisor's competence at the time of the conduct -> transfer
            findings.add(new ScreeningFinding(ScreeningCode.ENTITY_NOT_SUPERVISED_AT_CONDUCT, ScreeningWeight.BLOCKING,
                    COMPETENCE_BASIS, "the entity was not supervised during the conduct " + conductText(in)
                    + " (supervised " + period + "); transfer to the competent authority"));
        } else if (!coversStart || !coversEnd) {
            findings.add(new ScreeningFinding(ScreeningCode.ENTITY_NOT_SUPERVISED_AT_CONDUCT, ScreeningWeight.WARNING,
                    COMPETENCE_BASIS, "part of the conduct " + conductText(in) + " lies outside the supervision period "
                    + period + "; only the supervised part can be investigated"));
        }
    }

    private static void checkTeOfficeMatter(ScreeningInput in, List<ScreeningFinding> findings) {
        if (in.teOfficeMatter()) {
            // laki 1269/2020: TE office tasks were outside the supervisor's competence; the TE offices ended on
            // 31.12.2024 (laki 380/2023), so HL 21 §: transfer to the authority now competent for the task
            findings.add(new ScreeningFinding(ScreeningCode.TE_OFFICE_MATTER, ScreeningWeight.BLOCKING, TE_OFFICE_BASIS,
                    "the matter concerns tasks of a former TE office; transfer to the competent authority"));
        }
    }

    private static void checkAge(ScreeningInput in, List<ScreeningFinding> findings) {
        LocalDate limit = in.received().minusYears(2);
        // HL 53 b § 3 mom: over two years old; conduct exactly two years before receipt is not over
        if (!in.conductEnd().isBefore(limit)) {
            return;
        }
        if (in.hasSpecialReasonForOldMatter()) {
            // HL 53 b § 3 mom: investigated nevertheless when there is a special reason
            findings.add(new ScreeningFinding(ScreeningCode.CONDUCT_OVER_TWO_YEARS, ScreeningWeight.INFO, OVER_TWO_YEARS_BASIS,
                    "conduct ended " + in.conductEnd() + ", over two years before receipt " + in.received()
                    + "; investigated for the recorded special reason"));
        } else {
            findings.add(new ScreeningFinding(ScreeningCode.CONDUCT_OVER_TWO_YEARS, ScreeningWeight.BLOCKING, OVER_TWO_YEARS_BASIS,
                    "conduct ended " + in.conductEnd() + ", over two years before receipt " + in.received()
                    + "; not investigated unless a special reason is recorded"));
        }
    }

    private static void checkDuplicates(ScreeningInput in, List<ScreeningFinding> findings) {
        String key = normaliseComplainantKey(in.complainantKey());
        if (key == null) {
            return; // anonymous complaints are never matched by complainant
        }
        for (ExistingComplaint e : in.existing()) {
            boolean sameComplainant = key.equals(normaliseComplainantKey(e.complainantKey()));
            boolean overlapping = !e.conductFrom().isAfter(in.conductEnd()) && !in.conductFrom().isAfter(e.conductEnd());
            if (sameComplainant && e.entityId() == in.entityId() && overlapping) {
                findings.add(new ScreeningFinding(ScreeningCode.POSSIBLE_DUPLICATE, ScreeningWeight.WARNING, DUPLICATE_BASIS,
                        "same complainant, entity and overlapping conduct as " + e.caseNumber()));
            }
        }
    }

    private static void checkIdentityNumbers(ScreeningInput in, List<ScreeningFinding> findings) {
        int count = PersonalIdentityNumbers.find(in.description()).size();
        if (count > 0) {
            // tietosuojalaki 29 §: process a henkilötunnus only where needed -> offer masking
            findings.add(new ScreeningFinding(ScreeningCode.PERSONAL_IDENTITY_NUMBER, ScreeningWeight.WARNING, PIN_BASIS,
                    count + " personal identity number(s) in the description; masking offered"));
        }
    }

    private static String conductText(ScreeningInput in) {
        return in.conductTo() == null ? in.conductFrom().toString() : in.conductFrom() + ".." + in.conductTo();
    }
}
