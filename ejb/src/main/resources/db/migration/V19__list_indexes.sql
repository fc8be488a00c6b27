-- The case list filtered by state is read newest first (received date, then id): with the id in the index a page is
-- the index's first rows, without sorting the state's cases (tens of thousands in a register of 100 000). It covers
-- what the state index of V3 served, which goes.
CREATE INDEX complaint_state_received_id_ix ON complaint (state, received_date, id);
DROP INDEX complaint_state_ix;
