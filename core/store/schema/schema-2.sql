-- SyncDesk state store, schema 2: the describe cache, and the indexes that the time-window
-- questions (rolling 24 hours, charts) and the outbox scan ask for.

-- One describe body per sObject, with Salesforce's Last-Modified for If-Modified-Since.
CREATE TABLE describe_cache (
    sobject TEXT NOT NULL PRIMARY KEY,
    last_modified TEXT,
    fetched_at BIGINT NOT NULL,
    body_json TEXT NOT NULL
);

CREATE INDEX api_calls_by_time ON api_calls (called_at);
CREATE INDEX usage_samples_by_time ON usage_samples (sampled_at);
CREATE INDEX outbox_by_record ON outbox (record_id);
CREATE INDEX sync_failures_by_next_retry ON sync_failures (next_retry_at);
CREATE INDEX alerts_by_crossing ON alerts (crossing_id);
