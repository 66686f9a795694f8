-- Server schema 3: everything a campaign file holds, per unit, so `push` can upload a file as its
-- unit's data and `pull` can make an offline file of a unit again. Each table mirrors the file's
-- table of the same name (resources/sql/00*.sql) and adds unit_id and row_version; the server gives
-- the ids. References between rows go through (id, unit_id) pairs, so a row can only point at rows of
-- its own unit: foreign keys bypass row-level security, the composite key closes that door.
-- Not carried: file_setting (which campaign a window showed last: a per-desk view setting) and the
-- file's own change history (file step 9): the server keeps its own (step 2), which records a push.

-- The file's 本单位 profile as the unit last pushed it (the unit row keeps the server's own name).
CREATE TABLE unit_profile (
    unit_id integer PRIMARY KEY DEFAULT cp_my_unit() REFERENCES unit(id),
    name text NOT NULL DEFAULT '',
    region text NOT NULL DEFAULT '',
    level integer NOT NULL DEFAULT 0 CHECK (level BETWEEN 0 AND 2),
    row_version bigint NOT NULL DEFAULT 1
);
CREATE TABLE campaign (
    id bigserial PRIMARY KEY,
    unit_id integer NOT NULL DEFAULT cp_my_unit() REFERENCES unit(id),
    uuid text NOT NULL,
    year integer NOT NULL,
    title text NOT NULL,
    theme text NOT NULL DEFAULT '',
    document_number text NOT NULL DEFAULT '',
    issuing_body text NOT NULL DEFAULT '',
    issued_on text,
    start_date text,
    end_date text,
    summary_deadline text,
    recipient text NOT NULL DEFAULT '',
    state integer NOT NULL DEFAULT 0 CHECK (state BETWEEN 0 AND 3),
    content_complete integer NOT NULL DEFAULT 1,
    row_version bigint NOT NULL DEFAULT 1,
    UNIQUE (unit_id, uuid),
    UNIQUE (id, unit_id)
);
CREATE TABLE pillar (
    id bigserial PRIMARY KEY,
    unit_id integer NOT NULL DEFAULT cp_my_unit() REFERENCES unit(id),
    uuid text NOT NULL,
    campaign_id bigint NOT NULL,
    position integer NOT NULL,
    title text NOT NULL,
    short_name text NOT NULL DEFAULT '',
    full_text text NOT NULL DEFAULT '',
    colour text NOT NULL DEFAULT '',
    row_version bigint NOT NULL DEFAULT 1,
    UNIQUE (unit_id, uuid),
    UNIQUE (id, unit_id),
    FOREIGN KEY (campaign_id, unit_id) REFERENCES campaign(id, unit_id) ON DELETE CASCADE
);
CREATE INDEX pillar_campaign ON pillar(campaign_id);
CREATE TABLE organizer (
    id bigserial PRIMARY KEY,
    unit_id integer NOT NULL DEFAULT cp_my_unit() REFERENCES unit(id),
    campaign_id bigint NOT NULL,
    position integer NOT NULL,
    name text NOT NULL,
    activities text NOT NULL DEFAULT '',
    row_version bigint NOT NULL DEFAULT 1,
    FOREIGN KEY (campaign_id, unit_id) REFERENCES campaign(id, unit_id) ON DELETE CASCADE
);
CREATE INDEX organizer_campaign ON organizer(campaign_id);
CREATE TABLE requirement (
    id bigserial PRIMARY KEY,
    unit_id integer NOT NULL DEFAULT cp_my_unit() REFERENCES unit(id),
    campaign_id bigint NOT NULL,
    position integer NOT NULL,
    title text NOT NULL,
    text text NOT NULL DEFAULT '',
    row_version bigint NOT NULL DEFAULT 1,
    FOREIGN KEY (campaign_id, unit_id) REFERENCES campaign(id, unit_id) ON DELETE CASCADE
);
CREATE INDEX requirement_campaign ON requirement(campaign_id);
CREATE TABLE slogan (
    id bigserial PRIMARY KEY,
    unit_id integer NOT NULL DEFAULT cp_my_unit() REFERENCES unit(id),
    campaign_id bigint NOT NULL,
    position integer NOT NULL,
    text text NOT NULL,
    row_version bigint NOT NULL DEFAULT 1,
    FOREIGN KEY (campaign_id, unit_id) REFERENCES campaign(id, unit_id) ON DELETE CASCADE
);
CREATE INDEX slogan_campaign ON slogan(campaign_id);
CREATE TABLE metric (
    id bigserial PRIMARY KEY,
    unit_id integer NOT NULL DEFAULT cp_my_unit() REFERENCES unit(id),
    uuid text NOT NULL,
    campaign_id bigint NOT NULL,
    position integer NOT NULL,
    name text NOT NULL,
    unit text NOT NULL DEFAULT '',
    row_version bigint NOT NULL DEFAULT 1,
    UNIQUE (unit_id, uuid),
    UNIQUE (id, unit_id),
    FOREIGN KEY (campaign_id, unit_id) REFERENCES campaign(id, unit_id) ON DELETE CASCADE
);
CREATE INDEX metric_campaign ON metric(campaign_id);
CREATE TABLE department (
    id bigserial PRIMARY KEY,
    unit_id integer NOT NULL DEFAULT cp_my_unit() REFERENCES unit(id),
    uuid text NOT NULL,
    position integer NOT NULL,
    name text NOT NULL,
    archived integer NOT NULL DEFAULT 0,
    row_version bigint NOT NULL DEFAULT 1,
    UNIQUE (unit_id, uuid),
    UNIQUE (unit_id, name),
    UNIQUE (id, unit_id)
);

-- The activity columns step 1 left out. campaign_id stays nullable for rows written before this
-- step; `pull` takes only activities with a campaign. A uuid is unique within its unit: two units may
-- start from the same file, and a global key would tell one unit which uuids another has.
ALTER TABLE activity ADD COLUMN campaign_id bigint;
ALTER TABLE activity ADD COLUMN pillar_id bigint;
ALTER TABLE activity ADD COLUMN lead_department_id bigint;
ALTER TABLE activity ADD COLUMN date_text text NOT NULL DEFAULT '';
ALTER TABLE activity DROP CONSTRAINT activity_uuid_key;
ALTER TABLE activity ADD UNIQUE (unit_id, uuid);
ALTER TABLE activity ADD UNIQUE (id, unit_id);
-- Deleting a pillar or department still used by an activity is refused (NO ACTION): the file's
-- SET NULL would need PostgreSQL 15's column list to keep unit_id; a client clears the references
-- first, as the file's removal does in the same transaction.
ALTER TABLE activity ADD FOREIGN KEY (campaign_id, unit_id) REFERENCES campaign(id, unit_id) ON DELETE CASCADE;
ALTER TABLE activity ADD FOREIGN KEY (pillar_id, unit_id) REFERENCES pillar(id, unit_id);
ALTER TABLE activity ADD FOREIGN KEY (lead_department_id, unit_id) REFERENCES department(id, unit_id);
CREATE INDEX activity_campaign ON activity(campaign_id);
CREATE INDEX activity_pillar ON activity(pillar_id);
CREATE INDEX activity_lead ON activity(lead_department_id);

CREATE TABLE activity_assist (
    unit_id integer NOT NULL DEFAULT cp_my_unit() REFERENCES unit(id),
    activity_id bigint NOT NULL,
    department_id bigint NOT NULL,
    row_version bigint NOT NULL DEFAULT 1,
    PRIMARY KEY (activity_id, department_id),
    FOREIGN KEY (activity_id, unit_id) REFERENCES activity(id, unit_id) ON DELETE CASCADE,
    FOREIGN KEY (department_id, unit_id) REFERENCES department(id, unit_id) ON DELETE CASCADE
);
CREATE INDEX activity_assist_department ON activity_assist(department_id);
CREATE TABLE activity_figure (
    unit_id integer NOT NULL DEFAULT cp_my_unit() REFERENCES unit(id),
    activity_id bigint NOT NULL,
    metric_id bigint NOT NULL,
    target double precision,
    target_approx integer NOT NULL DEFAULT 0,
    actual double precision,
    actual_approx integer NOT NULL DEFAULT 0,
    row_version bigint NOT NULL DEFAULT 1,
    PRIMARY KEY (activity_id, metric_id),
    FOREIGN KEY (activity_id, unit_id) REFERENCES activity(id, unit_id) ON DELETE CASCADE,
    FOREIGN KEY (metric_id, unit_id) REFERENCES metric(id, unit_id) ON DELETE CASCADE
);
CREATE INDEX activity_figure_metric ON activity_figure(metric_id);
CREATE TABLE report_section (
    id bigserial PRIMARY KEY,
    unit_id integer NOT NULL DEFAULT cp_my_unit() REFERENCES unit(id),
    campaign_id bigint NOT NULL,
    position integer NOT NULL,
    title text NOT NULL,
    body text NOT NULL DEFAULT '',
    row_version bigint NOT NULL DEFAULT 1,
    FOREIGN KEY (campaign_id, unit_id) REFERENCES campaign(id, unit_id) ON DELETE CASCADE
);
CREATE INDEX report_section_campaign ON report_section(campaign_id, position);
CREATE TABLE local_notice (
    id bigserial PRIMARY KEY,
    unit_id integer NOT NULL DEFAULT cp_my_unit() REFERENCES unit(id),
    uuid text NOT NULL,
    campaign_id bigint NOT NULL,
    position integer NOT NULL,
    level integer NOT NULL DEFAULT 1 CHECK (level BETWEEN 1 AND 3),
    issuing_body text NOT NULL DEFAULT '',
    title text NOT NULL DEFAULT '',
    document_number text NOT NULL DEFAULT '',
    issued_on text,
    theme text NOT NULL DEFAULT '',
    row_version bigint NOT NULL DEFAULT 1,
    UNIQUE (unit_id, uuid),
    FOREIGN KEY (campaign_id, unit_id) REFERENCES campaign(id, unit_id) ON DELETE CASCADE
);
CREATE INDEX local_notice_campaign ON local_notice(campaign_id, position);
CREATE TABLE bulletin (
    activity_id bigint PRIMARY KEY,
    unit_id integer NOT NULL DEFAULT cp_my_unit() REFERENCES unit(id),
    text text NOT NULL,
    updated_ms bigint NOT NULL,
    row_version bigint NOT NULL DEFAULT 1,
    FOREIGN KEY (activity_id, unit_id) REFERENCES activity(id, unit_id) ON DELETE CASCADE
);

-- Evidence content, one row per distinct file of a unit, named by its SHA-256 as in the file's media
-- folder, and its bytes in pieces of a few MiB (evidence_chunk): a bytea value is read and written
-- whole and may not exceed 1 GB, so a video in one value would need its size in memory several times
-- over, or not fit at all. The server checks every piece against its own SHA-256 and, at commit, that
-- a file's pieces are all there and add up to its size; the file's SHA-256 (its name) is computed by
-- the client as it streams the pieces, on upload and again on download.
CREATE TABLE evidence_blob (
    unit_id integer NOT NULL DEFAULT cp_my_unit() REFERENCES unit(id),
    sha256 text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
    size bigint NOT NULL CHECK (size >= 0),
    chunks integer NOT NULL CHECK (chunks >= 0),
    row_version bigint NOT NULL DEFAULT 1,
    PRIMARY KEY (unit_id, sha256)
);
CREATE TABLE evidence_chunk (
    unit_id integer NOT NULL DEFAULT cp_my_unit(),
    sha256 text NOT NULL,
    seq integer NOT NULL CHECK (seq >= 0),
    bytes bytea NOT NULL,
    chunk_sha256 text NOT NULL CHECK (chunk_sha256 = encode(sha256(bytes), 'hex')),
    row_version bigint NOT NULL DEFAULT 1,
    PRIMARY KEY (unit_id, sha256, seq),
    FOREIGN KEY (unit_id, sha256) REFERENCES evidence_blob(unit_id, sha256) ON DELETE CASCADE
);
-- Photos, videos and office documents are compressed already: stored out of line as they are, the
-- server does not spend time trying to compress them again.
ALTER TABLE evidence_chunk ALTER COLUMN bytes SET STORAGE EXTERNAL;
CREATE FUNCTION cp_check_evidence_complete() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
    DECLARE
        pieces integer;
        total bigint;
        last integer;
    BEGIN
        IF NOT EXISTS (SELECT 1 FROM evidence_blob WHERE unit_id = NEW.unit_id AND sha256 = NEW.sha256) THEN
            RETURN NULL; -- removed again in the same transaction
        END IF;
        SELECT count(*), coalesce(sum(octet_length(bytes)), 0), coalesce(max(seq), -1)
            INTO pieces, total, last
            FROM evidence_chunk WHERE unit_id = NEW.unit_id AND sha256 = NEW.sha256;
        IF pieces <> NEW.chunks OR last <> NEW.chunks - 1 OR total <> NEW.size THEN
            RAISE EXCEPTION 'evidence % is incomplete: % of % pieces, % of % bytes',
                left(NEW.sha256, 12), pieces, NEW.chunks, total, NEW.size
                USING ERRCODE = 'integrity_constraint_violation';
        END IF;
        RETURN NULL;
    END $$;
CREATE CONSTRAINT TRIGGER evidence_blob_complete AFTER INSERT OR UPDATE ON evidence_blob
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION cp_check_evidence_complete();
CREATE TABLE attachment (
    id bigserial PRIMARY KEY,
    unit_id integer NOT NULL DEFAULT cp_my_unit() REFERENCES unit(id),
    uuid text NOT NULL,
    activity_id bigint NOT NULL,
    sha256 text NOT NULL,
    kind integer NOT NULL CHECK (kind BETWEEN 0 AND 2),
    file_name text NOT NULL,
    size bigint NOT NULL,
    caption text NOT NULL DEFAULT '',
    taken_ms bigint,
    added_by text NOT NULL DEFAULT '',
    added_ms bigint NOT NULL,
    chosen integer NOT NULL DEFAULT 1,
    in_report integer NOT NULL DEFAULT 0,
    row_version bigint NOT NULL DEFAULT 1,
    UNIQUE (unit_id, uuid),
    FOREIGN KEY (activity_id, unit_id) REFERENCES activity(id, unit_id) ON DELETE CASCADE,
    FOREIGN KEY (unit_id, sha256) REFERENCES evidence_blob(unit_id, sha256)
);
CREATE INDEX attachment_activity ON attachment(activity_id);
CREATE INDEX attachment_sha256 ON attachment(unit_id, sha256);

-- What the unit imported from its subordinate units' report packages (units that stay offline).
CREATE TABLE sub_unit (
    id bigserial PRIMARY KEY,
    unit_id integer NOT NULL DEFAULT cp_my_unit() REFERENCES unit(id),
    uuid text NOT NULL,
    name text NOT NULL,
    region text NOT NULL DEFAULT '',
    level integer NOT NULL DEFAULT 0,
    campaign_year integer NOT NULL DEFAULT 0,
    campaign_title text NOT NULL DEFAULT '',
    package_ms bigint NOT NULL,
    imported_ms bigint NOT NULL,
    figures text NOT NULL DEFAULT '{}',
    row_version bigint NOT NULL DEFAULT 1,
    UNIQUE (unit_id, uuid),
    UNIQUE (id, unit_id)
);
-- The file's sub_activity.unit_id (its sub_unit) is sub_unit_id here: unit_id is the owner.
CREATE TABLE sub_activity (
    id bigserial PRIMARY KEY,
    unit_id integer NOT NULL DEFAULT cp_my_unit() REFERENCES unit(id),
    sub_unit_id bigint NOT NULL,
    uuid text NOT NULL,
    pillar text NOT NULL DEFAULT '',
    title text NOT NULL,
    lead_department text NOT NULL DEFAULT '',
    start_date text,
    end_date text,
    status integer NOT NULL DEFAULT 0,
    progress integer NOT NULL DEFAULT 0,
    updated_ms bigint NOT NULL DEFAULT 0,
    row_version bigint NOT NULL DEFAULT 1,
    UNIQUE (sub_unit_id, uuid),
    UNIQUE (id, unit_id),
    FOREIGN KEY (sub_unit_id, unit_id) REFERENCES sub_unit(id, unit_id) ON DELETE CASCADE
);
CREATE TABLE sub_evidence (
    id bigserial PRIMARY KEY,
    unit_id integer NOT NULL DEFAULT cp_my_unit() REFERENCES unit(id),
    activity_id bigint NOT NULL,
    sha256 text NOT NULL,
    kind integer NOT NULL DEFAULT 0,
    file_name text NOT NULL,
    caption text NOT NULL DEFAULT '',
    taken_ms bigint,
    row_version bigint NOT NULL DEFAULT 1,
    FOREIGN KEY (activity_id, unit_id) REFERENCES sub_activity(id, unit_id) ON DELETE CASCADE,
    FOREIGN KEY (unit_id, sha256) REFERENCES evidence_blob(unit_id, sha256)
);
CREATE INDEX sub_evidence_activity ON sub_evidence(activity_id);

-- The same rights as activity on every table: read one's own unit and the units below it, write
-- one's own unit only; row_version counts every change. (SELECT cp_my_unit()) rather than the bare
-- call: a scalar subquery is evaluated once per statement, the call once per row (a push inserts
-- 100 000 rows in a few dozen statements). activity's own write policies get the same form.
ALTER POLICY activity_insert ON activity WITH CHECK (unit_id = (SELECT cp_my_unit()));
ALTER POLICY activity_update ON activity
    USING (unit_id = (SELECT cp_my_unit())) WITH CHECK (unit_id = (SELECT cp_my_unit()));
ALTER POLICY activity_delete ON activity USING (unit_id = (SELECT cp_my_unit()));
DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['unit_profile', 'campaign', 'pillar', 'organizer', 'requirement', 'slogan',
                             'metric', 'department', 'activity_assist', 'activity_figure',
                             'report_section', 'local_notice', 'bulletin', 'evidence_blob', 'evidence_chunk',
                             'attachment',
                             'sub_unit', 'sub_activity', 'sub_evidence']
    LOOP
        EXECUTE format('REVOKE ALL ON %I FROM PUBLIC', t);
        EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON %I TO cp_user', t);
        EXECUTE format('CREATE TRIGGER %I BEFORE UPDATE ON %I '
                       'FOR EACH ROW EXECUTE FUNCTION cp_next_row_version()', t || '_row_version', t);
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format('CREATE POLICY %I ON %I FOR SELECT TO cp_user '
                       'USING (unit_id IN (SELECT cp_readable_units()))', t || '_read', t);
        EXECUTE format('CREATE POLICY %I ON %I FOR INSERT TO cp_user '
                       'WITH CHECK (unit_id = (SELECT cp_my_unit()))', t || '_insert', t);
        EXECUTE format('CREATE POLICY %I ON %I FOR UPDATE TO cp_user '
                       'USING (unit_id = (SELECT cp_my_unit())) WITH CHECK (unit_id = (SELECT cp_my_unit()))', t || '_update', t);
        EXECUTE format('CREATE POLICY %I ON %I FOR DELETE TO cp_user '
                       'USING (unit_id = (SELECT cp_my_unit()))', t || '_delete', t);
    END LOOP;
END $$;
GRANT USAGE ON SEQUENCE campaign_id_seq, pillar_id_seq, organizer_id_seq, requirement_id_seq, slogan_id_seq,
    metric_id_seq, department_id_seq, report_section_id_seq, local_notice_id_seq, attachment_id_seq,
    sub_unit_id_seq, sub_activity_id_seq, sub_evidence_id_seq TO cp_user;

-- The history of inserted and deleted activities is written once per statement from its transition
-- table, not once per row: a push deletes and inserts a whole unit's activities, and the per-row
-- trigger of step 2 spent longer on that than the rows themselves. Changes to a row (one history
-- row per field) stay with the per-row function. One notification per unit and statement, as before
-- (notifications within a transaction are folded anyway).
CREATE FUNCTION cp_record_activity_rows() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
    DECLARE
        changed_unit integer;
    BEGIN
        IF TG_OP = 'INSERT' THEN
            INSERT INTO activity_change (activity_uuid, unit_id, changed_by, kind)
                SELECT uuid, unit_id, session_user, 'insert' FROM new_rows ORDER BY id;
            FOR changed_unit IN SELECT DISTINCT unit_id FROM new_rows LOOP
                PERFORM pg_notify('cp_changes', changed_unit::text);
            END LOOP;
        ELSE
            INSERT INTO activity_change (activity_uuid, unit_id, changed_by, kind)
                SELECT uuid, unit_id, session_user, 'delete' FROM old_rows ORDER BY id;
            FOR changed_unit IN SELECT DISTINCT unit_id FROM old_rows LOOP
                PERFORM pg_notify('cp_changes', changed_unit::text);
            END LOOP;
        END IF;
        RETURN NULL;
    END $$;
DROP TRIGGER activity_history ON activity;
CREATE TRIGGER activity_history AFTER UPDATE ON activity
    FOR EACH ROW EXECUTE FUNCTION cp_record_activity_change();
CREATE TRIGGER activity_history_insert AFTER INSERT ON activity
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION cp_record_activity_rows();
CREATE TRIGGER activity_history_delete AFTER DELETE ON activity
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION cp_record_activity_rows();
