package fi.valvonta.model.measure;

/** The activity is suspended in part or in whole (laki 1269/2020: "osittain tai kokonaan"). */
public enum SuspensionScope {
    PARTIAL,
    WHOLE
}
