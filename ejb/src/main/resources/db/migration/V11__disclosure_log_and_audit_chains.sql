-- The disclosure log of personal data (tiedonhallintalaki 906/2019 17 §), and the hash chains of the
-- three append-only logs: each row stores its position (chain_seq), the previous row's hash and its own.
-- audit_chain_head holds each chain's last position and hash; appending locks it (SELECT … FOR UPDATE),
-- so appends are serialised in commit order. V11.1 (Java) seals the rows written before this version and
-- makes the three tables refuse UPDATE and DELETE.

CREATE SEQUENCE disclosure_log_seq START WITH 1000 INCREMENT BY 50;

CREATE TABLE disclosure_log (
    id          BIGINT                   NOT NULL PRIMARY KEY,
    occurred_at TIMESTAMP WITH TIME ZONE NOT NULL,
    actor       VARCHAR(64)              NOT NULL,
    entity_type VARCHAR(48)              NOT NULL,
    entity_id   BIGINT                   NOT NULL,
    channel     VARCHAR(16)              NOT NULL,
    kind        VARCHAR(24)              NOT NULL,
    document    VARCHAR(300)             NOT NULL,
    recipient   VARCHAR(200)             NOT NULL,
    purpose     VARCHAR(400)             NOT NULL,
    chain_seq   BIGINT,
    prev_hash   VARCHAR(64),
    row_hash    VARCHAR(64)
);
CREATE INDEX disclosure_log_entity_ix ON disclosure_log (entity_type, entity_id, occurred_at);
CREATE UNIQUE INDEX disclosure_log_chain_ux ON disclosure_log (chain_seq);

ALTER TABLE audit_record ADD COLUMN chain_seq BIGINT;
ALTER TABLE audit_record ADD COLUMN prev_hash VARCHAR(64);
ALTER TABLE audit_record ADD COLUMN row_hash VARCHAR(64);
CREATE UNIQUE INDEX audit_record_chain_ux ON audit_record (chain_seq);

ALTER TABLE use_log ADD COLUMN chain_seq BIGINT;
ALTER TABLE use_log ADD COLUMN prev_hash VARCHAR(64);
ALTER TABLE use_log ADD COLUMN row_hash VARCHAR(64);
CREATE UNIQUE INDEX use_log_chain_ux ON use_log (chain_seq);

CREATE TABLE audit_chain_head (
    chain_name VARCHAR(32) NOT NULL PRIMARY KEY,
    last_seq   BIGINT      NOT NULL,
    last_hash  VARCHAR(64) NOT NULL,
    CONSTRAINT audit_chain_head_seq_ck CHECK (last_seq >= 0)
);
INSERT INTO audit_chain_head (chain_name, last_seq, last_hash)
VALUES ('audit_record', 0, '0000000000000000000000000000000000000000000000000000000000000000');
INSERT INTO audit_chain_head (chain_name, last_seq, last_hash)
VALUES ('disclosure_log', 0, '0000000000000000000000000000000000000000000000000000000000000000');
INSERT INTO audit_chain_head (chain_name, last_seq, last_hash)
VALUES ('use_log', 0, '0000000000000000000000000000000000000000000000000000000000000000');
