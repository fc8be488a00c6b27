-- Users created by demo mode are marked, so a server started without demo mode can disable them.
ALTER TABLE app_user ADD COLUMN demo BOOLEAN DEFAULT FALSE NOT NULL;

-- The security log: failed sign-ins, lockouts, refused access and user administration (never a password).
CREATE SEQUENCE security_event_seq START WITH 1000 INCREMENT BY 50;

CREATE TABLE security_event (
    id          BIGINT                   NOT NULL PRIMARY KEY,
    occurred_at TIMESTAMP WITH TIME ZONE NOT NULL,
    kind        VARCHAR(32)              NOT NULL,
    username    VARCHAR(64),
    client      VARCHAR(64),
    detail      VARCHAR(500)
);
CREATE INDEX security_event_time_ix ON security_event (occurred_at);
CREATE INDEX security_event_user_ix ON security_event (username, occurred_at);

-- demo mode labelled the display names of its users before this column existed
UPDATE app_user SET demo = TRUE WHERE display_name LIKE 'DEMO %';
