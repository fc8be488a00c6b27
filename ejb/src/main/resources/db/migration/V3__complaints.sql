-- The complaints register (hallintolaki 8 a luku): complaints, their themes, screening findings,
-- documents, case-number counters and Idempotency-Keys of the API.
-- Case numbers PREFIX/serial/year are gap-free: the counter row of (prefix, year) is locked and
-- incremented in the registration's own transaction, so a rolled-back registration leaves no gap;
-- the unique constraint on the complaint is the last line of defence.

CREATE TABLE case_number_counter (
    case_prefix VARCHAR(16) NOT NULL,
    case_year   INTEGER     NOT NULL,
    last_serial INTEGER     NOT NULL,
    PRIMARY KEY (case_prefix, case_year),
    CONSTRAINT case_number_counter_serial_ck CHECK (last_serial >= 0)
);

CREATE SEQUENCE complaint_seq START WITH 1000 INCREMENT BY 50;

CREATE TABLE complaint (
    id                      BIGINT                   NOT NULL PRIMARY KEY,
    version                 BIGINT                   NOT NULL DEFAULT 0,
    case_prefix             VARCHAR(16)              NOT NULL,
    case_serial             INTEGER                  NOT NULL,
    case_year               INTEGER                  NOT NULL,
    received_date           DATE                     NOT NULL,
    registered_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    registered_by           VARCHAR(64)              NOT NULL,
    channel                 VARCHAR(16)              NOT NULL,
    anonymous               BOOLEAN                  NOT NULL,
    complainant_name        VARCHAR(200),
    complainant_email       VARCHAR(254),
    complainant_phone       VARCHAR(40),
    complainant_address     VARCHAR(400),
    complainant_language    VARCHAR(8)               NOT NULL,
    complainant_key         VARCHAR(254),
    representative_name     VARCHAR(200),
    power_of_attorney       BOOLEAN                  NOT NULL,
    entity_id               BIGINT                   NOT NULL REFERENCES supervised_entity (id),
    pilot_area_id           BIGINT REFERENCES pilot_area (id),
    official_name           VARCHAR(200),
    conduct_from            DATE                     NOT NULL,
    conduct_to              DATE,
    description             VARCHAR(20000)           NOT NULL,
    te_office_matter        BOOLEAN                  NOT NULL,
    special_reason          VARCHAR(2000),
    proceedings_language    VARCHAR(8)               NOT NULL,
    sami_applies            BOOLEAN                  NOT NULL,
    state                   VARCHAR(32)              NOT NULL,
    state_changed_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    assignee                VARCHAR(64),
    response_deadline       DATE,
    processing_target       DATE                     NOT NULL,
    next_deadline           DATE,
    overdue                 BOOLEAN                  NOT NULL,
    transferred_to          VARCHAR(200),
    outcome                 VARCHAR(32),
    not_investigated_reason VARCHAR(32),
    remark_addressee        VARCHAR(16),
    decision_text           VARCHAR(20000),
    presenter               VARCHAR(64),
    proposed_at             TIMESTAMP WITH TIME ZONE,
    decided_by              VARCHAR(64),
    decided_at              TIMESTAMP WITH TIME ZONE,
    dissent                 VARCHAR(4000),
    appeal_statement        VARCHAR(400),
    resolved_on             DATE,
    served_on               DATE,
    CONSTRAINT complaint_case_number_uk UNIQUE (case_prefix, case_serial, case_year),
    CONSTRAINT complaint_conduct_ck CHECK (conduct_to IS NULL OR conduct_to >= conduct_from),
    CONSTRAINT complaint_channel_ck CHECK (channel IN ('MAIL', 'EMAIL', 'E_SERVICE', 'ORAL')),
    CONSTRAINT complaint_language_ck CHECK (proceedings_language IN ('FI', 'SV')),
    CONSTRAINT complaint_state_ck CHECK (state IN ('REGISTERED', 'PRELIMINARY_ASSESSMENT', 'SUPPLEMENT_REQUESTED',
        'STATEMENT_REQUESTED', 'REPLY_REQUESTED', 'IN_PREPARATION', 'PROPOSED', 'DECIDED', 'SERVED', 'CLOSED',
        'NOT_INVESTIGATED', 'TRANSFERRED', 'WITHDRAWN')),
    CONSTRAINT complaint_outcome_ck CHECK (outcome IS NULL OR outcome IN ('NO_ACTION', 'NOT_INVESTIGATED', 'OPINION',
        'DRAWING_ATTENTION', 'REMARK')),
    -- HL 53 c §: a remark names its addressee
    CONSTRAINT complaint_remark_ck CHECK (outcome IS NULL OR outcome <> 'REMARK' OR remark_addressee IS NOT NULL)
);
-- the list: default order, and each filter of the case list and the inboxes with its order
CREATE INDEX complaint_received_ix ON complaint (received_date, id);
CREATE INDEX complaint_case_ix ON complaint (case_year, case_serial);
CREATE INDEX complaint_state_ix ON complaint (state, received_date);
CREATE INDEX complaint_assignee_ix ON complaint (assignee, state, next_deadline);
CREATE INDEX complaint_entity_ix ON complaint (entity_id, complainant_key);
CREATE INDEX complaint_area_ix ON complaint (pilot_area_id, received_date);
CREATE INDEX complaint_deadline_ix ON complaint (next_deadline, state);
CREATE INDEX complaint_overdue_ix ON complaint (overdue, next_deadline);
CREATE INDEX complaint_resolved_ix ON complaint (resolved_on);

CREATE TABLE complaint_theme (
    complaint_id BIGINT      NOT NULL REFERENCES complaint (id),
    theme        VARCHAR(32) NOT NULL,
    PRIMARY KEY (complaint_id, theme),
    CONSTRAINT complaint_theme_ck CHECK (theme IN ('DATA_PROTECTION', 'EQUAL_TREATMENT', 'LANGUAGE_RIGHTS',
        'SERVICE_AVAILABILITY', 'BENEFITS', 'OTHER'))
);
CREATE INDEX complaint_theme_theme_ix ON complaint_theme (theme, complaint_id);

CREATE TABLE complaint_screening (
    complaint_id BIGINT        NOT NULL REFERENCES complaint (id),
    finding_no   INTEGER       NOT NULL,
    code         VARCHAR(40)   NOT NULL,
    severity     VARCHAR(16)   NOT NULL,
    legal_basis  VARCHAR(200)  NOT NULL,
    detail       VARCHAR(1000) NOT NULL,
    PRIMARY KEY (complaint_id, finding_no)
);

CREATE SEQUENCE complaint_attachment_seq START WITH 1000 INCREMENT BY 50;

CREATE TABLE complaint_attachment (
    id           BIGINT                   NOT NULL PRIMARY KEY,
    complaint_id BIGINT                   NOT NULL REFERENCES complaint (id),
    file_name    VARCHAR(255)             NOT NULL,
    content_type VARCHAR(127)             NOT NULL,
    size_bytes   BIGINT                   NOT NULL,
    sha256       VARCHAR(64)              NOT NULL,
    uploaded_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    uploaded_by  VARCHAR(64)              NOT NULL
);
CREATE INDEX complaint_attachment_complaint_ix ON complaint_attachment (complaint_id, uploaded_at);

CREATE TABLE complaint_attachment_content (
    attachment_id BIGINT         NOT NULL PRIMARY KEY REFERENCES complaint_attachment (id),
    content       ${binary_type} NOT NULL
);

CREATE TABLE complaint_idempotency (
    username        VARCHAR(64)              NOT NULL,
    idempotency_key VARCHAR(128)             NOT NULL,
    request_hash    VARCHAR(64)              NOT NULL,
    complaint_id    BIGINT                   NOT NULL REFERENCES complaint (id),
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (username, idempotency_key)
);
