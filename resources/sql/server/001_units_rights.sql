-- Server schema 1: the units, the roles tied to them and the rights row-level security enforces.
-- Plain PostgreSQL 12+ (no extensions), so KingbaseES, openGauss and Highgo accept it too.
-- Rights live in the database: the client only ever connects as its own role, and that role owns
-- nothing, may not write units or memberships, and sees rows only through the policies below.
CREATE TABLE cp_meta (
    key text PRIMARY KEY,
    value text NOT NULL
);
CREATE TABLE unit (
    id serial PRIMARY KEY,
    name text NOT NULL UNIQUE CHECK (length(btrim(name)) > 0),
    level text NOT NULL CHECK (level IN ('county', 'prefecture', 'province')),
    parent_id integer REFERENCES unit(id),
    CHECK ((level = 'province') = (parent_id IS NULL))
);
CREATE INDEX unit_parent ON unit(parent_id);
-- One unit per login role. session_user, not current_user: a SECURITY DEFINER function runs as its
-- owner, and only a superuser can change the session user.
CREATE TABLE unit_member (
    role_name text PRIMARY KEY,
    unit_id integer NOT NULL REFERENCES unit(id)
);
CREATE FUNCTION cp_my_unit() RETURNS integer
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp
    AS $$ SELECT unit_id FROM unit_member WHERE role_name = session_user $$;
-- One's own unit and every unit below it. Policies use it as `unit_id IN (SELECT …)`, which the
-- planner evaluates once per statement, not once per row.
CREATE FUNCTION cp_readable_units() RETURNS SETOF integer
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp
    AS $$
        WITH RECURSIVE below(id) AS (
            SELECT unit_id FROM unit_member WHERE role_name = session_user
            UNION
            SELECT u.id FROM unit u JOIN below b ON u.parent_id = b.id)
        SELECT id FROM below
    $$;

-- A unit's activities. row_version counts every change, so a client can refuse an edit that lost a
-- race (UPDATE … WHERE row_version = the version it read).
CREATE TABLE activity (
    id bigserial PRIMARY KEY,
    uuid text NOT NULL UNIQUE,
    unit_id integer NOT NULL DEFAULT cp_my_unit() REFERENCES unit(id),
    title text NOT NULL CHECK (length(btrim(title)) > 0),
    description text NOT NULL DEFAULT '',
    location text NOT NULL DEFAULT '',
    owner text NOT NULL DEFAULT '',
    phone text NOT NULL DEFAULT '',
    start_date text,
    end_date text,
    deadline text,
    status integer NOT NULL DEFAULT 0 CHECK (status BETWEEN 0 AND 3),
    progress integer NOT NULL DEFAULT 0 CHECK (progress BETWEEN 0 AND 100),
    notes text NOT NULL DEFAULT '',
    created_ms bigint NOT NULL,
    updated_ms bigint NOT NULL,
    row_version bigint NOT NULL DEFAULT 1
);
CREATE INDEX activity_unit ON activity(unit_id);
CREATE FUNCTION cp_next_row_version() RETURNS trigger
    LANGUAGE plpgsql AS $$
    BEGIN
        NEW.row_version := OLD.row_version + 1;
        RETURN NEW;
    END $$;
CREATE TRIGGER activity_row_version BEFORE UPDATE ON activity
    FOR EACH ROW EXECUTE FUNCTION cp_next_row_version();

-- The group every user role belongs to. Roles are shared by all databases of a cluster, so an
-- existing one is reused.
DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'cp_user') THEN
        CREATE ROLE cp_user NOLOGIN;
    END IF;
END $$;
REVOKE ALL ON cp_meta, unit, unit_member, activity FROM PUBLIC;
GRANT SELECT ON cp_meta, unit TO cp_user;
GRANT SELECT, INSERT, UPDATE, DELETE ON activity TO cp_user;
GRANT USAGE ON SEQUENCE activity_id_seq TO cp_user;

ALTER TABLE activity ENABLE ROW LEVEL SECURITY;
-- Read: one's own unit and the units below it (a province reads all of its province).
CREATE POLICY activity_read ON activity FOR SELECT TO cp_user
    USING (unit_id IN (SELECT cp_readable_units()));
-- Write: one's own unit only, and a row cannot be moved to another unit.
CREATE POLICY activity_insert ON activity FOR INSERT TO cp_user
    WITH CHECK (unit_id = cp_my_unit());
CREATE POLICY activity_update ON activity FOR UPDATE TO cp_user
    USING (unit_id = cp_my_unit()) WITH CHECK (unit_id = cp_my_unit());
CREATE POLICY activity_delete ON activity FOR DELETE TO cp_user
    USING (unit_id = cp_my_unit());
