package fi.valvonta.model.notification;

/** Whether the mail server accepted the message. */
public enum DeliveryStatus {
    SENT,
    FAILED
}
