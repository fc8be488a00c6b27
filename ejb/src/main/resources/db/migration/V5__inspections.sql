-- Risk-based inspection planning and inspections (issue 4): versioned risk models, dated indicators,
-- imported complaint/order signals (until the complaint and measure modules feed the model), year
-- plans frozen with their input snapshot on adoption, inspections with checklist items and findings.

CREATE SEQUENCE risk_model_seq START WITH 1000 INCREMENT BY 50;

CREATE TABLE risk_model (
    id              BIGINT                   NOT NULL PRIMARY KEY,
    version         BIGINT                   NOT NULL DEFAULT 0,
    label           VARCHAR(40)              NOT NULL,
    parameters_json ${text_type}             NOT NULL,
    fingerprint     VARCHAR(64)              NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by      VARCHAR(64)              NOT NULL,
    locked_at       TIMESTAMP WITH TIME ZONE,
    CONSTRAINT risk_model_label_uk UNIQUE (label)
);

CREATE SEQUENCE entity_indicator_seq START WITH 1000 INCREMENT BY 50;

CREATE TABLE entity_indicator (
    id                     BIGINT                   NOT NULL PRIMARY KEY,
    version                BIGINT                   NOT NULL DEFAULT 0,
    entity_id              BIGINT                   NOT NULL REFERENCES supervised_entity (id),
    valid_on               DATE                     NOT NULL,
    client_count           INTEGER                  NOT NULL,
    foreign_language_share NUMERIC(5, 4)            NOT NULL,
    under30_share          NUMERIC(5, 4)            NOT NULL,
    source                 VARCHAR(120)             NOT NULL,
    recorded_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    recorded_by            VARCHAR(64)              NOT NULL,
    CONSTRAINT entity_indicator_entity_date_uk UNIQUE (entity_id, valid_on),
    CONSTRAINT entity_indicator_clients_ck CHECK (client_count >= 0),
    CONSTRAINT entity_indicator_shares_ck CHECK (foreign_language_share BETWEEN 0 AND 1 AND under30_share BETWEEN 0 AND 1)
);
CREATE INDEX entity_indicator_valid_on_ix ON entity_indicator (valid_on, entity_id);

CREATE SEQUENCE risk_signal_import_seq START WITH 1000 INCREMENT BY 50;

CREATE TABLE risk_signal_import (
    id             BIGINT                   NOT NULL PRIMARY KEY,
    entity_id      BIGINT                   NOT NULL REFERENCES supervised_entity (id),
    kind           VARCHAR(16)              NOT NULL,
    dimension      VARCHAR(24)              NOT NULL,
    occurred_on    DATE                     NOT NULL,
    substantiation VARCHAR(24),
    due_on         DATE,
    closed_on      DATE,
    source         VARCHAR(120)             NOT NULL,
    imported_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT risk_signal_kind_ck CHECK (kind IN ('COMPLAINT', 'ORDER'))
);
CREATE INDEX risk_signal_import_kind_ix ON risk_signal_import (kind, occurred_on, entity_id);
CREATE INDEX risk_signal_import_entity_ix ON risk_signal_import (entity_id);

CREATE SEQUENCE inspection_plan_seq START WITH 1000 INCREMENT BY 50;

CREATE TABLE inspection_plan (
    id                     BIGINT                   NOT NULL PRIMARY KEY,
    version                BIGINT                   NOT NULL DEFAULT 0,
    plan_year              INTEGER                  NOT NULL,
    plan_version           INTEGER                  NOT NULL,
    state                  VARCHAR(16)              NOT NULL,
    risk_model_id          BIGINT                   NOT NULL REFERENCES risk_model (id),
    inspector_days         NUMERIC(9, 2)            NOT NULL,
    reserve_share          NUMERIC(5, 4)            NOT NULL,
    cost_on_site_days      NUMERIC(7, 2)            NOT NULL,
    cost_desk_review_days  NUMERIC(7, 2)            NOT NULL,
    revises_plan_id        BIGINT REFERENCES inspection_plan (id),
    created_at             TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by             VARCHAR(64)              NOT NULL,
    adopted_at             TIMESTAMP WITH TIME ZONE,
    adopted_by             VARCHAR(64),
    as_of                  DATE,
    parameters_fingerprint VARCHAR(64),
    snapshot_json          ${text_type},
    entries_json           ${text_type},
    CONSTRAINT inspection_plan_year_version_uk UNIQUE (plan_year, plan_version),
    CONSTRAINT inspection_plan_state_ck CHECK (state IN ('DRAFT', 'ADOPTED', 'SUPERSEDED'))
);
CREATE INDEX inspection_plan_state_ix ON inspection_plan (state, plan_year);
CREATE INDEX inspection_plan_model_ix ON inspection_plan (risk_model_id);

CREATE SEQUENCE inspection_seq START WITH 1000 INCREMENT BY 50;

CREATE TABLE inspection (
    id                  BIGINT                   NOT NULL PRIMARY KEY,
    version             BIGINT                   NOT NULL DEFAULT 0,
    entity_id           BIGINT                   NOT NULL REFERENCES supervised_entity (id),
    origin              VARCHAR(16)              NOT NULL,
    plan_id             BIGINT REFERENCES inspection_plan (id),
    complaint_reference VARCHAR(40),
    inspection_type     VARCHAR(16)              NOT NULL,
    scheduled_on        DATE                     NOT NULL,
    inspectors          VARCHAR(400)             NOT NULL,
    state               VARCHAR(16)              NOT NULL,
    completed_on        DATE,
    report              ${text_type},
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by          VARCHAR(64)              NOT NULL,
    CONSTRAINT inspection_origin_ck CHECK (origin IN ('PLAN', 'AD_HOC')),
    CONSTRAINT inspection_state_ck CHECK (state IN ('SCHEDULED', 'COMPLETED'))
);
CREATE INDEX inspection_scheduled_ix ON inspection (scheduled_on);
CREATE INDEX inspection_entity_ix ON inspection (entity_id, state, completed_on);
CREATE INDEX inspection_plan_ix ON inspection (plan_id);

CREATE SEQUENCE inspection_checklist_item_seq START WITH 1000 INCREMENT BY 50;

CREATE TABLE inspection_checklist_item (
    id            BIGINT       NOT NULL PRIMARY KEY,
    inspection_id BIGINT       NOT NULL REFERENCES inspection (id),
    item_position INTEGER      NOT NULL,
    item_code     VARCHAR(40)  NOT NULL,
    dimension     VARCHAR(24)  NOT NULL,
    legal_basis   VARCHAR(160) NOT NULL,
    outcome       VARCHAR(16)
);
CREATE INDEX inspection_checklist_item_inspection_ix ON inspection_checklist_item (inspection_id, item_position);

CREATE SEQUENCE inspection_finding_seq START WITH 1000 INCREMENT BY 50;

CREATE TABLE inspection_finding (
    id            BIGINT                   NOT NULL PRIMARY KEY,
    inspection_id BIGINT                   NOT NULL REFERENCES inspection (id),
    entity_id     BIGINT                   NOT NULL REFERENCES supervised_entity (id),
    item_code     VARCHAR(40)              NOT NULL,
    dimension     VARCHAR(24)              NOT NULL,
    legal_basis   VARCHAR(160)             NOT NULL,
    outcome       VARCHAR(16)              NOT NULL,
    severity      VARCHAR(16),
    description   VARCHAR(2000)            NOT NULL,
    found_on      DATE                     NOT NULL,
    recorded_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    recorded_by   VARCHAR(64)              NOT NULL,
    CONSTRAINT inspection_finding_outcome_ck CHECK (outcome IN ('COMPLIANT', 'DEFICIENCY'))
);
CREATE INDEX inspection_finding_inspection_ix ON inspection_finding (inspection_id, id);
CREATE INDEX inspection_finding_entity_ix ON inspection_finding (entity_id, outcome, found_on);
