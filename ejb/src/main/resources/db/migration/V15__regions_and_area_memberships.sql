-- The registry as reference data (the rows follow in V15_1): regions with their administrative court, a
-- municipality's code and region, an employment area's lead municipality with the evidence for it, and
-- membership of an employment area as periods (a municipality may move to another area from a date).
-- A municipality that was never a pilot is never supervised itself (its employment area is): regime and
-- supervision period become optional.

CREATE TABLE region (
    code                 VARCHAR(2)  NOT NULL PRIMARY KEY,
    name_fi              VARCHAR(60) NOT NULL,
    name_sv              VARCHAR(60) NOT NULL,
    administrative_court VARCHAR(16) NOT NULL,
    CONSTRAINT region_court_ck CHECK (administrative_court IN
        ('HELSINKI', 'HAMEENLINNA', 'ITA_SUOMI', 'POHJOIS_SUOMI', 'TURKU', 'VAASA'))
);

ALTER TABLE supervised_entity ADD COLUMN municipality_code VARCHAR(3);
ALTER TABLE supervised_entity ADD COLUMN region_code VARCHAR(2);
ALTER TABLE supervised_entity ADD CONSTRAINT supervised_entity_region_fk FOREIGN KEY (region_code) REFERENCES region (code);
CREATE UNIQUE INDEX supervised_entity_code_ux ON supervised_entity (municipality_code);

ALTER TABLE supervised_entity ADD COLUMN lead_municipality_id BIGINT;
ALTER TABLE supervised_entity ADD CONSTRAINT supervised_entity_lead_fk
    FOREIGN KEY (lead_municipality_id) REFERENCES supervised_entity (id);
ALTER TABLE supervised_entity ADD COLUMN lead_evidence VARCHAR(120);
ALTER TABLE supervised_entity ADD COLUMN lead_source VARCHAR(500);

ALTER TABLE supervised_entity ALTER COLUMN regime DROP NOT NULL;
ALTER TABLE supervised_entity ALTER COLUMN supervised_from DROP NOT NULL;

CREATE SEQUENCE employment_area_membership_seq START WITH 1000 INCREMENT BY 50;

CREATE TABLE employment_area_membership (
    id                 BIGINT NOT NULL PRIMARY KEY,
    municipality_id    BIGINT NOT NULL REFERENCES supervised_entity (id),
    employment_area_id BIGINT NOT NULL REFERENCES supervised_entity (id),
    valid_from         DATE   NOT NULL,
    valid_until        DATE,
    CONSTRAINT employment_area_membership_period_ck CHECK (valid_until IS NULL OR valid_until >= valid_from)
);
CREATE INDEX employment_area_membership_municipality_ix ON employment_area_membership (municipality_id, valid_from);
CREATE INDEX employment_area_membership_area_ix ON employment_area_membership (employment_area_id);

-- The single link municipality -> area is replaced by the memberships. Areas an administrator formed before
-- this version (none are seeded) keep their records, but not their member links: from 1.1.2025 every
-- municipality is a member of its reference area (V15_1); such an area can be formed again from a later date.
-- Dropping the column drops its index and foreign key with it (H2 and PostgreSQL).
ALTER TABLE supervised_entity DROP COLUMN employment_area_id;
