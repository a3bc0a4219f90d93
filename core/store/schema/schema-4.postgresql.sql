-- SyncDesk state store, schema 4, PostgreSQL: schema-4.sql with the install id drawn from
-- gen_random_uuid() (built in since PostgreSQL 13; its first 12 hex digits are random),
-- where SQLite uses randomblob(6).

ALTER TABLE records ADD COLUMN crm_base_json TEXT;

ALTER TABLE sync_watermarks ADD COLUMN inbound_fields TEXT;

INSERT INTO settings (setting_key, setting_value, updated_at) VALUES ('sync/install_id', left(replace(gen_random_uuid()::text, '-', ''), 12), 0);
