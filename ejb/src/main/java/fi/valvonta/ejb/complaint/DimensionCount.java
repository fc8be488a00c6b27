package fi.valvonta.ejb.complaint;

/** How many complaints have one value of a dimension ({@code SELECT NEW}): a theme, state, area name or year. */
public record DimensionCount<K>(K key, Long count) {
}
