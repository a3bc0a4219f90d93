-- SyncDesk team mode: the two group roles of a SyncDesk database on PostgreSQL.
--
--   viewer (syncdesk_viewer): reads every table and sequence, now and after upgrades
--                             (default privileges), and changes nothing.
--   admin  (syncdesk_admin):  reads everything, and writes what the console's admin actions
--                             write: settings (threshold, alerts, budget, intervals,
--                             services), field_mappings (field configuration), sync_failures
--                             (retry, dismiss), outbox and records (edits, CSV import, retry,
--                             dismiss), activities (retry, CSV import) and commands (when the
--                             schema has that table).
--
-- The database enforces both: a viewer's retry or threshold is refused with "permission
-- denied", whatever the window shows. The schema owner (the database's owner, the role the
-- engine runs as) keeps every right and is the one that creates and upgrades the tables.
-- Login users are members of one group: CREATE ROLE alice LOGIN PASSWORD '…' IN ROLE
-- syncdesk_viewer; (or GRANT syncdesk_admin TO bob;).
--
-- Run it connected to the SyncDesk database, as a superuser (or as a role that owns the
-- database and may create roles), after SyncDesk created its tables (the first start as the
-- owner), and again after every upgrade (a new table an admin writes gets its grant then;
-- a new table is readable by both at once):
--
--   sudo -u postgres psql -d syncdesk -v ON_ERROR_STOP=1 -f team-mode-roles.sql
--
-- Options (psql -v name=value): owner (default: the database's owner), viewer (default
-- syncdesk_viewer), admin (default syncdesk_admin). Roles are per cluster: with two SyncDesk
-- databases on one server, give each its own names. Running it again is harmless: it takes
-- the two roles' table rights back and grants them afresh.

\set ON_ERROR_STOP on
\if :{?owner}
\else
SELECT pg_get_userbyid(datdba) AS owner FROM pg_database WHERE datname = current_database() \gset
\endif
\if :{?viewer}
\else
\set viewer syncdesk_viewer
\endif
\if :{?admin}
\else
\set admin syncdesk_admin
\endif

-- Before SyncDesk made its tables there is nothing to grant the admin's writes on.
DO $$
BEGIN
    IF to_regclass('public.schema_version') IS NULL THEN
        RAISE EXCEPTION 'database % has no SyncDesk tables yet: start SyncDesk once as its '
                        'owner first, then run this script', current_database();
    END IF;
END
$$;

BEGIN;

-- The group roles: no login of their own, members inherit their rights.
SELECT format('CREATE ROLE %I NOLOGIN INHERIT', :'viewer')
WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = :'viewer') \gexec
SELECT format('CREATE ROLE %I NOLOGIN INHERIT', :'admin')
WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = :'admin') \gexec

-- PostgreSQL 13 and 14 let every role create tables in the schema public: only the owner
-- may (it runs the migrations), as from PostgreSQL 15 on.
REVOKE CREATE ON SCHEMA public FROM PUBLIC;
GRANT CREATE, USAGE ON SCHEMA public TO :"owner";
GRANT CONNECT ON DATABASE :"DBNAME" TO :"viewer", :"admin";
GRANT USAGE ON SCHEMA public TO :"viewer", :"admin";

-- Afresh: whatever an earlier run (or a hand) granted the two roles goes first.
REVOKE ALL ON ALL TABLES IN SCHEMA public FROM :"viewer", :"admin";
REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM :"viewer", :"admin";

-- Both read everything, including tables and sequences later migrations create.
GRANT SELECT ON ALL TABLES IN SCHEMA public TO :"viewer", :"admin";
GRANT SELECT ON ALL SEQUENCES IN SCHEMA public TO :"viewer", :"admin";
ALTER DEFAULT PRIVILEGES FOR ROLE :"owner" IN SCHEMA public
    GRANT SELECT ON TABLES TO :"viewer", :"admin";
ALTER DEFAULT PRIVILEGES FOR ROLE :"owner" IN SCHEMA public
    GRANT SELECT ON SEQUENCES TO :"viewer", :"admin";

-- The admin's writes: the tables the console's admin actions change (kept in step with
-- AccessRole's list in core/store/access_role.cpp, which the window asks to show the role).
-- Identity columns need no right on their sequence; the CSV import moves the records' id
-- sequence past the ids it gave, hence UPDATE on that one.
SELECT format('GRANT %s ON %I TO %I', privileges, name, :'admin')
FROM (VALUES ('settings', 'INSERT, UPDATE, DELETE'),
             ('field_mappings', 'INSERT, UPDATE, DELETE'),
             ('sync_failures', 'UPDATE, DELETE'),
             ('outbox', 'INSERT, UPDATE, DELETE'),
             ('records', 'INSERT, UPDATE'),
             ('activities', 'INSERT, UPDATE'),
             ('commands', 'INSERT')) AS writes (name, privileges)
WHERE to_regclass(format('public.%I', name)) IS NOT NULL \gexec
SELECT format('GRANT USAGE, UPDATE ON SEQUENCE %s TO %I',
              pg_get_serial_sequence('public.records', 'id'), :'admin')
WHERE pg_get_serial_sequence('public.records', 'id') IS NOT NULL \gexec

COMMIT;
