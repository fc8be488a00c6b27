package fi.valvonta.model.notification;

/** What a notification is for. */
public enum NotificationKind {
    /** To the complainant: the complaint was registered, with its case number. */
    COMPLAINT_RECEIPT
}
