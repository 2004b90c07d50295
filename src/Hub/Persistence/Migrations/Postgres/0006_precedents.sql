-- Migration 0006 (PostgreSQL): the precedents index, one row per decision of this hub, so that officers see
-- earlier decisions on the same foreign institution and programme and the centre sees recent decisions. Never
-- edit this file: a change is a new numbered migration.

-- One row per decision: the foreign institution and programme (its title, and the title as compared:
-- upper-cased, spaces collapsed) the case was about, its country, the purpose, the outcome (DecisionOutcome),
-- the reasons in short and their language, when (UTC ticks), who (DeciderKind and the officer, chair or hub)
-- and, once an appeal replaced it, the decision that did. Plain columns: the centre may read them with SQL.
-- COLLATE "C": ties on the decision instant break by code point, as SQLite orders.
CREATE TABLE exchange_precedent (
    service_id       TEXT    NOT NULL,
    decision_id      TEXT    COLLATE "C" NOT NULL,
    case_id          TEXT    NOT NULL,
    institution_id   TEXT    NOT NULL,
    institution_name TEXT    NULL,
    programme_title  TEXT    NOT NULL,
    programme_key    TEXT    NOT NULL,
    country          TEXT    NOT NULL,
    purpose          INTEGER NOT NULL,
    outcome          INTEGER NOT NULL,
    reasons          TEXT    NOT NULL,
    reasons_language TEXT    NOT NULL,
    decided_ticks    BIGINT  NOT NULL,
    decided_by       INTEGER NOT NULL,
    decider_id       TEXT    NOT NULL,
    superseded_by    TEXT    NULL,
    PRIMARY KEY (service_id, decision_id)
);
CREATE INDEX ix_exchange_precedent_institution ON exchange_precedent (service_id, institution_id, decided_ticks);
CREATE INDEX ix_exchange_precedent_decided ON exchange_precedent (service_id, decided_ticks, decision_id);
CREATE INDEX ix_exchange_precedent_case ON exchange_precedent (service_id, case_id);
