-- Measures and formal decisions (issue 5): measure cases per supervised entity and matter, the
-- measures taken on them, their case-number counter and the compliance follow-up tasks.
-- Complaints and inspection findings are referenced by plain columns, without foreign keys.

CREATE SEQUENCE measure_case_seq START WITH 1000 INCREMENT BY 50;

CREATE TABLE measure_case_counter (
    counter_key VARCHAR(24) NOT NULL PRIMARY KEY,
    version     BIGINT      NOT NULL DEFAULT 0,
    last_serial INTEGER     NOT NULL
);

CREATE TABLE measure_case (
    id               BIGINT                   NOT NULL PRIMARY KEY,
    version          BIGINT                   NOT NULL DEFAULT 0,
    case_number      VARCHAR(40)              NOT NULL,
    entity_id        BIGINT                   NOT NULL REFERENCES supervised_entity (id),
    subject          VARCHAR(300)             NOT NULL,
    origin           VARCHAR(24)              NOT NULL,
    complaint_id     BIGINT,
    finding_id       BIGINT,
    origin_reference VARCHAR(100),
    dimension        VARCHAR(32),
    opened_on        DATE                     NOT NULL,
    opened_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    opened_by        VARCHAR(64)              NOT NULL,
    CONSTRAINT measure_case_number_uk UNIQUE (case_number),
    CONSTRAINT measure_case_origin_ck CHECK (origin IN ('COMPLAINT', 'INSPECTION_FINDING', 'OWN_INITIATIVE'))
);
CREATE INDEX measure_case_entity_ix ON measure_case (entity_id);
CREATE INDEX measure_case_complaint_ix ON measure_case (complaint_id);
CREATE INDEX measure_case_finding_ix ON measure_case (finding_id);

CREATE SEQUENCE measure_seq START WITH 1000 INCREMENT BY 50;

CREATE TABLE measure (
    id                     BIGINT                   NOT NULL PRIMARY KEY,
    version                BIGINT                   NOT NULL DEFAULT 0,
    case_id                BIGINT                   NOT NULL REFERENCES measure_case (id),
    type                   VARCHAR(24)              NOT NULL,
    state                  VARCHAR(16)              NOT NULL,
    corrects_id            BIGINT REFERENCES measure (id),
    facts                  VARCHAR(8000),
    legal_basis            VARCHAR(1000),
    reasoning              VARCHAR(8000),
    decision_text          VARCHAR(8000),
    deadline               DATE,
    guidance_kind          VARCHAR(24),
    addressee              VARCHAR(16),
    official_name          VARCHAR(120),
    suspension_scope       VARCHAR(16),
    conditional_fine       NUMERIC(12, 2),
    hearing_requested_on   DATE,
    hearing_deadline       DATE,
    hearing_responded_on   DATE,
    drafted_by             VARCHAR(64)              NOT NULL,
    drafted_at             TIMESTAMP WITH TIME ZONE NOT NULL,
    presenter              VARCHAR(64),
    proposed_at            TIMESTAMP WITH TIME ZONE,
    decider                VARCHAR(64),
    decided_on             DATE,
    decided_at             TIMESTAMP WITH TIME ZONE,
    dissent                VARCHAR(8000),
    service_method         VARCHAR(24),
    sent_or_received_on    DATE,
    served_on              DATE,
    appeal_period_ends     DATE,
    final_on               DATE,
    compliance_recorded_on DATE,
    compliance_evidence    VARCHAR(8000),
    appeal_lodged_on       DATE,
    court_outcome          VARCHAR(16),
    court_decided_on       DATE,
    CONSTRAINT measure_type_ck CHECK (type IN ('GUIDANCE', 'REMARK', 'ORDER', 'CONDITIONAL_FINE', 'SUSPENSION')),
    CONSTRAINT measure_state_ck CHECK (state IN ('DRAFT', 'PROPOSED', 'DECIDED', 'SERVED', 'COMPLIED', 'NOT_COMPLIED')),
    CONSTRAINT measure_presenter_decider_ck CHECK (decider IS NULL OR decider <> presenter)
);
CREATE INDEX measure_case_ix ON measure (case_id, id);
CREATE INDEX measure_type_state_ix ON measure (type, state, deadline);
CREATE INDEX measure_corrects_ix ON measure (corrects_id);

CREATE SEQUENCE measure_follow_up_seq START WITH 1000 INCREMENT BY 50;

-- A follow-up task per served order: due the day after its last day to comply.
CREATE TABLE measure_follow_up (
    id               BIGINT                   NOT NULL PRIMARY KEY,
    version          BIGINT                   NOT NULL DEFAULT 0,
    measure_id       BIGINT                   NOT NULL REFERENCES measure (id),
    due_on           DATE                     NOT NULL,
    state            VARCHAR(16)              NOT NULL,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    became_due_at    TIMESTAMP WITH TIME ZONE,
    proposed_next    VARCHAR(24),
    closed_at        TIMESTAMP WITH TIME ZONE,
    CONSTRAINT measure_follow_up_measure_uk UNIQUE (measure_id),
    CONSTRAINT measure_follow_up_state_ck CHECK (state IN ('PENDING', 'DUE', 'CLOSED'))
);
CREATE INDEX measure_follow_up_due_ix ON measure_follow_up (state, due_on);
