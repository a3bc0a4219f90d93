-- SyncDesk state store, schema 7: the Bulk API 2.0 ingest jobs of the outbound flush.
-- A job is recorded, with the outbox entries it carries, before anything is sent, and its
-- Salesforce id before its data is uploaded: a restart then reads the job's state and
-- results instead of uploading the same changes again.
CREATE TABLE bulk_jobs (
    id INTEGER PRIMARY KEY,
    -- The in-flight mark (outbox.batch_id) of the entries the job carries.
    batch_id TEXT NOT NULL UNIQUE,
    crm_object TEXT NOT NULL,
    operation TEXT NOT NULL CHECK (operation IN ('upsert', 'update')),
    job_id TEXT,
    -- planned: nothing sent yet (or no answer to the create); created: the job exists, its
    -- data may or may not have arrived; uploaded: the data is there; closed: UploadComplete.
    stage TEXT NOT NULL CHECK (stage IN ('planned', 'created', 'uploaded', 'closed')),
    planned_at BIGINT NOT NULL,
    records BIGINT NOT NULL
);

-- The outbox entries each job carries: a restart marks them in flight again.
CREATE TABLE bulk_job_entries (
    bulk_job INTEGER NOT NULL REFERENCES bulk_jobs (id) ON DELETE CASCADE,
    entry_id INTEGER NOT NULL,
    PRIMARY KEY (bulk_job, entry_id)
);
