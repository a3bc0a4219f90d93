-- SyncDesk state store, schema 11: team mode's engine presence and console commands
-- (SQLite's text; schema-11.postgresql.sql has PostgreSQL's). A single admin's SQLite
-- workspace keeps both tables empty.

-- The engine that holds the org's lease (EngineLease) says here who and where it is and what
-- it is doing; every console shows it. One row at most. status_json is EngineStatus as JSON
-- (engineStatusToJson). Changes are announced with NOTIFY syncdesk_events.
CREATE TABLE engine_presence (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    host TEXT NOT NULL,
    pid INTEGER NOT NULL,
    started_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    status_json TEXT NOT NULL
);

-- An admin action asked from a console and carried out by the engine (announced with
-- NOTIFY syncdesk_commands, payload the id). Consoles insert (the admin role may, the viewer
-- role may not); only the engine, the schema owner, moves a command out of 'pending' and
-- writes its result, which every console then shows.
CREATE TABLE commands (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL CHECK (kind IN ('sync_now', 'pause', 'resume', 'retry', 'dismiss',
                                       'reload_configuration', 'refresh_usage',
                                       'cancel_bulk')),
    argument_json TEXT NOT NULL DEFAULT '{}',
    issued_by TEXT NOT NULL,
    issued_at BIGINT NOT NULL,
    state TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'running', 'done',
                                                             'refused', 'failed')),
    result TEXT,
    done_at BIGINT
);

CREATE INDEX commands_pending ON commands (id) WHERE state = 'pending';
