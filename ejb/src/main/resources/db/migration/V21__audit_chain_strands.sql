-- The hash chain of each append-only log is split into strands: eight chains per log, each with its own head row,
-- verified one by one and together (ChainReader). A commit appends its entries to the first strand no other commit
-- holds (SELECT … FOR UPDATE SKIP LOCKED), so up to eight commits append to a log at once instead of one after the
-- other: with one head, every use-logged read and every audited write in the system passed it one commit at a
-- time. Within a strand positions follow commit order; a row's place is (chain_strand, chain_seq). The rows and
-- heads so far are strand 0, under the head names they had; more strands are more head rows.

ALTER TABLE audit_chain_head ADD COLUMN log_name VARCHAR(32);
ALTER TABLE audit_chain_head ADD COLUMN strand SMALLINT DEFAULT 0 NOT NULL;
UPDATE audit_chain_head SET log_name = chain_name;
ALTER TABLE audit_chain_head ALTER COLUMN log_name SET NOT NULL;
CREATE UNIQUE INDEX audit_chain_head_strand_ux ON audit_chain_head (log_name, strand);
INSERT INTO audit_chain_head (chain_name, log_name, strand, last_seq, last_hash) VALUES
    ('audit_record.1', 'audit_record', 1, 0, '0000000000000000000000000000000000000000000000000000000000000000'),
    ('audit_record.2', 'audit_record', 2, 0, '0000000000000000000000000000000000000000000000000000000000000000'),
    ('audit_record.3', 'audit_record', 3, 0, '0000000000000000000000000000000000000000000000000000000000000000'),
    ('audit_record.4', 'audit_record', 4, 0, '0000000000000000000000000000000000000000000000000000000000000000'),
    ('audit_record.5', 'audit_record', 5, 0, '0000000000000000000000000000000000000000000000000000000000000000'),
    ('audit_record.6', 'audit_record', 6, 0, '0000000000000000000000000000000000000000000000000000000000000000'),
    ('audit_record.7', 'audit_record', 7, 0, '0000000000000000000000000000000000000000000000000000000000000000'),
    ('use_log.1', 'use_log', 1, 0, '0000000000000000000000000000000000000000000000000000000000000000'),
    ('use_log.2', 'use_log', 2, 0, '0000000000000000000000000000000000000000000000000000000000000000'),
    ('use_log.3', 'use_log', 3, 0, '0000000000000000000000000000000000000000000000000000000000000000'),
    ('use_log.4', 'use_log', 4, 0, '0000000000000000000000000000000000000000000000000000000000000000'),
    ('use_log.5', 'use_log', 5, 0, '0000000000000000000000000000000000000000000000000000000000000000'),
    ('use_log.6', 'use_log', 6, 0, '0000000000000000000000000000000000000000000000000000000000000000'),
    ('use_log.7', 'use_log', 7, 0, '0000000000000000000000000000000000000000000000000000000000000000'),
    ('disclosure_log.1', 'disclosure_log', 1, 0, '0000000000000000000000000000000000000000000000000000000000000000'),
    ('disclosure_log.2', 'disclosure_log', 2, 0, '0000000000000000000000000000000000000000000000000000000000000000'),
    ('disclosure_log.3', 'disclosure_log', 3, 0, '0000000000000000000000000000000000000000000000000000000000000000'),
    ('disclosure_log.4', 'disclosure_log', 4, 0, '0000000000000000000000000000000000000000000000000000000000000000'),
    ('disclosure_log.5', 'disclosure_log', 5, 0, '0000000000000000000000000000000000000000000000000000000000000000'),
    ('disclosure_log.6', 'disclosure_log', 6, 0, '0000000000000000000000000000000000000000000000000000000000000000'),
    ('disclosure_log.7', 'disclosure_log', 7, 0, '0000000000000000000000000000000000000000000000000000000000000000');

ALTER TABLE audit_record ADD COLUMN chain_strand SMALLINT DEFAULT 0 NOT NULL;
DROP INDEX audit_record_chain_ux;
CREATE UNIQUE INDEX audit_record_chain_ux ON audit_record (chain_strand, chain_seq);

ALTER TABLE use_log ADD COLUMN chain_strand SMALLINT DEFAULT 0 NOT NULL;
DROP INDEX use_log_chain_ux;
CREATE UNIQUE INDEX use_log_chain_ux ON use_log (chain_strand, chain_seq);

ALTER TABLE disclosure_log ADD COLUMN chain_strand SMALLINT DEFAULT 0 NOT NULL;
DROP INDEX disclosure_log_chain_ux;
CREATE UNIQUE INDEX disclosure_log_chain_ux ON disclosure_log (chain_strand, chain_seq);
