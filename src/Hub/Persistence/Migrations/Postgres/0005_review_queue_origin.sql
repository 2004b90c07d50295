-- Migration 0005 (PostgreSQL): the review queue can be filtered by the country a case's credentials come from.
-- origin_countries holds the issuing countries of the case's credentials as ",KZ,UA," (delimited, so a filter
-- matches a whole code with LIKE '%,KZ,%'). Rows written before this migration hold NULL until the review queue
-- grain next activates and fills them from their entries. Never edit this file.
ALTER TABLE exchange_review_queue ADD COLUMN origin_countries TEXT NULL;
