-- SyncDesk state store, schema 5: indexes for set-based work on a large outbox, and when
-- SyncDesk last wrote each record.

-- On the org's clock, a time no later than the org's stamp of SyncDesk's last confirmed
-- write to the record. A row stamped before it is a version from before that write, read
-- while the write was not yet committed: it carries nothing new and is skipped.
ALTER TABLE records ADD COLUMN crm_written_at BIGINT;

-- Partial: most entries wait (neither in flight nor held), and an index of their NULLs
-- would only slow every write.

-- A batch's entries are found by its id when its answer comes back or is lost.
CREATE INDEX outbox_by_batch ON outbox (batch_id) WHERE batch_id IS NOT NULL;

-- A failure's held entries: released on retry, dropped on dismiss, checked before the
-- failure itself goes.
CREATE INDEX outbox_by_failure ON outbox (failure_id) WHERE failure_id IS NOT NULL;
