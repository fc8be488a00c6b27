package fi.valvonta.model.measure;

/** What the administrative court decided on an appeal against a measure. */
public enum CourtOutcome {
    /** Valitus hylätty: the measure stands. */
    DISMISSED,
    /** Päätös kumottu: the measure is annulled. */
    ANNULLED,
    /** Päätöstä muutettu. */
    AMENDED,
    /** Palautettu uudelleen käsiteltäväksi. */
    RETURNED
}
