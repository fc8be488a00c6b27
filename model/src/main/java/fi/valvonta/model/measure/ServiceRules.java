package fi.valvonta.model.measure;

import fi.valvonta.model.platform.RuleViolationException;
import fi.valvonta.model.platform.StatutoryDeadlines;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Service (tiedoksianto), the end of the appeal period and the date of finality (lainvoima): the one
 * place of these rules.
 */
public final class ServiceRules {

    public static final String VERIFIED_SERVICE_REQUIRED = "measure.verified-service-required";

    private ServiceRules() {
    }

    /**
     * HL 60 §, laki 13/2003 18 §: a decision that obliges (an order, a conditional fine set or imposed, a
     * suspension) and whose appeal period runs from service is served verifiably; a presumed method is refused.
     */
    public static void checkMethodAllowed(MeasureType type, ServiceMethod method) {
        Objects.requireNonNull(method, "method");
        if (type.isObligating() && !method.isVerified()) {
            throw new RuleViolationException(VERIFIED_SERVICE_REQUIRED, "method",
                    "An obligating decision (" + type + ") is served verifiably: against a receipt (hallintolaki 60 §) "
                            + "or by verified electronic service (laki 13/2003 18 §), not by " + method);
        }
    }

    /**
     * Days from the recorded date to the deemed receipt; 0 where the recorded date is the receipt itself.
     * <ul>
     * <li>HL 59 § 2 mom: an authority is deemed to receive an ordinary letter on the day of arrival (the
     * date recorded is that day); anyone else on the 7th day after sending.</li>
     * <li>Laki 13/2003 19 §: an ordinary electronic message on the 3rd day after sending, also for an
     * authority (KHO 2020:132).</li>
     * <li>Verified methods (HL 60 §, 13/2003 18 §): the date of receipt shown.</li>
     * </ul>
     */
    public static int daysAfterSending(ServiceMethod method, ServedParty party) {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(party, "party");
        return switch (method) {
            case ORDINARY_LETTER -> party == ServedParty.AUTHORITY ? 0 : 7;
            case ELECTRONIC -> 3;
            case VERIFIED_LETTER, ACKNOWLEDGEMENT, VERIFIED_ELECTRONIC, IN_PERSON -> 0;
        };
    }

    /** Whether the recorded date is a sending date from which receipt is presumed (and can be rebutted). */
    public static boolean isPresumed(ServiceMethod method, ServedParty party) {
        return daysAfterSending(method, party) > 0;
    }

    /** The date of service. A deemed day is not moved over holidays: it is not a deadline. */
    public static LocalDate deemedServedOn(ServiceMethod method, ServedParty party, LocalDate sentOrReceived) {
        Objects.requireNonNull(sentOrReceived, "date");
        return sentOrReceived.plusDays(daysAfterSending(method, party));
    }

    /**
     * HL 59 § ("unless shown otherwise"), laki 13/2003 19 §: a presumed date of service gives way to the
     * actual date of receipt when it is shown; the receipt cannot precede the sending.
     */
    public static LocalDate rebutted(ServiceMethod method, ServedParty party, LocalDate sentOn, LocalDate actuallyReceivedOn) {
        Objects.requireNonNull(actuallyReceivedOn, "receivedOn");
        if (method == null || !isPresumed(method, party)) {
            throw new RuleViolationException("measure.service-not-presumed", "receivedOn",
                    "Only a presumed date of service (hallintolaki 59 §, laki 13/2003 19 §) is rebutted; "
                            + "this service already records the date of receipt");
        }
        if (actuallyReceivedOn.isBefore(sentOn)) {
            throw new RuleViolationException("measure.received-before-sent", "receivedOn",
                    "The decision cannot have been received before it was sent (" + sentOn + ")");
        }
        return actuallyReceivedOn;
    }

    /**
     * Last day of the appeal period: 30 days from service, the day of service not counted (808/2019
     * 13 §), moved to the next working day if it falls on a closed day (laki 150/1930 5 §).
     */
    public static LocalDate appealPeriodEnds(LocalDate servedOn) {
        int days = AppealKind.APPEAL_TO_ADMINISTRATIVE_COURT_30_DAYS.appealPeriodDays();
        return StatutoryDeadlines.lastDay(servedOn.plusDays(days));
    }

    /**
     * The date the decision becomes final (lainvoimainen). Appealable: the day after the appeal period
     * ends if no appeal was lodged; empty while an appeal is pending (the court's decision decides).
     * Not appealable: final on the date of service.
     */
    public static Optional<LocalDate> finalityDate(MeasureType type, LocalDate servedOn, boolean appealed) {
        Objects.requireNonNull(servedOn, "servedOn");
        if (!AppealInstructions.forType(type).allowsAppeal()) {
            return Optional.of(servedOn);
        }
        return appealed ? Optional.empty() : Optional.of(appealPeriodEnds(servedOn).plusDays(1));
    }

    // ---------------------------------------------------------------- electronic service (Suomi.fi Messages)

    /**
     * Laki 13/2003 18 §: a decision sent through the national messaging service goes as a verifiable message,
     * which the recipient confirms before it opens; the day of that confirmation is the date of service. An
     * obligating decision must be served so (HL 60 §); any other gets the date shown instead of presumed
     * (13/2003 19 §: the 3rd day), so every decision sent electronically is sent verifiably.
     */
    public static boolean electronicallyVerifiable(MeasureType type) {
        Objects.requireNonNull(type, "type");
        return true;
    }

    /**
     * Where the recipient has no mailbox the service prints and mails the decision. HL 60 §: an obligating
     * decision goes as a letter against a receipt (saantitodistus); any other as an ordinary letter (HL 59 §).
     */
    public static boolean letterVerifiable(MeasureType type) {
        return type.isObligating();
    }

    /** How a decision printed and mailed by the messaging service is served ({@link #letterVerifiable}). */
    public static ServiceMethod byLetter(MeasureType type) {
        return letterVerifiable(type) ? ServiceMethod.VERIFIED_LETTER : ServiceMethod.ORDINARY_LETTER;
    }

    /**
     * Which event of a delivery proves the date of receipt, and as which method of service. Laki 13/2003 18 §:
     * a verifiable message is received the day the recipient confirmed it (or opened it: it opens only once
     * confirmed). HL 60 §: a letter against a receipt is received the day it was signed for. Nothing else
     * proves a date: an ordinary letter reaches an authority the day it arrives (HL 59 § 2 mom), which the
     * service does not report, so that date is recorded by hand.
     */
    public static Optional<ServiceMethod> receiptProvenBy(DeliveryEventType event, boolean electronicVerifiable,
                                                         boolean letterVerifiable) {
        Objects.requireNonNull(event, "event");
        return switch (event) {
            case RECEIPT_CONFIRMED, ELECTRONIC_READ ->
                    electronicVerifiable ? Optional.of(ServiceMethod.VERIFIED_ELECTRONIC) : Optional.empty();
            case POSTI_RECEIPT_CONFIRMED ->
                    letterVerifiable ? Optional.of(ServiceMethod.VERIFIED_LETTER) : Optional.empty();
            case ELECTRONIC_CREATED, PAPER_CREATED, POSTI_RETURNED -> Optional.empty();
        };
    }
}
