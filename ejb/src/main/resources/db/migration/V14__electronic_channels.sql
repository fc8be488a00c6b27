-- Electronic channels: an official's e-mail address and language for the daily digest of deadlines;
-- a supervised organisation's business ID (its Suomi.fi Messages recipient) and postal address (for a
-- printed letter); decisions sent through Suomi.fi Messages, what the service reported of them, and where
-- the reading of the service's event feed stands.

ALTER TABLE app_user ADD COLUMN email VARCHAR(254);
ALTER TABLE app_user ADD COLUMN language VARCHAR(8) DEFAULT 'FI' NOT NULL;
ALTER TABLE app_user ADD CONSTRAINT app_user_language_ck CHECK (language IN ('FI', 'SV', 'EN'));

ALTER TABLE supervised_entity ADD COLUMN business_id VARCHAR(9);
ALTER TABLE supervised_entity ADD COLUMN street_address VARCHAR(120);
ALTER TABLE supervised_entity ADD COLUMN postal_code VARCHAR(5);
ALTER TABLE supervised_entity ADD COLUMN post_office VARCHAR(60);

-- a notification to an official names the user (a complainant's receipt names the complaint)
ALTER TABLE notification ADD COLUMN recipient_user VARCHAR(64);

CREATE SEQUENCE electronic_delivery_seq START WITH 1000 INCREMENT BY 50;

CREATE TABLE electronic_delivery (
    id                    BIGINT                   NOT NULL PRIMARY KEY,
    version               BIGINT                   NOT NULL DEFAULT 0,
    measure_id            BIGINT                   NOT NULL REFERENCES measure (id),
    external_id           VARCHAR(64)              NOT NULL,
    message_id            BIGINT,
    recipient_id          VARCHAR(9)               NOT NULL,
    recipient_name        VARCHAR(120)             NOT NULL,
    street_address        VARCHAR(120)             NOT NULL,
    postal_code           VARCHAR(5)               NOT NULL,
    post_office           VARCHAR(60)              NOT NULL,
    language              VARCHAR(8)               NOT NULL,
    electronic_verifiable BOOLEAN                  NOT NULL,
    letter_verifiable     BOOLEAN                  NOT NULL,
    sent_by               VARCHAR(64)              NOT NULL,
    sent_at               TIMESTAMP WITH TIME ZONE NOT NULL,
    state                 VARCHAR(16)              NOT NULL,
    channel               VARCHAR(16),
    received_on           DATE,
    service_method        VARCHAR(24),
    note                  VARCHAR(500),
    CONSTRAINT electronic_delivery_external_id_uk UNIQUE (external_id),
    CONSTRAINT electronic_delivery_state_ck CHECK (state IN ('SENT', 'IN_MAILBOX', 'BY_LETTER', 'RECEIVED', 'RETURNED')),
    CONSTRAINT electronic_delivery_channel_ck CHECK (channel IN ('ELECTRONIC', 'PAPER'))
);
CREATE INDEX electronic_delivery_measure_ix ON electronic_delivery (measure_id);
CREATE INDEX electronic_delivery_message_ix ON electronic_delivery (message_id);

CREATE TABLE electronic_delivery_event (
    delivery_id BIGINT                   NOT NULL REFERENCES electronic_delivery (id),
    event_type  VARCHAR(32)              NOT NULL,
    occurred_at TIMESTAMP WITH TIME ZONE NOT NULL,
    recorded_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX electronic_delivery_event_ix ON electronic_delivery_event (delivery_id);

-- the continuation token of the service's event feed: the next poll reads on from there
CREATE TABLE event_feed_cursor (
    feed               VARCHAR(32)              NOT NULL PRIMARY KEY,
    continuation_token VARCHAR(2000),
    polled_at          TIMESTAMP WITH TIME ZONE NOT NULL
);
