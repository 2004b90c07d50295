-- Migration 0002 (PostgreSQL): exchange_schema_history, kept by the migrator, now records which schema
-- version a database has; ExchangeSchemaVersion said the same for the hub before migrations. One record of
-- one fact: the old table goes. (A hub from before migrations that still starts against this database
-- re-creates it harmlessly: its script is idempotent, like 0001.)
DROP TABLE IF EXISTS ExchangeSchemaVersion;
