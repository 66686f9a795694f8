-- Version 2: the bureau that owns the file, and small per-file settings (the campaign last shown).
CREATE TABLE unit_profile (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    name TEXT NOT NULL DEFAULT '',
    region TEXT NOT NULL DEFAULT '',
    level INTEGER NOT NULL DEFAULT 0 CHECK (level BETWEEN 0 AND 2)
);
INSERT INTO unit_profile (id) VALUES (1);
CREATE TABLE file_setting (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;
