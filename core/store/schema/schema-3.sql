-- SyncDesk state store, schema 3: what the sync engine, the alerts and the sync log need.

-- Activities carry what a Salesforce Task needs, and the in-flight mark that lets the
-- engine resend after a crash without logging a Task twice (the resend upserts by
-- external_id, which is the Task's SyncDesk_Activity_Id__c).
ALTER TABLE activities ADD COLUMN duration_seconds INTEGER;
ALTER TABLE activities ADD COLUMN call_type TEXT;
ALTER TABLE activities ADD COLUMN task_status TEXT NOT NULL DEFAULT 'Completed';
ALTER TABLE activities ADD COLUMN priority TEXT NOT NULL DEFAULT 'Normal';
ALTER TABLE activities ADD COLUMN batch_id TEXT;
ALTER TABLE activities ADD COLUMN failure_id INTEGER REFERENCES sync_failures (id) ON DELETE SET NULL;

-- Inbound: the record's SystemModstamp as last read, and when Salesforce deleted it.
ALTER TABLE records ADD COLUMN crm_modstamp TEXT;
ALTER TABLE records ADD COLUMN crm_deleted_at BIGINT;

-- Inbound polling resumes from the newest SystemModstamp seen per object.
CREATE TABLE sync_watermarks (
    crm_object TEXT NOT NULL PRIMARY KEY,
    system_modstamp TEXT NOT NULL,
    polled_at BIGINT NOT NULL
);

-- Both sides changed a field since the last sync: the rule's decision, and the value that
-- lost, kept for the admin to see.
CREATE TABLE sync_conflicts (
    id INTEGER PRIMARY KEY,
    record_id INTEGER NOT NULL REFERENCES records (id) ON DELETE CASCADE,
    field TEXT NOT NULL,
    local_value TEXT,
    crm_value TEXT,
    winner TEXT NOT NULL CHECK (winner IN ('local', 'crm')),
    local_changed_at BIGINT,
    crm_changed_at BIGINT,
    decided_at BIGINT NOT NULL
);

-- The sync log (the Activity tab): what ran, when, and what it cost.
CREATE TABLE sync_runs (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL CHECK (kind IN ('outbound', 'inbound', 'activities', 'retry')),
    started_at BIGINT NOT NULL,
    finished_at BIGINT,
    calls INTEGER NOT NULL DEFAULT 0,
    items_ok INTEGER NOT NULL DEFAULT 0,
    items_failed INTEGER NOT NULL DEFAULT 0,
    summary TEXT
);

-- Alerts are retried until delivered: attempts and the next try survive a restart, and the
-- message is kept as composed so that a retry sends the same one.
ALTER TABLE alerts ADD COLUMN attempts INTEGER NOT NULL DEFAULT 0;
ALTER TABLE alerts ADD COLUMN next_try_at BIGINT;
ALTER TABLE alerts ADD COLUMN body_text TEXT;
ALTER TABLE alerts ADD COLUMN body_html TEXT;

CREATE INDEX sync_failures_by_category ON sync_failures (category, first_failed_at);
CREATE INDEX sync_failures_by_time ON sync_failures (first_failed_at);
CREATE INDEX sync_conflicts_by_record ON sync_conflicts (record_id);
CREATE INDEX sync_runs_by_time ON sync_runs (started_at);
CREATE INDEX activities_by_state ON activities (sync_state, batch_id);
CREATE INDEX records_by_modstamp ON records (crm_object, crm_modstamp);
