package fi.valvonta.model.risk;

/** Kind of an imported risk signal (table risk_signal_import): a complaint or an order to correct. */
public enum SignalKind {
    COMPLAINT,
    ORDER
}
