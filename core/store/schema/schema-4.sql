-- SyncDesk state store, schema 4: what a real org needs of inbound and outbound sync.

-- The values each synced field last had on both sides (local field name → JSON value),
-- so that inbound decisions are three-way: a side that differs from the base changed;
-- only both sides changing is a conflict. SyncDesk's own writes move the base when
-- Salesforce confirms them, so they are recognised when they come back.
ALTER TABLE records ADD COLUMN crm_base_json TEXT;

-- The CRM fields an object's watermark covers: a field mapped inbound later is read from
-- the start (backfilled), not only from the watermark on.
ALTER TABLE sync_watermarks ADD COLUMN inbound_fields TEXT;

-- A random id of this workspace, part of every SyncDesk_Id__c it writes, so that two
-- workstations, a reinstall or a fresh data folder never upsert over each other's records.
INSERT INTO settings (setting_key, setting_value, updated_at) VALUES ('sync/install_id', lower(hex(randomblob(6))), 0);
