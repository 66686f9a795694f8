-- Server schema 4: the history of assisting departments and figures, kept as the file keeps it (file
-- schema step 9), so one reader and one view serve both. A department that starts or stops assisting
-- is one row ('assisting_department_id', its id as new or old value); a figure is two fields,
-- 'target:<metric id>' and 'actual:<metric id>', its value the number as text with '+' after it when
-- approximate (the plans' 余). Rows written in the transaction that created their activity belong to
-- its 'insert' (the file tells them apart by created_ms = updated_ms; here the server's own transaction
-- id does, which no client can set); rows removed with their activity (the cascade) find no activity
-- and belong to its 'delete'. Statement-level triggers over transition tables: a push writes a unit's
-- rows in bulk. txid_current() rather than pg_current_xact_id(): PostgreSQL 12 and its derivatives.

-- Which transaction wrote each history row (existing rows: unknown).
ALTER TABLE activity_change ADD COLUMN xact bigint;
ALTER TABLE activity_change ALTER COLUMN xact SET DEFAULT txid_current();
CREATE INDEX activity_change_xact ON activity_change(xact);

-- The activities created in the current transaction.
CREATE FUNCTION cp_created_now() RETURNS SETOF text
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
    SELECT activity_uuid FROM activity_change WHERE xact = txid_current() AND kind = 'insert' $$;

CREATE FUNCTION cp_figure_text(v double precision, approx integer) RETURNS text
    LANGUAGE sql IMMUTABLE AS $$ SELECT v::text || CASE WHEN approx <> 0 THEN '+' ELSE '' END $$;

CREATE FUNCTION cp_notify_units(units integer[]) RETURNS void
    LANGUAGE plpgsql AS $$
    DECLARE
        changed_unit integer;
    BEGIN
        FOR changed_unit IN SELECT DISTINCT u FROM unnest(units) AS u LOOP
            PERFORM pg_notify('cp_changes', changed_unit::text);
        END LOOP;
    END $$;

CREATE FUNCTION cp_record_assist_rows() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
    BEGIN
        IF TG_OP = 'INSERT' THEN
            INSERT INTO activity_change (activity_uuid, unit_id, changed_by, kind, field, new_value)
                SELECT a.uuid, a.unit_id, session_user, 'update', 'assisting_department_id', n.department_id::text
                FROM new_rows n JOIN activity a ON a.id = n.activity_id AND a.unit_id = n.unit_id
                WHERE a.uuid NOT IN (SELECT cp_created_now())
                ORDER BY n.activity_id, n.department_id;
            PERFORM cp_notify_units(ARRAY(SELECT unit_id FROM new_rows));
        ELSE
            INSERT INTO activity_change (activity_uuid, unit_id, changed_by, kind, field, old_value)
                SELECT a.uuid, a.unit_id, session_user, 'update', 'assisting_department_id', o.department_id::text
                FROM old_rows o JOIN activity a ON a.id = o.activity_id AND a.unit_id = o.unit_id
                ORDER BY o.activity_id, o.department_id;
            PERFORM cp_notify_units(ARRAY(SELECT unit_id FROM old_rows));
        END IF;
        RETURN NULL;
    END $$;
CREATE TRIGGER activity_assist_history_insert AFTER INSERT ON activity_assist
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION cp_record_assist_rows();
CREATE TRIGGER activity_assist_history_delete AFTER DELETE ON activity_assist
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION cp_record_assist_rows();

CREATE FUNCTION cp_record_figure_rows() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
    BEGIN
        IF TG_OP = 'INSERT' THEN
            INSERT INTO activity_change (activity_uuid, unit_id, changed_by, kind, field, new_value)
                SELECT a.uuid, a.unit_id, session_user, 'update', f.field, f.value
                FROM new_rows n JOIN activity a ON a.id = n.activity_id AND a.unit_id = n.unit_id
                CROSS JOIN LATERAL (VALUES (1, 'target:' || n.metric_id, cp_figure_text(n.target, n.target_approx)),
                                           (2, 'actual:' || n.metric_id, cp_figure_text(n.actual, n.actual_approx)))
                    AS f(k, field, value)
                WHERE f.value IS NOT NULL AND a.uuid NOT IN (SELECT cp_created_now())
                ORDER BY n.activity_id, n.metric_id, f.k;
            PERFORM cp_notify_units(ARRAY(SELECT unit_id FROM new_rows));
        ELSIF TG_OP = 'UPDATE' THEN
            INSERT INTO activity_change (activity_uuid, unit_id, changed_by, kind, field, old_value, new_value)
                SELECT a.uuid, a.unit_id, session_user, 'update', f.field, f.old_value, f.new_value
                FROM new_rows n
                JOIN old_rows o ON o.activity_id = n.activity_id AND o.metric_id = n.metric_id
                JOIN activity a ON a.id = n.activity_id AND a.unit_id = n.unit_id
                CROSS JOIN LATERAL (VALUES (1, 'target:' || n.metric_id, cp_figure_text(o.target, o.target_approx),
                                            cp_figure_text(n.target, n.target_approx)),
                                           (2, 'actual:' || n.metric_id, cp_figure_text(o.actual, o.actual_approx),
                                            cp_figure_text(n.actual, n.actual_approx)))
                    AS f(k, field, old_value, new_value)
                WHERE f.old_value IS DISTINCT FROM f.new_value
                ORDER BY n.activity_id, n.metric_id, f.k;
            PERFORM cp_notify_units(ARRAY(SELECT unit_id FROM new_rows));
        ELSE
            INSERT INTO activity_change (activity_uuid, unit_id, changed_by, kind, field, old_value)
                SELECT a.uuid, a.unit_id, session_user, 'update', f.field, f.value
                FROM old_rows o JOIN activity a ON a.id = o.activity_id AND a.unit_id = o.unit_id
                CROSS JOIN LATERAL (VALUES (1, 'target:' || o.metric_id, cp_figure_text(o.target, o.target_approx)),
                                           (2, 'actual:' || o.metric_id, cp_figure_text(o.actual, o.actual_approx)))
                    AS f(k, field, value)
                WHERE f.value IS NOT NULL
                ORDER BY o.activity_id, o.metric_id, f.k;
            PERFORM cp_notify_units(ARRAY(SELECT unit_id FROM old_rows));
        END IF;
        RETURN NULL;
    END $$;
CREATE TRIGGER activity_figure_history_insert AFTER INSERT ON activity_figure
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION cp_record_figure_rows();
CREATE TRIGGER activity_figure_history_update AFTER UPDATE ON activity_figure
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION cp_record_figure_rows();
CREATE TRIGGER activity_figure_history_delete AFTER DELETE ON activity_figure
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION cp_record_figure_rows();
