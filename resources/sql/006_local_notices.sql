-- Version 6: the provincial, prefectural or county notices that localise a campaign's national
-- notice; the implementation plan cites them next to the national one.
CREATE TABLE local_notice (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    campaign_id INTEGER NOT NULL REFERENCES campaign(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    level INTEGER NOT NULL DEFAULT 1 CHECK (level BETWEEN 1 AND 3),
    issuing_body TEXT NOT NULL DEFAULT '',
    title TEXT NOT NULL DEFAULT '',
    document_number TEXT NOT NULL DEFAULT '',
    issued_on TEXT,
    theme TEXT NOT NULL DEFAULT ''
);
CREATE INDEX local_notice_campaign ON local_notice(campaign_id, position);
