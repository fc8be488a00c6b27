package fi.valvonta.ejb.measure;

/** Per supervised entity: served orders awaiting compliance, and how many of them are overdue. */
public record EntityOrderCounts(long entityId, long open, long overdue) {
}
