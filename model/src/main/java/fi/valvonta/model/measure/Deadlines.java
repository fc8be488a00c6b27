package fi.valvonta.model.measure;

import fi.valvonta.model.shared.FinnishCalendar;

import java.time.LocalDate;

/** How a deadline (määräpäivä) is counted; package-internal so every rule of this package counts alike. */
final class Deadlines {

    private Deadlines() {
    }

    /** Laki säädettyjen määräaikain laskemisesta 150/1930 5 §: a last day on a closed day moves to the next working day. */
    static LocalDate lastDay(LocalDate deadline) {
        return FinnishCalendar.nextWorkingDayIfClosed(deadline);
    }

    /** True from the day after the (possibly moved) last day. */
    static boolean hasPassed(LocalDate deadline, LocalDate today) {
        return today.isAfter(lastDay(deadline));
    }
}
