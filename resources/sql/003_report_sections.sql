-- Version 3: the narrative sections of each campaign's activity summary (活动总结), in the user's order.
CREATE TABLE report_section (
    id INTEGER PRIMARY KEY,
    campaign_id INTEGER NOT NULL REFERENCES campaign(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    title TEXT NOT NULL,
    body TEXT NOT NULL DEFAULT ''
);
CREATE INDEX report_section_campaign ON report_section(campaign_id, position);
