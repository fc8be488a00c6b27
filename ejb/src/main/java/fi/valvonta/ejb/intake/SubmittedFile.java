package fi.valvonta.ejb.intake;

/** A file sent with the public form, as it came: checked like every document before the complaint is stored. */
public record SubmittedFile(String fileName, byte[] content) {
}
