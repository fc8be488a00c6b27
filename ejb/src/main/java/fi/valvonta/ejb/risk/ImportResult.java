package fi.valvonta.ejb.risk;

/** Rows imported from a CSV file. An import is all or nothing: a bad row refuses the file (422, line named). */
public record ImportResult(int rows) {
}
