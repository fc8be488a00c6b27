package fi.valvonta.model.measure;

import fi.valvonta.model.platform.StatutoryDeadlines;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/** Service (tiedoksianto), the end of the appeal period and the date of finality (lainvoima). */
public final class ServiceRules {

    private ServiceRules() {
    }

    /**
     * The date of service: for presumed methods the input is the sending date and the deemed receipt
     * follows from {@link ServiceMethod#daysAfterSending()}; otherwise the input is the receipt date.
     * A deemed day is not moved over holidays: it is not a deadline.
     */
    public static LocalDate deemedServedOn(ServiceMethod method, LocalDate sentOrReceived) {
        Objects.requireNonNull(method, "method");
        return sentOrReceived.plusDays(method.daysAfterSending());
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
}
