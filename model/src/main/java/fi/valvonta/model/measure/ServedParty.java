package fi.valvonta.model.measure;

/**
 * Who receives the decision, as the rules of service see it (HL 59 §): a municipality or an employment
 * authority is an authority; an official to whom a remark is given personally is a person.
 */
public enum ServedParty {
    AUTHORITY,
    PERSON
}
