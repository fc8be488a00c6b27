package fi.valvonta.ejb.complaint;

import jakarta.validation.constraints.NotNull;

/** A complaint as the client read it: its id and the version the change is made on (the optimistic-lock check). */
public record VersionedComplaint(@NotNull Long id, @NotNull Long version) {
}
