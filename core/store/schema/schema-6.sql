-- SyncDesk state store, schema 6: who spent the org's calls, from Salesforce's ApiTotalUsage
-- event log files, and the ledger category of the calls that read them.

-- The ledger's categories gain 'usage_log' (listing and downloading those files). SQLite
-- cannot change a CHECK constraint, so the table is copied into a new one.
CREATE TABLE api_calls_v6 (
    id INTEGER PRIMARY KEY,
    called_at BIGINT NOT NULL,
    category TEXT NOT NULL CHECK (category IN ('activity_logging', 'outbound_update',
        'inbound_poll', 'limits_check', 'describe', 'auth', 'usage_log')),
    endpoint TEXT NOT NULL,
    http_status INTEGER NOT NULL,
    org_used BIGINT,
    org_max BIGINT,
    error_code TEXT
);
INSERT INTO api_calls_v6 (id, called_at, category, endpoint, http_status, org_used, org_max, error_code)
    SELECT id, called_at, category, endpoint, http_status, org_used, org_max, error_code FROM api_calls;
DROP TABLE api_calls;
ALTER TABLE api_calls_v6 RENAME TO api_calls;
CREATE INDEX api_calls_by_time ON api_calls (called_at);

-- Every log file SyncDesk fetched, so that a restart never downloads one again; a higher
-- Sequence of the same (interval, log_date) replaces the row and its counts. A file that
-- could not be read keeps its problem here and covers no hours.
CREATE TABLE usage_log_files (
    file_id TEXT NOT NULL PRIMARY KEY,
    log_interval TEXT NOT NULL CHECK (log_interval IN ('Hourly', 'Daily')),
    log_date BIGINT NOT NULL,
    sequence INTEGER NOT NULL,
    fetched_at BIGINT NOT NULL,
    counted_rows BIGINT NOT NULL DEFAULT 0,
    skipped_rows BIGINT NOT NULL DEFAULT 0,
    skipped_note TEXT,
    problem TEXT
);
CREATE INDEX usage_log_files_by_date ON usage_log_files (log_date);

-- The org's counted calls per hour and caller, as the logs name them (empty: not given).
CREATE TABLE usage_log_counts (
    id INTEGER PRIMARY KEY,
    file_id TEXT NOT NULL REFERENCES usage_log_files (file_id) ON DELETE CASCADE,
    hour_start BIGINT NOT NULL,
    connected_app_id TEXT NOT NULL,
    connected_app_name TEXT NOT NULL,
    user_id TEXT NOT NULL,
    user_name TEXT NOT NULL,
    client_name TEXT NOT NULL,
    api_family TEXT NOT NULL,
    calls BIGINT NOT NULL
);
CREATE INDEX usage_log_counts_by_hour ON usage_log_counts (hour_start);
CREATE INDEX usage_log_counts_by_file ON usage_log_counts (file_id);

-- The reader's own state (one row): when it last listed the files, whether the org let it,
-- and what to tell the admin when it did not.
CREATE TABLE usage_log_reader (
    id INTEGER NOT NULL PRIMARY KEY CHECK (id = 1),
    listed_at BIGINT,
    listing_found_new INTEGER NOT NULL DEFAULT 0,
    refused_at BIGINT,
    problem TEXT
);
