-- Version 4: evidence (佐证材料) attached to activities, and packages imported from subordinate units.
-- The files themselves live in the content-addressed media store next to the campaign file
-- (<file>-media/ab/<sha256>); rows only name them by SHA-256, so identical content is stored once.
CREATE TABLE attachment (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    activity_id INTEGER NOT NULL REFERENCES activity(id) ON DELETE CASCADE,
    sha256 TEXT NOT NULL,
    kind INTEGER NOT NULL CHECK (kind BETWEEN 0 AND 2),
    file_name TEXT NOT NULL,
    size INTEGER NOT NULL,
    caption TEXT NOT NULL DEFAULT '',
    taken_ms INTEGER,
    added_by TEXT NOT NULL DEFAULT '',
    added_ms INTEGER NOT NULL,
    chosen INTEGER NOT NULL DEFAULT 1,
    in_report INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX attachment_activity ON attachment(activity_id);
CREATE INDEX attachment_sha256 ON attachment(sha256);
CREATE TABLE sub_unit (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    region TEXT NOT NULL DEFAULT '',
    level INTEGER NOT NULL DEFAULT 0,
    campaign_year INTEGER NOT NULL DEFAULT 0,
    campaign_title TEXT NOT NULL DEFAULT '',
    package_ms INTEGER NOT NULL,
    imported_ms INTEGER NOT NULL,
    figures TEXT NOT NULL DEFAULT '{}'
);
CREATE TABLE sub_activity (
    id INTEGER PRIMARY KEY,
    unit_id INTEGER NOT NULL REFERENCES sub_unit(id) ON DELETE CASCADE,
    uuid TEXT NOT NULL,
    pillar TEXT NOT NULL DEFAULT '',
    title TEXT NOT NULL,
    lead_department TEXT NOT NULL DEFAULT '',
    start_date TEXT,
    end_date TEXT,
    status INTEGER NOT NULL DEFAULT 0,
    progress INTEGER NOT NULL DEFAULT 0,
    updated_ms INTEGER NOT NULL DEFAULT 0,
    UNIQUE (unit_id, uuid)
);
CREATE TABLE sub_evidence (
    id INTEGER PRIMARY KEY,
    activity_id INTEGER NOT NULL REFERENCES sub_activity(id) ON DELETE CASCADE,
    sha256 TEXT NOT NULL,
    kind INTEGER NOT NULL DEFAULT 0,
    file_name TEXT NOT NULL,
    caption TEXT NOT NULL DEFAULT '',
    taken_ms INTEGER
);
CREATE INDEX sub_evidence_activity ON sub_evidence(activity_id);
