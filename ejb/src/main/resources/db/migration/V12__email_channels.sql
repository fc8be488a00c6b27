-- E-mail intake: messages fetched from the complaints mailbox, waiting for a registrar to register
-- them as complaints (channel EMAIL) or to discard them. A Message-ID is imported once.

CREATE SEQUENCE incoming_message_seq START WITH 1000 INCREMENT BY 50;

CREATE TABLE incoming_message (
    id             BIGINT                   NOT NULL PRIMARY KEY,
    version        BIGINT                   NOT NULL DEFAULT 0,
    message_id     VARCHAR(998)             NOT NULL,
    imported_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    arrived_at     TIMESTAMP WITH TIME ZONE,
    sender_address VARCHAR(254),
    sender_name    VARCHAR(200),
    subject        VARCHAR(500),
    body           VARCHAR(20000)           NOT NULL,
    problem        VARCHAR(500),
    state          VARCHAR(16)              NOT NULL,
    complaint_id   BIGINT REFERENCES complaint (id),
    discard_reason VARCHAR(500),
    handled_by     VARCHAR(64),
    handled_at     TIMESTAMP WITH TIME ZONE,
    CONSTRAINT incoming_message_message_id_uk UNIQUE (message_id),
    CONSTRAINT incoming_message_state_ck CHECK (state IN ('PENDING', 'REGISTERED', 'DISCARDED'))
);
CREATE INDEX incoming_message_state_ix ON incoming_message (state, imported_at);

CREATE SEQUENCE incoming_attachment_seq START WITH 1000 INCREMENT BY 50;

CREATE TABLE incoming_attachment (
    id           BIGINT         NOT NULL PRIMARY KEY,
    message_id   BIGINT         NOT NULL REFERENCES incoming_message (id),
    file_name    VARCHAR(255)   NOT NULL,
    content_type VARCHAR(127)   NOT NULL,
    size_bytes   BIGINT         NOT NULL,
    content      ${binary_type} NOT NULL
);
CREATE INDEX incoming_attachment_message_ix ON incoming_attachment (message_id);

-- E-mails the agency sent (or tried to), with their delivery status.
CREATE SEQUENCE notification_seq START WITH 1000 INCREMENT BY 50;

CREATE TABLE notification (
    id           BIGINT                   NOT NULL PRIMARY KEY,
    kind         VARCHAR(32)              NOT NULL,
    recipient    VARCHAR(254)             NOT NULL,
    subject      VARCHAR(300)             NOT NULL,
    complaint_id BIGINT REFERENCES complaint (id),
    attempted_at TIMESTAMP WITH TIME ZONE NOT NULL,
    status       VARCHAR(16)              NOT NULL,
    error        VARCHAR(500),
    CONSTRAINT notification_status_ck CHECK (status IN ('SENT', 'FAILED'))
);
CREATE INDEX notification_complaint_ix ON notification (complaint_id, attempted_at);
