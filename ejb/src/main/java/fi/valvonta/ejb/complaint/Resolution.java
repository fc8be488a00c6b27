package fi.valvonta.ejb.complaint;

import java.time.LocalDate;

/** When a resolved complaint was received and resolved ({@code SELECT NEW}), for its processing time. */
public record Resolution(LocalDate received, LocalDate resolved) {
}
