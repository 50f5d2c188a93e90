-- 005: bulletins (通报) and their 发文字号 sequences.
-- A bulletin is a draft until it is finalised: then its signed PDF, the PDF's SHA-256 and the
-- signer are stored and the row never changes again, except final → retracted (state, time and
-- reason only). A correction is a new version: a new row whose supersedes_id names the old one.
-- The trigger enforces this for every program that writes the database, not only ours.
-- document is the content (BulletinDocument) as JSON. @BLOB@ is the dialect's byte string.

CREATE TABLE bulletins (
    id @PK@,
    round_id TEXT REFERENCES rounds(id) ON DELETE RESTRICT,
    version INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1),
    state TEXT NOT NULL DEFAULT 'draft' CHECK (state IN ('draft', 'final', 'retracted')),
    document_number TEXT NOT NULL DEFAULT '',
    number_template TEXT NOT NULL DEFAULT '',
    title TEXT NOT NULL DEFAULT '',
    document TEXT NOT NULL DEFAULT '{}',
    created_at TEXT NOT NULL,
    finalized_at TEXT,
    pdf @BLOB@,
    sha256 TEXT NOT NULL DEFAULT '',
    signer TEXT NOT NULL DEFAULT '',
    retracted_at TEXT,
    retract_reason TEXT NOT NULL DEFAULT '',
    supersedes_id BIGINT REFERENCES bulletins(id) ON DELETE RESTRICT,
    CHECK (state = 'draft' OR (pdf IS NOT NULL AND sha256 <> '' AND finalized_at IS NOT NULL))
);
CREATE INDEX bulletins_round ON bulletins (round_id);
CREATE INDEX bulletins_sha256 ON bulletins (sha256);
CREATE INDEX bulletins_supersedes ON bulletins (supersedes_id);
-- A 发文字号 is given once.
CREATE UNIQUE INDEX bulletins_document_number ON bulletins (document_number) WHERE document_number <> '';

-- The last number given per numbering template (one per agency and document kind, e.g.
-- 揭政数局函〔{year}〕{n}号) and year; numbers are taken only when a bulletin is finalised.
CREATE TABLE document_numbers (
    number_template TEXT NOT NULL,
    year INTEGER NOT NULL,
    last_number INTEGER NOT NULL DEFAULT 0 CHECK (last_number >= 0),
    PRIMARY KEY (number_template, year)
);

-- Final and retracted rows are immutable; the one change allowed is final → retracted.
@SQLITE@CREATE TRIGGER bulletins_immutable BEFORE UPDATE ON bulletins FOR EACH ROW WHEN OLD.state <> 'draft' AND NOT (OLD.state = 'final' AND NEW.state = 'retracted' AND NEW.id IS OLD.id AND NEW.round_id IS OLD.round_id AND NEW.version IS OLD.version AND NEW.document_number IS OLD.document_number AND NEW.number_template IS OLD.number_template AND NEW.title IS OLD.title AND NEW.document IS OLD.document AND NEW.created_at IS OLD.created_at AND NEW.finalized_at IS OLD.finalized_at AND NEW.pdf IS OLD.pdf AND NEW.sha256 IS OLD.sha256 AND NEW.signer IS OLD.signer AND NEW.supersedes_id IS OLD.supersedes_id) BEGIN SELECT RAISE(ABORT, 'bulletin is final: it cannot be changed'); END;
@SQLITE@CREATE TRIGGER bulletins_keep_final BEFORE DELETE ON bulletins FOR EACH ROW WHEN OLD.state <> 'draft' BEGIN SELECT RAISE(ABORT, 'bulletin is final: it cannot be deleted'); END;
@PG@CREATE FUNCTION bulletins_guard() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN IF TG_OP = 'DELETE' THEN IF OLD.state <> 'draft' THEN RAISE EXCEPTION 'bulletin is final: it cannot be deleted'; END IF; RETURN OLD; END IF; IF OLD.state <> 'draft' AND NOT (OLD.state = 'final' AND NEW.state = 'retracted' AND (NEW.id, NEW.round_id, NEW.version, NEW.document_number, NEW.number_template, NEW.title, NEW.document, NEW.created_at, NEW.finalized_at, NEW.pdf, NEW.sha256, NEW.signer, NEW.supersedes_id) IS NOT DISTINCT FROM (OLD.id, OLD.round_id, OLD.version, OLD.document_number, OLD.number_template, OLD.title, OLD.document, OLD.created_at, OLD.finalized_at, OLD.pdf, OLD.sha256, OLD.signer, OLD.supersedes_id)) THEN RAISE EXCEPTION 'bulletin is final: it cannot be changed'; END IF; RETURN NEW; END $$;
@PG@CREATE TRIGGER bulletins_immutable BEFORE UPDATE OR DELETE ON bulletins FOR EACH ROW EXECUTE FUNCTION bulletins_guard();
