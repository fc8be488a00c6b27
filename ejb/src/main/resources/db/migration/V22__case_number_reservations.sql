-- Registering numbers a complaint before its own transaction: a short transaction locks the diary's counter, takes a
-- number and records it here as reserved, and commits; the registration deletes the row as it commits (the number is
-- then the complaint's), or marks it released when it fails. The next number of a prefix and year is a released one,
-- or one left by a stopped server, before a new one: the series stays gap-free. A node releases the reservations it
-- left when it starts again (node: its jboss.node.name); one that never comes back leaves them abandoned, taken over
-- ten minutes after reserved_at.
-- Before, the counter row stayed locked from the number to the registration's commit and every registration in the
-- agency waited for the one before it to finish, its audit record and response included.
CREATE TABLE case_number_reservation (
    case_prefix VARCHAR(16)              NOT NULL,
    case_year   INTEGER                  NOT NULL,
    case_serial INTEGER                  NOT NULL,
    token       VARCHAR(36)              NOT NULL,
    node        VARCHAR(64)              NOT NULL,
    reserved_at TIMESTAMP WITH TIME ZONE NOT NULL,
    released    BOOLEAN                  NOT NULL DEFAULT FALSE,
    PRIMARY KEY (case_prefix, case_year, case_serial)
);

-- An Idempotency-Key is claimed with the number, before the complaint exists: a parallel request with the same key
-- fails to claim it and waits for the complaint instead of taking a number of its own. A node drops the claims its
-- stop left pending when it starts again, so that a retry can register.
ALTER TABLE complaint_idempotency ALTER COLUMN complaint_id DROP NOT NULL;
ALTER TABLE complaint_idempotency ADD COLUMN node VARCHAR(64);
