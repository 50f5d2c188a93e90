-- 006: the review workspace (models/ReviewRecords.h). An inspector's decision on a finding and the
-- fields they own (responsible unit, rectification deadline and status, note, dismissal reason)
-- live on the finding, with a version for optimistic concurrency: a change is saved only if the
-- finding is still at the version the inspector saw (two inspectors on one PostgreSQL store).
-- Every change is appended to finding_history, which no program may update or delete (triggers).

ALTER TABLE findings ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE findings ADD COLUMN unit_id BIGINT REFERENCES units(id) ON DELETE SET NULL;
-- ISO date or NULL.
ALTER TABLE findings ADD COLUMN deadline TEXT;
-- open 待整改 → notified 已通知 → fixed 已整改 → verified 已复核.
ALTER TABLE findings ADD COLUMN rectification TEXT NOT NULL DEFAULT 'open' CHECK (rectification IN ('open', 'notified', 'fixed', 'verified'));
ALTER TABLE findings ADD COLUMN note TEXT NOT NULL DEFAULT '';
ALTER TABLE findings ADD COLUMN dismiss_reason TEXT NOT NULL DEFAULT '';
ALTER TABLE findings ADD COLUMN reviewed_by TEXT NOT NULL DEFAULT '';
ALTER TABLE findings ADD COLUMN reviewed_at TEXT;
CREATE INDEX findings_unit ON findings (unit_id);

-- before_values / after_values: JSON objects of the fields the entry changed. finding_id has no
-- foreign key on purpose: the history outlives a finding a later run prunes, and a cascading
-- delete would be refused by the trigger below. version is the finding's version after the entry.
CREATE TABLE finding_history (
    id @PK@,
    finding_id BIGINT NOT NULL,
    at TEXT NOT NULL,
    actor TEXT NOT NULL DEFAULT '',
    action TEXT NOT NULL CHECK (action IN ('change', 'undo', 'manual', 'promote', 'screenshot')),
    before_values TEXT NOT NULL DEFAULT '{}',
    after_values TEXT NOT NULL DEFAULT '{}',
    reason TEXT NOT NULL DEFAULT '',
    undo_of BIGINT REFERENCES finding_history(id),
    version INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX finding_history_finding ON finding_history (finding_id, id);
CREATE INDEX finding_history_undo ON finding_history (undo_of);

@SQLITE@CREATE TRIGGER finding_history_no_update BEFORE UPDATE ON finding_history FOR EACH ROW BEGIN SELECT RAISE(ABORT, 'finding history is append-only: it cannot be changed'); END;
@SQLITE@CREATE TRIGGER finding_history_no_delete BEFORE DELETE ON finding_history FOR EACH ROW BEGIN SELECT RAISE(ABORT, 'finding history is append-only: it cannot be deleted'); END;
@PG@CREATE FUNCTION finding_history_guard() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN IF TG_OP = 'DELETE' THEN RAISE EXCEPTION 'finding history is append-only: it cannot be deleted'; END IF; RAISE EXCEPTION 'finding history is append-only: it cannot be changed'; END $$;
@PG@CREATE TRIGGER finding_history_immutable BEFORE UPDATE OR DELETE ON finding_history FOR EACH ROW EXECUTE FUNCTION finding_history_guard();
-- TRUNCATE bypasses row triggers on PostgreSQL.
@PG@CREATE TRIGGER finding_history_no_truncate BEFORE TRUNCATE ON finding_history FOR EACH STATEMENT EXECUTE FUNCTION finding_history_guard();

-- Screenshots kept as evidence: with a finding, or (finding_id NULL) for a checklist entry.
-- region: JSON {"x","y","width","height"} in page pixels, '' for the whole page. warc_*: the WARC
-- resource record the screenshot was also written as, when the store has an evidence folder.
CREATE TABLE finding_screenshots (
    id @PK@,
    finding_id BIGINT REFERENCES findings(id) ON DELETE CASCADE,
    png @BLOB@ NOT NULL,
    region TEXT NOT NULL DEFAULT '',
    page_url TEXT NOT NULL DEFAULT '',
    pane TEXT NOT NULL DEFAULT 'captured' CHECK (pane IN ('captured', 'live', 'previous')),
    warc_file TEXT NOT NULL DEFAULT '',
    warc_offset BIGINT NOT NULL DEFAULT 0,
    warc_length BIGINT NOT NULL DEFAULT 0,
    warc_record_id TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    actor TEXT NOT NULL DEFAULT ''
);
CREATE INDEX finding_screenshots_finding ON finding_screenshots (finding_id);

-- A person's result for an indicator only a person can judge (or a second look at an automatic
-- one), per round and object. version: the same optimistic concurrency as findings.
CREATE TABLE checklist_entries (
    id @PK@,
    round_id TEXT NOT NULL REFERENCES rounds(id) ON DELETE CASCADE,
    object_type TEXT NOT NULL CHECK (object_type IN ('site', 'account')),
    object_id BIGINT NOT NULL,
    indicator TEXT NOT NULL,
    result TEXT NOT NULL DEFAULT 'undecided' CHECK (result IN ('pass', 'fail', 'na', 'undecided')),
    note TEXT NOT NULL DEFAULT '',
    screenshot_id BIGINT REFERENCES finding_screenshots(id) ON DELETE SET NULL,
    actor TEXT NOT NULL DEFAULT '',
    updated_at TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1,
    UNIQUE (round_id, object_type, object_id, indicator)
);
