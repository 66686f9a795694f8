-- Server schema 2: every change to an activity is kept (who, when, which field, old → new) and
-- announced on the channel cp_changes so other clients refresh.
-- The trigger function runs as the schema's owner: users cannot write the history themselves, and
-- they read it under the same rule as the activities (their own unit and the units below it).
CREATE TABLE activity_change (
    id bigserial PRIMARY KEY,
    activity_uuid text NOT NULL,
    unit_id integer NOT NULL REFERENCES unit(id),
    changed_by text NOT NULL,
    changed_at timestamptz NOT NULL DEFAULT clock_timestamp(),
    kind text NOT NULL CHECK (kind IN ('insert', 'update', 'delete')),
    field text,
    old_value text,
    new_value text
);
CREATE INDEX activity_change_activity ON activity_change(activity_uuid);
CREATE INDEX activity_change_unit ON activity_change(unit_id);

CREATE FUNCTION cp_record_activity_change() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
    DECLARE
        changed_unit integer;
    BEGIN
        IF TG_OP = 'INSERT' THEN
            INSERT INTO activity_change (activity_uuid, unit_id, changed_by, kind)
                VALUES (NEW.uuid, NEW.unit_id, session_user, 'insert');
            changed_unit := NEW.unit_id;
        ELSIF TG_OP = 'DELETE' THEN
            INSERT INTO activity_change (activity_uuid, unit_id, changed_by, kind)
                VALUES (OLD.uuid, OLD.unit_id, session_user, 'delete');
            changed_unit := OLD.unit_id;
        ELSE
            -- One row per field that changed; the bookkeeping columns are not the user's edit.
            INSERT INTO activity_change (activity_uuid, unit_id, changed_by, kind, field, old_value, new_value)
                SELECT NEW.uuid, NEW.unit_id, session_user, 'update', o.key, o.value, n.value
                FROM jsonb_each_text(to_jsonb(OLD)) o
                JOIN jsonb_each_text(to_jsonb(NEW)) n ON n.key = o.key
                WHERE o.value IS DISTINCT FROM n.value
                  AND o.key NOT IN ('row_version', 'updated_ms');
            changed_unit := NEW.unit_id;
        END IF;
        -- Only the unit's number: anyone may LISTEN, so the payload must not tell more than that.
        PERFORM pg_notify('cp_changes', changed_unit::text);
        RETURN NULL;
    END $$;
CREATE TRIGGER activity_history AFTER INSERT OR UPDATE OR DELETE ON activity
    FOR EACH ROW EXECUTE FUNCTION cp_record_activity_change();

REVOKE ALL ON activity_change FROM PUBLIC;
GRANT SELECT ON activity_change TO cp_user;
ALTER TABLE activity_change ENABLE ROW LEVEL SECURITY;
CREATE POLICY activity_change_read ON activity_change FOR SELECT TO cp_user
    USING (unit_id IN (SELECT cp_readable_units()));
