package fi.valvonta.model.notification;

/** What a notification is for. */
public enum NotificationKind {
    /** To the complainant: the complaint was registered, with its case number. */
    COMPLAINT_RECEIPT,
    /** To an official: the deadlines of their cases that are due, once a day. */
    DEADLINE_DIGEST
}
