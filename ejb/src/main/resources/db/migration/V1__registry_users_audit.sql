-- Registry of supervised entities, users and roles, audit trail and use log.
-- Sequences start at 1000 and step by 50: EclipseLink preallocates blocks of 50 ending at the value
-- it reads, and rows seeded by migrations keep ids below 1000.

CREATE TABLE pilot_area (
    id      BIGINT       NOT NULL PRIMARY KEY,
    name_fi VARCHAR(120) NOT NULL
);

CREATE SEQUENCE supervised_entity_seq START WITH 1000 INCREMENT BY 50;

CREATE TABLE supervised_entity (
    id                 BIGINT       NOT NULL PRIMARY KEY,
    version            BIGINT       NOT NULL DEFAULT 0,
    kind               VARCHAR(20)  NOT NULL,
    name_fi            VARCHAR(120) NOT NULL,
    name_sv            VARCHAR(120),
    official_languages VARCHAR(16)  NOT NULL,
    majority_language  VARCHAR(8)   NOT NULL,
    sami_homeland      BOOLEAN      NOT NULL,
    regime             VARCHAR(32)  NOT NULL,
    supervised_from    DATE         NOT NULL,
    supervised_until   DATE,
    pilot_area_id      BIGINT REFERENCES pilot_area (id),
    employment_area_id BIGINT REFERENCES supervised_entity (id),
    area_model         VARCHAR(24),
    CONSTRAINT supervised_entity_kind_ck CHECK (kind IN ('MUNICIPALITY', 'EMPLOYMENT_AREA'))
);
CREATE INDEX supervised_entity_pilot_area_ix ON supervised_entity (pilot_area_id);
CREATE INDEX supervised_entity_employment_area_ix ON supervised_entity (employment_area_id);
CREATE INDEX supervised_entity_kind_name_ix ON supervised_entity (kind, name_fi);

CREATE SEQUENCE app_user_seq START WITH 1000 INCREMENT BY 50;

CREATE TABLE app_user (
    id            BIGINT       NOT NULL PRIMARY KEY,
    version       BIGINT       NOT NULL DEFAULT 0,
    username      VARCHAR(64)  NOT NULL,
    display_name  VARCHAR(120) NOT NULL,
    password_hash VARCHAR(72)  NOT NULL,
    active        BOOLEAN      NOT NULL,
    CONSTRAINT app_user_username_uk UNIQUE (username)
);

CREATE TABLE app_user_role (
    user_id BIGINT      NOT NULL REFERENCES app_user (id),
    role    VARCHAR(32) NOT NULL,
    PRIMARY KEY (user_id, role),
    CONSTRAINT app_user_role_ck CHECK (role IN ('REGISTRAR', 'INSPECTOR', 'DECISION_MAKER', 'ADMIN', 'AUDITOR'))
);

CREATE SEQUENCE audit_record_seq START WITH 1000 INCREMENT BY 50;

CREATE TABLE audit_record (
    id             BIGINT                   NOT NULL PRIMARY KEY,
    occurred_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    actor          VARCHAR(64)              NOT NULL,
    entity_type    VARCHAR(48)              NOT NULL,
    entity_id      BIGINT                   NOT NULL,
    action         VARCHAR(48)              NOT NULL,
    before_summary VARCHAR(4000),
    after_summary  VARCHAR(4000)
);
CREATE INDEX audit_record_entity_ix ON audit_record (entity_type, entity_id, occurred_at);

CREATE SEQUENCE use_log_seq START WITH 1000 INCREMENT BY 50;

CREATE TABLE use_log (
    id          BIGINT                   NOT NULL PRIMARY KEY,
    occurred_at TIMESTAMP WITH TIME ZONE NOT NULL,
    actor       VARCHAR(64)              NOT NULL,
    entity_type VARCHAR(48)              NOT NULL,
    entity_id   BIGINT                   NOT NULL,
    channel     VARCHAR(16)              NOT NULL
);
CREATE INDEX use_log_entity_ix ON use_log (entity_type, entity_id, occurred_at);
