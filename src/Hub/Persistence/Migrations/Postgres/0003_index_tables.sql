-- Migration 0003 (PostgreSQL): the index tables, one row per item, so a change to a growing collection
-- (registry directories, open registry, review queue, peer outboxes) costs one small statement however large
-- it grows. Never edit this file: a change is a new numbered migration.

-- The registry directories' table: one row per listed item (an institution, a programme), its summary in
-- Orleans' version-tolerant binary form, as grain state is. Items are listed by id in code-point order.
-- COLLATE "C": code-point order whatever the database's collation, as SQLite orders.
CREATE TABLE exchange_registry_directory (
    service_id TEXT NOT NULL,
    directory  TEXT NOT NULL,
    item_id    TEXT COLLATE "C" NOT NULL,
    item       BYTEA NOT NULL,
    PRIMARY KEY (service_id, directory, item_id)
);

-- The open registry's table: one row per issued credential (no personal data), with the columns its search
-- filters and orders by; the line itself in Orleans' binary form.
CREATE TABLE exchange_open_registry (
    service_id      TEXT   NOT NULL,
    credential_id   TEXT   NOT NULL,
    institution_id  TEXT   NOT NULL,
    programme_id    TEXT   NOT NULL,
    registry_number TEXT   COLLATE "C" NOT NULL,
    issued_ticks    BIGINT NOT NULL,
    item            BYTEA  NOT NULL,
    PRIMARY KEY (service_id, credential_id)
);
CREATE INDEX ix_exchange_open_registry_issued ON exchange_open_registry (service_id, issued_ticks);
CREATE INDEX ix_exchange_open_registry_institution ON exchange_open_registry (service_id, institution_id, issued_ticks);
CREATE INDEX ix_exchange_open_registry_number ON exchange_open_registry (service_id, registry_number);

-- The review queue's table: one row per case the officers see, with the columns its filters and its two orders
-- use, the entry in Orleans' binary form. A removed case stays as a row without entry (removed = 1) holding the
-- version it was removed at, so that a late upsert of an older version cannot bring it back. Pages follow the
-- order's key (keyset), so a page costs the same at the end of a long queue as at its start.
CREATE TABLE exchange_review_queue (
    service_id          TEXT    NOT NULL,
    case_id             TEXT    COLLATE "C" NOT NULL,
    version             BIGINT  NOT NULL,
    removed             INTEGER NOT NULL,
    purpose             INTEGER NOT NULL,
    flagged_mask        BIGINT  NOT NULL,
    received_ticks      BIGINT  NOT NULL,
    deadline_ticks      BIGINT  NULL,
    deadline_key        BIGINT  NOT NULL,
    overdue             INTEGER NOT NULL,
    assigned_officer_id TEXT    NULL,
    is_appeal           INTEGER NOT NULL,
    entry               BYTEA   NULL,
    PRIMARY KEY (service_id, case_id)
);
CREATE INDEX ix_exchange_review_queue_deadline ON exchange_review_queue (service_id, removed, deadline_key, received_ticks, case_id);
CREATE INDEX ix_exchange_review_queue_received ON exchange_review_queue (service_id, removed, received_ticks, case_id);

-- The peer outboxes' table: one row per message still to be delivered, keyed by peer and sequence, the entry
-- (message, attempts, last error) in Orleans' binary form. A delivered message's row is deleted, so the table is
-- as large as the backlog, not as the history.
CREATE TABLE exchange_peer_outbox (
    service_id  TEXT   NOT NULL,
    peer_hub_id TEXT   NOT NULL,
    sequence    BIGINT NOT NULL,
    entry       BYTEA  NOT NULL,
    PRIMARY KEY (service_id, peer_hub_id, sequence)
);
