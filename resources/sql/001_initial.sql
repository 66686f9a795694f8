-- Version 1: campaigns as the notice defines them, the bureau's departments and its activity plan.
-- Dates are ISO text (yyyy-MM-dd) so the file stays readable in any SQLite tool;
-- timestamps are milliseconds since the epoch (UTC) because 100 000 rows must load fast.
CREATE TABLE campaign (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    year INTEGER NOT NULL,
    title TEXT NOT NULL,
    theme TEXT NOT NULL DEFAULT '',
    document_number TEXT NOT NULL DEFAULT '',
    issuing_body TEXT NOT NULL DEFAULT '',
    issued_on TEXT,
    start_date TEXT,
    end_date TEXT,
    summary_deadline TEXT,
    recipient TEXT NOT NULL DEFAULT ''
);
CREATE TABLE pillar (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    campaign_id INTEGER NOT NULL REFERENCES campaign(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    title TEXT NOT NULL,
    short_name TEXT NOT NULL DEFAULT '',
    full_text TEXT NOT NULL DEFAULT '',
    colour TEXT NOT NULL DEFAULT ''
);
CREATE INDEX pillar_campaign ON pillar(campaign_id);
CREATE TABLE organizer (
    id INTEGER PRIMARY KEY,
    campaign_id INTEGER NOT NULL REFERENCES campaign(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    name TEXT NOT NULL,
    activities TEXT NOT NULL DEFAULT ''
);
CREATE INDEX organizer_campaign ON organizer(campaign_id);
CREATE TABLE requirement (
    id INTEGER PRIMARY KEY,
    campaign_id INTEGER NOT NULL REFERENCES campaign(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    title TEXT NOT NULL,
    text TEXT NOT NULL DEFAULT ''
);
CREATE INDEX requirement_campaign ON requirement(campaign_id);
CREATE TABLE slogan (
    id INTEGER PRIMARY KEY,
    campaign_id INTEGER NOT NULL REFERENCES campaign(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    text TEXT NOT NULL
);
CREATE INDEX slogan_campaign ON slogan(campaign_id);
CREATE TABLE metric (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    campaign_id INTEGER NOT NULL REFERENCES campaign(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    name TEXT NOT NULL,
    unit TEXT NOT NULL DEFAULT ''
);
CREATE INDEX metric_campaign ON metric(campaign_id);
CREATE TABLE department (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    position INTEGER NOT NULL,
    name TEXT NOT NULL UNIQUE,
    archived INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE activity (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    campaign_id INTEGER NOT NULL REFERENCES campaign(id) ON DELETE CASCADE,
    pillar_id INTEGER REFERENCES pillar(id) ON DELETE SET NULL,
    title TEXT NOT NULL CHECK (length(trim(title)) > 0),
    description TEXT NOT NULL DEFAULT '',
    location TEXT NOT NULL DEFAULT '',
    lead_department_id INTEGER REFERENCES department(id) ON DELETE SET NULL,
    owner TEXT NOT NULL DEFAULT '',
    phone TEXT NOT NULL DEFAULT '',
    start_date TEXT,
    end_date TEXT,
    deadline TEXT,
    status INTEGER NOT NULL DEFAULT 0 CHECK (status BETWEEN 0 AND 3),
    progress INTEGER NOT NULL DEFAULT 0 CHECK (progress BETWEEN 0 AND 100),
    notes TEXT NOT NULL DEFAULT '',
    created_ms INTEGER NOT NULL,
    updated_ms INTEGER NOT NULL
);
CREATE INDEX activity_campaign ON activity(campaign_id);
CREATE INDEX activity_pillar ON activity(pillar_id);
CREATE INDEX activity_lead ON activity(lead_department_id);
CREATE TABLE activity_assist (
    activity_id INTEGER NOT NULL REFERENCES activity(id) ON DELETE CASCADE,
    department_id INTEGER NOT NULL REFERENCES department(id) ON DELETE CASCADE,
    PRIMARY KEY (activity_id, department_id)
) WITHOUT ROWID;
CREATE INDEX activity_assist_department ON activity_assist(department_id);
CREATE TABLE activity_figure (
    activity_id INTEGER NOT NULL REFERENCES activity(id) ON DELETE CASCADE,
    metric_id INTEGER NOT NULL REFERENCES metric(id) ON DELETE CASCADE,
    target REAL,
    target_approx INTEGER NOT NULL DEFAULT 0,
    actual REAL,
    actual_approx INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (activity_id, metric_id)
) WITHOUT ROWID;
CREATE INDEX activity_figure_metric ON activity_figure(metric_id);
