-- Every daily job that runs once across a cluster has its job_run row before any node starts: the nodes' timers
-- lock that row to claim a day (JobLease); inserting it on a job's first run would race between nodes (the second
-- insert fails on the key). A job that has not run yet has no last day.
ALTER TABLE job_run ALTER COLUMN last_day DROP NOT NULL;
ALTER TABLE job_run ALTER COLUMN ran_at DROP NOT NULL;
INSERT INTO job_run (job, version, last_day, ran_at)
    SELECT 'complaint.deadline-check', 0, CAST(NULL AS DATE), CAST(NULL AS TIMESTAMP WITH TIME ZONE)
    WHERE NOT EXISTS (SELECT 1 FROM job_run WHERE job = 'complaint.deadline-check');
INSERT INTO job_run (job, version, last_day, ran_at)
    SELECT 'measure.follow-up', 0, CAST(NULL AS DATE), CAST(NULL AS TIMESTAMP WITH TIME ZONE)
    WHERE NOT EXISTS (SELECT 1 FROM job_run WHERE job = 'measure.follow-up');
INSERT INTO job_run (job, version, last_day, ran_at)
    SELECT 'notification.deadline-digest', 0, CAST(NULL AS DATE), CAST(NULL AS TIMESTAMP WITH TIME ZONE)
    WHERE NOT EXISTS (SELECT 1 FROM job_run WHERE job = 'notification.deadline-digest');
