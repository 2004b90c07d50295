-- Migration 0001 (SQLite, the embedded hub's hub.db): the tables as the hub created them before numbered
-- migrations, when each store made its own table at start.
--
-- Never edit this file: a change is a new numbered migration (docs/architecture.md, "Where to add ... a table").
-- It is idempotent (CREATE ... IF NOT EXISTS), unlike later migrations need be: a file made by the hub before
-- migrations existed (no exchange_schema_history) is adopted by applying this to it, which completes whatever
-- that older hub had made and changes nothing else.

-- Grain state (Embedded/SqliteStateStore): one row per grain and state name; version is the ETag.
CREATE TABLE IF NOT EXISTS grain_state (
    service_id   TEXT    NOT NULL,
    state_name   TEXT    NOT NULL,
    grain_id     TEXT    NOT NULL,
    version      INTEGER NOT NULL,
    payload      BLOB    NULL,
    modified_utc TEXT    NOT NULL,
    PRIMARY KEY (service_id, state_name, grain_id)
) WITHOUT ROWID;

-- Orleans reminders (Embedded/SqliteReminderTable): start as UTC ticks, period in ms, grain_hash the ring position.
CREATE TABLE IF NOT EXISTS reminders (
    service_id    TEXT    NOT NULL,
    grain_id      TEXT    NOT NULL,
    reminder_name TEXT    NOT NULL,
    start_utc     INTEGER NOT NULL,
    period_ms     INTEGER NOT NULL,
    grain_hash    INTEGER NOT NULL,
    version       INTEGER NOT NULL,
    PRIMARY KEY (service_id, grain_id, reminder_name)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS reminders_by_hash ON reminders (service_id, grain_hash);

-- The case index (CaseIndex/CaseIndexSql holds its statements, shared with PostgreSQL): one row per case.
CREATE TABLE IF NOT EXISTS exchange_case_index (
    service_id     TEXT   NOT NULL,
    institution_id TEXT   NOT NULL,
    case_id        TEXT   NOT NULL,
    version        BIGINT NOT NULL,
    status         INTEGER NOT NULL,
    purpose        INTEGER NOT NULL,
    received_ticks BIGINT NOT NULL,
    updated_ticks  BIGINT NOT NULL,
    PRIMARY KEY (service_id, institution_id, case_id)
);
CREATE INDEX IF NOT EXISTS ix_exchange_case_index_received ON exchange_case_index (service_id, institution_id, received_ticks);
CREATE INDEX IF NOT EXISTS ix_exchange_case_index_status ON exchange_case_index (service_id, status);

-- Cases whose decision notices may not be in their peers' outboxes yet (CaseIndex/HandOverSql).
CREATE TABLE IF NOT EXISTS exchange_case_handover (
    service_id     TEXT NOT NULL,
    institution_id TEXT NOT NULL,
    case_id        TEXT NOT NULL,
    PRIMARY KEY (service_id, institution_id, case_id)
) WITHOUT ROWID;

-- The recognitions peer hubs recorded on this hub's credentials (Recognitions/CredentialRecognitionSql).
CREATE TABLE IF NOT EXISTS exchange_credential_recognition (
    service_id         TEXT    NOT NULL,
    credential_id      TEXT    NOT NULL,
    recognising_hub_id TEXT    NOT NULL,
    decision_id        TEXT    NOT NULL,
    sender_hub_id      TEXT    NOT NULL,
    sequence           INTEGER NOT NULL,
    recorded_ticks     INTEGER NOT NULL,
    record             BLOB    NOT NULL,
    PRIMARY KEY (service_id, credential_id, recognising_hub_id, decision_id)
) WITHOUT ROWID;
