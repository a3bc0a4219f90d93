-- SyncDesk state store, schema 10: values SyncDesk sent without learning the outcome.

-- Local field name -> the values SyncDesk sent for it whose answer never came back whole
-- (a call cut off, a malformed or 5xx answer, a crash while the call was out): Salesforce
-- may hold any of them. When one comes back inbound it is SyncDesk's own write, not a
-- change in Salesforce. A field leaves the list when its agreed value (crm_base_json)
-- moves. NULL: none.
ALTER TABLE records ADD COLUMN crm_sent_json TEXT;
