-- Service, enforcement and appeal of measures: the actual date of receipt shown against a presumed one
-- (HL 59 §), a running or fixed conditional fine (uhkasakkolaki 8 §), an order to be complied with
-- notwithstanding appeal with its reason (808/2019 122 §), the date the court's decision was received,
-- a further appeal to the Supreme Administrative Court (808/2019 107 §, 111 §) and its decision.
ALTER TABLE measure ADD COLUMN receipt_shown_on DATE;
ALTER TABLE measure ADD COLUMN fine_kind VARCHAR(16);
ALTER TABLE measure ADD COLUMN fine_instalment NUMERIC(12, 2);
ALTER TABLE measure ADD COLUMN fine_period VARCHAR(8);
ALTER TABLE measure ADD COLUMN notwithstanding_appeal BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE measure ADD COLUMN notwithstanding_appeal_reason VARCHAR(2000);
ALTER TABLE measure ADD COLUMN court_decision_served_on DATE;
ALTER TABLE measure ADD COLUMN further_appeal_lodged_on DATE;
ALTER TABLE measure ADD COLUMN leave_to_appeal_granted BOOLEAN;
ALTER TABLE measure ADD COLUMN supreme_court_outcome VARCHAR(16);
ALTER TABLE measure ADD COLUMN supreme_court_decided_on DATE;

-- "appeal rejected, the measure stands" is called UPHELD; DISMISSED would be confused with an appeal
-- dismissed as inadmissible (INADMISSIBLE)
UPDATE measure SET court_outcome = 'UPHELD' WHERE court_outcome = 'DISMISSED';
UPDATE measure SET court_decision_served_on = court_decided_on WHERE court_outcome IS NOT NULL;

ALTER TABLE measure ADD CONSTRAINT measure_fine_kind_ck CHECK (fine_kind IS NULL OR fine_kind IN ('FIXED', 'RUNNING'));
ALTER TABLE measure ADD CONSTRAINT measure_fine_period_ck CHECK (fine_period IS NULL OR fine_period IN ('WEEK', 'MONTH'));
ALTER TABLE measure ADD CONSTRAINT measure_court_outcome_ck CHECK (court_outcome IS NULL
    OR court_outcome IN ('UPHELD', 'ANNULLED', 'AMENDED', 'RETURNED', 'INADMISSIBLE'));
ALTER TABLE measure ADD CONSTRAINT measure_supreme_court_outcome_ck CHECK (supreme_court_outcome IS NULL
    OR supreme_court_outcome IN ('UPHELD', 'ANNULLED', 'AMENDED', 'RETURNED', 'INADMISSIBLE'));
ALTER TABLE measure ADD CONSTRAINT measure_notwithstanding_reason_ck CHECK (notwithstanding_appeal = FALSE
    OR notwithstanding_appeal_reason IS NOT NULL);
