-- Version 9: every change to an activity is kept (who, when, which field, old → new), the same model
-- as the server's activity_change (resources/sql/server/002): one row per changed field, 'insert' and
-- 'delete' rows without a field, values as text. Rows name the activity by id and uuid and hold no
-- foreign key, so the history outlives a delete and continues when an undo puts the activity back
-- (same id, same uuid). Triggers write it, so every path that
-- writes activities records (editors, imports, undo, the command line). "Who" is change_author(), a
-- function each connection of the program registers with the operating-system user (Database.cpp).
-- Times are milliseconds since the epoch (UTC) like every other timestamp of the file.
-- Files upgraded to this step start their history here: what happened before was not recorded.
CREATE TABLE activity_change (
    id INTEGER PRIMARY KEY,
    activity_id INTEGER NOT NULL,
    activity_uuid TEXT NOT NULL,
    changed_by TEXT NOT NULL,
    changed_ms INTEGER NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('insert', 'update', 'delete')),
    field TEXT,
    old_value TEXT,
    new_value TEXT
);
-- Looked up by the activity's integer id, not its uuid: new activities get rising ids, so a bulk
-- insert appends to this index, where random uuids would scatter writes over all of it (a 100 000-row
-- demo took 4.6 times as long). The uuid in the row tells a later activity that reuses the id of a
-- deleted one from it; an undo puts an activity back under its own id and uuid.
CREATE INDEX activity_change_activity ON activity_change(activity_id);

-- A new activity is one 'insert' row: what it was created with is the activity itself. Imports and
-- the demo generator go through the same trigger too: an import is a change worth seeing, and a
-- generated file should behave like a real one. The cost was measured: demo of 100 000 activities
-- 4.0 → 4.6 s, of 1 000 000 37 → 44 s, file +22 %; one edit's save about +0.2 ms (of ~0.7 ms).
CREATE TRIGGER activity_history_insert AFTER INSERT ON activity
BEGIN
    INSERT INTO activity_change (activity_id, activity_uuid, changed_by, changed_ms, kind)
        VALUES (NEW.id, NEW.uuid, change_author(),
                CAST(round((julianday('now') - 2440587.5) * 86400000) AS INTEGER), 'insert');
END;

CREATE TRIGGER activity_history_delete AFTER DELETE ON activity
BEGIN
    INSERT INTO activity_change (activity_id, activity_uuid, changed_by, changed_ms, kind)
        VALUES (OLD.id, OLD.uuid, change_author(),
                CAST(round((julianday('now') - 2440587.5) * 86400000) AS INTEGER), 'delete');
END;

-- One row per field the user can change. The repository writes every column on each save, so only
-- values that differ count; created_ms and updated_ms are bookkeeping, and campaign_id is not edited
-- (an activity never moves between years). The WHEN clause keeps a save that changed nothing free.
CREATE TRIGGER activity_history_update AFTER UPDATE ON activity
WHEN OLD.pillar_id IS NOT NEW.pillar_id OR OLD.title IS NOT NEW.title
    OR OLD.description IS NOT NEW.description OR OLD.location IS NOT NEW.location
    OR OLD.lead_department_id IS NOT NEW.lead_department_id OR OLD.owner IS NOT NEW.owner
    OR OLD.phone IS NOT NEW.phone OR OLD.start_date IS NOT NEW.start_date
    OR OLD.end_date IS NOT NEW.end_date OR OLD.date_text IS NOT NEW.date_text
    OR OLD.deadline IS NOT NEW.deadline OR OLD.status IS NOT NEW.status
    OR OLD.progress IS NOT NEW.progress OR OLD.notes IS NOT NEW.notes
BEGIN
    INSERT INTO activity_change (activity_id, activity_uuid, changed_by, changed_ms, kind, field, old_value, new_value)
        SELECT NEW.id, NEW.uuid, change_author(),
               CAST(round((julianday('now') - 2440587.5) * 86400000) AS INTEGER), 'update',
               f.field, f.old_value, f.new_value
        FROM (SELECT 'pillar_id' AS field, OLD.pillar_id AS old_value, NEW.pillar_id AS new_value
              UNION ALL SELECT 'title', OLD.title, NEW.title
              UNION ALL SELECT 'description', OLD.description, NEW.description
              UNION ALL SELECT 'location', OLD.location, NEW.location
              UNION ALL SELECT 'lead_department_id', OLD.lead_department_id, NEW.lead_department_id
              UNION ALL SELECT 'owner', OLD.owner, NEW.owner
              UNION ALL SELECT 'phone', OLD.phone, NEW.phone
              UNION ALL SELECT 'start_date', OLD.start_date, NEW.start_date
              UNION ALL SELECT 'end_date', OLD.end_date, NEW.end_date
              UNION ALL SELECT 'date_text', OLD.date_text, NEW.date_text
              UNION ALL SELECT 'deadline', OLD.deadline, NEW.deadline
              UNION ALL SELECT 'status', OLD.status, NEW.status
              UNION ALL SELECT 'progress', OLD.progress, NEW.progress
              UNION ALL SELECT 'notes', OLD.notes, NEW.notes) AS f
        WHERE f.old_value IS NOT f.new_value;
END;

-- Assisting departments and figures live in their own tables; the repository changes only the rows
-- that differ, so each row written here is a real change. A department that starts or stops assisting
-- is one row (new_value or old_value its id). Rows written with a new activity (its created_ms still
-- equals updated_ms: the writer sets both, and restores keep them equal until their children are
-- back) belong to its 'insert'; rows removed with their activity (a cascade) to its 'delete'. The
-- test for a new activity is the WHEN clause, so a bulk insert does not even start the trigger body
-- (a fifth of the triggers' cost).
CREATE TRIGGER activity_assist_history_insert AFTER INSERT ON activity_assist
WHEN (SELECT created_ms <> updated_ms FROM activity WHERE id = NEW.activity_id)
BEGIN
    INSERT INTO activity_change (activity_id, activity_uuid, changed_by, changed_ms, kind, field, new_value)
        SELECT a.id, a.uuid, change_author(),
               CAST(round((julianday('now') - 2440587.5) * 86400000) AS INTEGER), 'update',
               'assisting_department_id', NEW.department_id
        FROM activity a WHERE a.id = NEW.activity_id;
END;

CREATE TRIGGER activity_assist_history_delete AFTER DELETE ON activity_assist
BEGIN
    INSERT INTO activity_change (activity_id, activity_uuid, changed_by, changed_ms, kind, field, old_value)
        SELECT a.id, a.uuid, change_author(),
               CAST(round((julianday('now') - 2440587.5) * 86400000) AS INTEGER), 'update',
               'assisting_department_id', OLD.department_id
        FROM activity a WHERE a.id = OLD.activity_id;
END;

-- A figure is two fields, 'target:<metric id>' and 'actual:<metric id>'; a value is the number as
-- text with '+' after it when approximate (the plans' 余).
CREATE TRIGGER activity_figure_history_insert AFTER INSERT ON activity_figure
WHEN (SELECT created_ms <> updated_ms FROM activity WHERE id = NEW.activity_id)
BEGIN
    INSERT INTO activity_change (activity_id, activity_uuid, changed_by, changed_ms, kind, field, new_value)
        SELECT a.id, a.uuid, change_author(),
               CAST(round((julianday('now') - 2440587.5) * 86400000) AS INTEGER), 'update',
               f.field, f.new_value
        FROM activity a,
             (SELECT 'target:' || NEW.metric_id AS field,
                     printf('%.15g', NEW.target) || iif(NEW.target_approx, '+', '') AS new_value
              WHERE NEW.target IS NOT NULL
              UNION ALL
              SELECT 'actual:' || NEW.metric_id,
                     printf('%.15g', NEW.actual) || iif(NEW.actual_approx, '+', '')
              WHERE NEW.actual IS NOT NULL) AS f
        WHERE a.id = NEW.activity_id;
END;

CREATE TRIGGER activity_figure_history_update AFTER UPDATE ON activity_figure
BEGIN
    INSERT INTO activity_change (activity_id, activity_uuid, changed_by, changed_ms, kind, field, old_value, new_value)
        SELECT a.id, a.uuid, change_author(),
               CAST(round((julianday('now') - 2440587.5) * 86400000) AS INTEGER), 'update',
               f.field, f.old_value, f.new_value
        FROM activity a,
             (SELECT 'target:' || NEW.metric_id AS field,
                     iif(OLD.target IS NULL, NULL,
                         printf('%.15g', OLD.target) || iif(OLD.target_approx, '+', '')) AS old_value,
                     iif(NEW.target IS NULL, NULL,
                         printf('%.15g', NEW.target) || iif(NEW.target_approx, '+', '')) AS new_value
              UNION ALL
              SELECT 'actual:' || NEW.metric_id,
                     iif(OLD.actual IS NULL, NULL,
                         printf('%.15g', OLD.actual) || iif(OLD.actual_approx, '+', '')),
                     iif(NEW.actual IS NULL, NULL,
                         printf('%.15g', NEW.actual) || iif(NEW.actual_approx, '+', ''))) AS f
        WHERE a.id = NEW.activity_id AND f.old_value IS NOT f.new_value;
END;

CREATE TRIGGER activity_figure_history_delete AFTER DELETE ON activity_figure
BEGIN
    INSERT INTO activity_change (activity_id, activity_uuid, changed_by, changed_ms, kind, field, old_value)
        SELECT a.id, a.uuid, change_author(),
               CAST(round((julianday('now') - 2440587.5) * 86400000) AS INTEGER), 'update',
               f.field, f.old_value
        FROM activity a,
             (SELECT 'target:' || OLD.metric_id AS field,
                     printf('%.15g', OLD.target) || iif(OLD.target_approx, '+', '') AS old_value
              WHERE OLD.target IS NOT NULL
              UNION ALL
              SELECT 'actual:' || OLD.metric_id,
                     printf('%.15g', OLD.actual) || iif(OLD.actual_approx, '+', '')
              WHERE OLD.actual IS NOT NULL) AS f
        WHERE a.id = OLD.activity_id;
END;
