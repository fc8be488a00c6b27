-- PostgreSQL role layout for production: the schema's owner migrates, the application only appends to the logs.
-- Run as a superuser in the application's database after the owner has applied the migrations once
-- (psql -v app_password=… -v auditor_password=… -d valvonta -f postgresql-roles.sql).
--
--   valvonta_owner    owns every table; used only to apply Flyway migrations (a deployment with its credentials)
--   valvonta_app      the server's datasource (VALVONTA_DB_USER): reads and writes the registers, but only
--                     SELECT and INSERT on audit_record, use_log and disclosure_log (no UPDATE, DELETE, TRUNCATE)
--   valvonta_auditor  read-only, for config/src/main/scripts/verify-audit-chains.sh
--
-- The triggers of schema version 11.1 refuse UPDATE and DELETE on the logs for every role; this layout also
-- keeps the application's credentials from dropping those triggers (only the owner can).

DO $$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'valvonta_app') THEN
    CREATE ROLE valvonta_app LOGIN;
  END IF;
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'valvonta_auditor') THEN
    CREATE ROLE valvonta_auditor LOGIN;
  END IF;
END $$;
ALTER ROLE valvonta_app PASSWORD :'app_password';
ALTER ROLE valvonta_auditor PASSWORD :'auditor_password';

GRANT USAGE ON SCHEMA public TO valvonta_app, valvonta_auditor;

GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO valvonta_app;
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO valvonta_app;
REVOKE UPDATE, DELETE, TRUNCATE ON audit_record, use_log, disclosure_log FROM valvonta_app;
-- the migration history is the owner's; the application only reads it at start-up
REVOKE INSERT, UPDATE, DELETE ON flyway_schema_history FROM valvonta_app;
-- the chain heads move with every append; they are never deleted
REVOKE INSERT, DELETE, TRUNCATE ON audit_chain_head FROM valvonta_app;

GRANT SELECT ON ALL TABLES IN SCHEMA public TO valvonta_auditor;
