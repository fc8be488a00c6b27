-- Legal rules of complaints and cases: disqualification (HL 27-30 §) declared per case number, the
-- hearing before a remark (HL 34 §), the proposal not to investigate (HL 53 b §) decided by another
-- official, the language of proceedings (kielilaki 10, 12, 20 §; saamen kielilaki 1086/2003) and the
-- consent to an oral complaint (HL 53 a § 2 mom).

CREATE SEQUENCE case_disqualification_seq START WITH 1000 INCREMENT BY 50;

CREATE TABLE case_disqualification (
    id          BIGINT                   NOT NULL PRIMARY KEY,
    case_number VARCHAR(40)              NOT NULL,
    username    VARCHAR(64)              NOT NULL,
    ground      VARCHAR(32)              NOT NULL,
    explanation VARCHAR(2000),
    declared_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT case_disqualification_uk UNIQUE (case_number, username),
    CONSTRAINT case_disqualification_ground_ck CHECK (ground IN ('PARTY', 'REPRESENTATIVE', 'INTEREST',
        'EMPLOYMENT_OR_ASSIGNMENT', 'ORGANISATION_POSITION', 'STEERING_AND_SUPERVISION', 'OTHER_PARTICULAR_REASON'))
);

CREATE TABLE complaint_hearing (
    complaint_id BIGINT                   NOT NULL REFERENCES complaint (id),
    hearing_no   INTEGER                  NOT NULL,
    heard        VARCHAR(16)              NOT NULL,
    requested_at TIMESTAMP WITH TIME ZONE NOT NULL,
    deadline     DATE                     NOT NULL,
    answered_on  DATE,
    PRIMARY KEY (complaint_id, hearing_no),
    CONSTRAINT complaint_hearing_heard_ck CHECK (heard IN ('MUNICIPALITY', 'OFFICIAL'))
);

ALTER TABLE complaint ADD COLUMN translation_needed BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE complaint ADD COLUMN oral_consent_by VARCHAR(200);
ALTER TABLE complaint ADD COLUMN impartiality_confirmed BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE complaint ADD COLUMN complainant_sami_language VARCHAR(16);
ALTER TABLE complaint ADD CONSTRAINT complaint_sami_language_ck CHECK (complainant_sami_language IS NULL
    OR complainant_sami_language IN ('NORTH_SAMI', 'INARI_SAMI', 'SKOLT_SAMI'));

ALTER TABLE complaint DROP CONSTRAINT complaint_state_ck;
ALTER TABLE complaint ADD CONSTRAINT complaint_state_ck CHECK (state IN ('REGISTERED', 'PRELIMINARY_ASSESSMENT',
    'SUPPLEMENT_REQUESTED', 'STATEMENT_REQUESTED', 'REPLY_REQUESTED', 'IN_PREPARATION', 'PROPOSED',
    'NOT_INVESTIGATED_PROPOSED', 'DECIDED', 'SERVED', 'CLOSED', 'NOT_INVESTIGATED', 'TRANSFERRED', 'WITHDRAWN'));
