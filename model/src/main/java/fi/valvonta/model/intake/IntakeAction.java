package fi.valvonta.model.intake;

/** What a registrar does with an imported message. */
public enum IntakeAction {
    /** Complete it (entity, themes, dates) and register it as a complaint arriving by e-mail. */
    REGISTER,
    /** Not a complaint (spam, a copy, a message for another authority): set aside with a reason. */
    DISCARD
}
