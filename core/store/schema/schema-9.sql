-- SyncDesk state store, schema 9: inbound reads through Bulk API 2.0 query jobs.
-- A first import or a catch-up above the threshold reads an object through one query
-- job. The read is recorded before the job is created, its job id as soon as the org
-- answers, and the locator of the next results page as each page is applied: a crash
-- or a failed page resumes from that page of the same job instead of a new one.
CREATE TABLE inbound_bulk_reads (
    crm_object TEXT PRIMARY KEY,
    -- The job's SOQL (the poll's, from the watermark minus its overlap, without ORDER BY).
    soql TEXT NOT NULL,
    -- The inbound fields it reads, comma-separated: a changed mapping drops the read.
    inbound_fields TEXT NOT NULL,
    -- Salesforce's job id; NULL until the create is answered.
    job_id TEXT,
    -- The results page to read next; NULL: the first.
    next_locator TEXT,
    pages_applied BIGINT NOT NULL DEFAULT 0,
    rows_applied BIGINT NOT NULL DEFAULT 0,
    -- The newest SystemModstamp applied so far, Salesforce's text: the watermark moves
    -- there once the last page is applied (results come in no order).
    newest_modstamp TEXT,
    -- The rows the poll's count promised, for progress.
    expected_rows BIGINT NOT NULL DEFAULT 0,
    planned_at BIGINT NOT NULL
);
