-- SyncDesk state store, schema 5: indexes for set-based work on a large outbox.

-- Partial: most entries wait (neither in flight nor held), and an index of their NULLs
-- would only slow every write.

-- A batch's entries are found by its id when its answer comes back or is lost.
CREATE INDEX outbox_by_batch ON outbox (batch_id) WHERE batch_id IS NOT NULL;

-- A failure's held entries: released on retry, dropped on dismiss, checked before the
-- failure itself goes.
CREATE INDEX outbox_by_failure ON outbox (failure_id) WHERE failure_id IS NOT NULL;
