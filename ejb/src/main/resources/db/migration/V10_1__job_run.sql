-- The last day each daily job ran for: a manual run may not go back before it.
CREATE TABLE job_run (
    job      VARCHAR(48)              NOT NULL PRIMARY KEY,
    version  BIGINT                   NOT NULL DEFAULT 0,
    last_day DATE                     NOT NULL,
    ran_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
