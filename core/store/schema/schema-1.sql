-- SyncDesk state store, schema 1.
-- Portable SQL: INTEGER/BIGINT/TEXT/REAL, explicit primary keys, CHECK for enumerations.
-- Times are UTC milliseconds since the Unix epoch in BIGINT columns (*_at): they compare and
-- bucket (hour = at / 3600000) with plain integer arithmetic on every engine.
-- Booleans are INTEGER 0/1. The one SQLite-specific reading is `id INTEGER PRIMARY KEY`
-- (a rowid that numbers itself); a PostgreSQL set of these files spells it as an identity.
-- Statements end with ';' at the end of a line: the migrator splits on that.

-- The orgs SyncDesk connects to. Never a token, a secret or a password: those live in the
-- OS keychain, keyed by the connection id.
CREATE TABLE connections (
    id INTEGER PRIMARY KEY,
    label TEXT NOT NULL,
    instance_url TEXT NOT NULL,
    login_host TEXT NOT NULL,
    org_id TEXT,
    username TEXT,
    api_version TEXT NOT NULL,
    client_id TEXT NOT NULL,
    is_active INTEGER NOT NULL DEFAULT 0,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);

-- Typed key/value settings; the types and defaults are declared once, in SettingsStore.
CREATE TABLE settings (
    setting_key TEXT NOT NULL PRIMARY KEY,
    setting_value TEXT NOT NULL,
    updated_at BIGINT NOT NULL
);

CREATE TABLE field_mappings (
    id INTEGER PRIMARY KEY,
    local_object TEXT NOT NULL,
    local_field TEXT NOT NULL,
    crm_object TEXT NOT NULL,
    crm_field TEXT NOT NULL,
    direction TEXT NOT NULL CHECK (direction IN ('both', 'to_crm', 'from_crm', 'off')),
    UNIQUE (local_object, local_field, crm_object)
);

-- The local workspace. fields_json holds the record's field values as a JSON object.
CREATE TABLE records (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL CHECK (kind IN ('person', 'account', 'opportunity')),
    crm_object TEXT,
    crm_id TEXT,
    fields_json TEXT NOT NULL,
    sync_state TEXT NOT NULL CHECK (sync_state IN ('local_only', 'pending', 'synced', 'failed')),
    updated_at BIGINT NOT NULL,
    UNIQUE (crm_object, crm_id)
);

-- Calls and emails to log as Task records; external_id makes logging idempotent.
CREATE TABLE activities (
    id INTEGER PRIMARY KEY,
    external_id TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL CHECK (kind IN ('call', 'email')),
    record_id INTEGER REFERENCES records (id) ON DELETE SET NULL,
    subject TEXT NOT NULL,
    body TEXT,
    occurred_at BIGINT NOT NULL,
    crm_task_id TEXT,
    sync_state TEXT NOT NULL CHECK (sync_state IN ('pending', 'synced', 'failed')),
    created_at BIGINT NOT NULL
);

-- What failed, why, and when it is retried. item_kind/item_id name a record or an activity.
CREATE TABLE sync_failures (
    id INTEGER PRIMARY KEY,
    item_kind TEXT NOT NULL CHECK (item_kind IN ('record', 'activity')),
    item_id INTEGER NOT NULL,
    category TEXT NOT NULL
        CHECK (category IN ('no_api_credits', 'auth', 'validation', 'conflict', 'transient')),
    sf_status_code TEXT,
    message TEXT NOT NULL,
    fields_json TEXT,
    attempts INTEGER NOT NULL,
    first_failed_at BIGINT NOT NULL,
    last_try_at BIGINT NOT NULL,
    next_retry_at BIGINT
);

-- Local changes waiting to go out. batch_id marks entries in flight; failure_id holds
-- entries back while their failure stands (deleting the failure releases them).
CREATE TABLE outbox (
    id INTEGER PRIMARY KEY,
    record_id INTEGER NOT NULL REFERENCES records (id) ON DELETE CASCADE,
    field TEXT NOT NULL CHECK (field <> ''),
    new_value TEXT,
    queued_at BIGINT NOT NULL,
    batch_id TEXT,
    failure_id INTEGER REFERENCES sync_failures (id) ON DELETE SET NULL
);

-- The ledger: every API call SyncDesk made, with the org's used/max from the answer.
CREATE TABLE api_calls (
    id INTEGER PRIMARY KEY,
    called_at BIGINT NOT NULL,
    category TEXT NOT NULL CHECK (category IN ('activity_logging', 'outbound_update',
        'inbound_poll', 'limits_check', 'describe', 'auth')),
    endpoint TEXT NOT NULL,
    http_status INTEGER NOT NULL,
    org_used BIGINT,
    org_max BIGINT,
    error_code TEXT
);

-- The org's total usage over time, from response headers and /limits.
CREATE TABLE usage_samples (
    id INTEGER PRIMARY KEY,
    sampled_at BIGINT NOT NULL,
    used BIGINT NOT NULL,
    max_allowed BIGINT NOT NULL,
    source TEXT NOT NULL CHECK (source IN ('header', 'limits'))
);

CREATE TABLE alerts (
    id INTEGER PRIMARY KEY,
    sent_at BIGINT NOT NULL,
    kind TEXT NOT NULL,
    level TEXT NOT NULL,
    recipient TEXT NOT NULL,
    subject TEXT NOT NULL,
    delivered INTEGER NOT NULL,
    error TEXT,
    crossing_id TEXT
);
