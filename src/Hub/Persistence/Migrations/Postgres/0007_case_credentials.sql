-- Migration 0007 (PostgreSQL): the case index by credential, so that a credential's issuing hub can ask this hub for
-- the recognition cases on its learners' credentials (HubFederation.ListCredentialCases). One row per case and
-- credential it is about: the credential's issuing hub and id, the case and its requesting institution (the case's
-- key in exchange_case_index). Written with the case's index row and never changed: a case only gains credentials.
-- Cases indexed before this migration get their rows at their next change. Never edit this file: a change is a new
-- numbered migration.
CREATE TABLE exchange_case_credential (
    service_id     TEXT NOT NULL,
    issuing_hub_id TEXT NOT NULL,
    credential_id  TEXT NOT NULL,
    case_id        TEXT NOT NULL,
    institution_id TEXT NOT NULL,
    PRIMARY KEY (service_id, issuing_hub_id, credential_id, case_id)
);
CREATE INDEX ix_exchange_case_credential_case ON exchange_case_credential (service_id, institution_id, case_id);
