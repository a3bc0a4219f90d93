-- SyncDesk state store, schema 8: which API each sync run's changes went through, and why.
-- An outbound flush picks REST composite or Bulk API 2.0 by the calls each would spend
-- (OutboundRoute); the Activity tab shows the choice with the run.
-- api: 'composite' or 'bulk2' (NULL: a run that sent no changes, or one from before).
ALTER TABLE sync_runs ADD COLUMN api TEXT;
-- The route's reason, as the engine wrote it ("100,000 records, about 9 calls instead of 100").
ALTER TABLE sync_runs ADD COLUMN api_reason TEXT;
