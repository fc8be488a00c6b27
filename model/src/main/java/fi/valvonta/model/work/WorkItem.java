package fi.valvonta.model.work;

/**
 * A kind of work waiting for the caller, counted on the home page, each count a link to the list of
 * exactly those items ({@link #list()}). "Mine" is what the caller handles: a complaint assigned to them
 * (for a decision maker also the proposals awaiting their decision), a measure they present (or drafted,
 * before it is presented), an inspection they are one of the inspectors of. Who sees which item is
 * {@link WorkPermissions}.
 */
public enum WorkItem {
    /** Registered complaints not yet assigned to anybody, for the registry to pass on. */
    UNASSIGNED_COMPLAINTS(WorkList.COMPLAINTS),
    /** My open complaints past their deadline (the nightly check's mark). */
    COMPLAINTS_OVERDUE(WorkList.COMPLAINTS),
    /** My open complaints whose deadline comes within the configured working days. */
    COMPLAINTS_DUE_SOON(WorkList.COMPLAINTS),
    /** My complaints where a statement (HL 34 §) or the complainant's reply was asked and its deadline has passed without it. */
    STATEMENTS_OVERDUE(WorkList.COMPLAINTS),
    /** Complaint proposals of other presenters, in cases I am not disqualified in, awaiting a decision. */
    COMPLAINTS_TO_DECIDE(WorkList.COMPLAINTS),
    /** My draft measures whose hearing (HL 34 §) deadline has passed without a response. */
    HEARINGS_OVERDUE(WorkList.MEASURES),
    /** Measures presented by others, in cases I am not disqualified in, awaiting a decision. */
    MEASURES_TO_DECIDE(WorkList.MEASURES),
    /** My decided measures not yet served on the party. */
    MEASURES_TO_SERVE(WorkList.MEASURES),
    /** My served decisions not yet final (the appeal period runs, or an appeal is pending). */
    MEASURES_AWAITING_FINALITY(WorkList.MEASURES),
    /** Compliance follow-ups of my served orders that have fallen due. */
    FOLLOW_UPS_DUE(WorkList.MEASURES),
    /** Inspections I am one of the inspectors of, scheduled this calendar month. */
    INSPECTIONS_THIS_MONTH(WorkList.INSPECTIONS);

    private final WorkList list;

    WorkItem(WorkList list) {
        this.list = list;
    }

    /** The list the count links to. */
    public WorkList list() {
        return list;
    }

    /** The stable code of the API and the key of the UI texts ({@code work.item.<code>}). */
    public String code() {
        return name();
    }
}
