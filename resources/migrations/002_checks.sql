-- 002: what the checks engine records. A check run of a round crawls sites into pages (each with
-- its WARC evidence), checks every distinct link once, and files findings; availability probes
-- are kept per site. Findings carry a fingerprint (indicator, object, page, link) so that a
-- resumed or repeated run updates the same finding instead of adding a second one, and so that an
-- inspector's decisions, which refer to findings, survive a re-run.

CREATE TABLE check_runs (
    id @PK@,
    round_id TEXT NOT NULL REFERENCES rounds(id) ON DELETE CASCADE,
    started_at TEXT NOT NULL,
    finished_at TEXT,
    state TEXT NOT NULL DEFAULT 'running' CHECK (state IN ('running', 'done', 'cancelled', 'failed')),
    settings TEXT NOT NULL DEFAULT '{}'
);
CREATE INDEX check_runs_round ON check_runs (round_id);

CREATE TABLE pages (
    id @PK@,
    run_id BIGINT NOT NULL REFERENCES check_runs(id) ON DELETE CASCADE,
    site_id BIGINT NOT NULL REFERENCES sites(id) ON DELETE CASCADE,
    url TEXT NOT NULL,
    role TEXT NOT NULL CHECK (role IN ('home', 'column', 'content')),
    column_id BIGINT REFERENCES site_columns(id) ON DELETE SET NULL,
    depth INTEGER NOT NULL DEFAULT 0,
    state TEXT NOT NULL DEFAULT 'queued' CHECK (state IN ('queued', 'done')),
    final_url TEXT NOT NULL DEFAULT '',
    http_status INTEGER NOT NULL DEFAULT 0,
    error TEXT NOT NULL DEFAULT '',
    content_type TEXT NOT NULL DEFAULT '',
    charset TEXT NOT NULL DEFAULT '',
    title TEXT NOT NULL DEFAULT '',
    bytes BIGINT NOT NULL DEFAULT 0,
    elapsed_ms INTEGER NOT NULL DEFAULT 0,
    fetched_at TEXT,
    warc_file TEXT NOT NULL DEFAULT '',
    warc_offset BIGINT NOT NULL DEFAULT 0,
    warc_length BIGINT NOT NULL DEFAULT 0,
    UNIQUE (run_id, url)
);
CREATE INDEX pages_site ON pages (run_id, site_id);

-- Every distinct link target of a run, checked once (HEAD, then GET where HEAD is refused).
CREATE TABLE links (
    id @PK@,
    run_id BIGINT NOT NULL REFERENCES check_runs(id) ON DELETE CASCADE,
    url TEXT NOT NULL,
    state TEXT NOT NULL DEFAULT 'queued' CHECK (state IN ('queued', 'done')),
    method TEXT NOT NULL DEFAULT '',
    http_status INTEGER NOT NULL DEFAULT 0,
    error TEXT NOT NULL DEFAULT '',
    final_url TEXT NOT NULL DEFAULT '',
    verdict TEXT NOT NULL DEFAULT '',
    evidence TEXT NOT NULL DEFAULT '',
    checked_at TEXT,
    warc_file TEXT NOT NULL DEFAULT '',
    warc_offset BIGINT NOT NULL DEFAULT 0,
    warc_length BIGINT NOT NULL DEFAULT 0,
    UNIQUE (run_id, url)
);

-- Where each link stands: on which page, with which text, as which kind of reference.
CREATE TABLE page_links (
    page_id BIGINT NOT NULL REFERENCES pages(id) ON DELETE CASCADE,
    link_id BIGINT NOT NULL REFERENCES links(id) ON DELETE CASCADE,
    kind TEXT NOT NULL DEFAULT '',
    text TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (page_id, link_id)
);
CREATE INDEX page_links_link ON page_links (link_id);

CREATE TABLE findings (
    id @PK@,
    round_id TEXT NOT NULL REFERENCES rounds(id) ON DELETE CASCADE,
    run_id BIGINT REFERENCES check_runs(id) ON DELETE SET NULL,
    object_type TEXT NOT NULL CHECK (object_type IN ('site', 'account')),
    object_id BIGINT NOT NULL,
    indicator TEXT NOT NULL,
    severity TEXT NOT NULL CHECK (severity IN ('veto', 'deduct', 'notice', 'manual')),
    points REAL NOT NULL DEFAULT 0,
    url TEXT NOT NULL DEFAULT '',
    link TEXT,
    evidence TEXT NOT NULL DEFAULT '',
    state TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'confirmed', 'dismissed')),
    source TEXT NOT NULL CHECK (source IN ('check', 'import', 'manual')),
    page_id BIGINT REFERENCES pages(id) ON DELETE SET NULL,
    details TEXT NOT NULL DEFAULT '{}',
    fingerprint TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    UNIQUE (round_id, source, fingerprint)
);
CREATE INDEX findings_object ON findings (round_id, object_type, object_id);
CREATE INDEX findings_indicator ON findings (round_id, indicator);

CREATE TABLE probes (
    id @PK@,
    site_id BIGINT NOT NULL REFERENCES sites(id) ON DELETE CASCADE,
    probed_at TEXT NOT NULL,
    ok INTEGER NOT NULL,
    http_status INTEGER NOT NULL DEFAULT 0,
    elapsed_ms INTEGER NOT NULL DEFAULT 0,
    error TEXT NOT NULL DEFAULT ''
);
CREATE INDEX probes_site_time ON probes (site_id, probed_at);

-- Columns a check found in a home page's navigation that the registry does not list: proposed
-- to the inspector with a category guessed from the name, accepted into site_columns or rejected.
CREATE TABLE column_suggestions (
    id @PK@,
    site_id BIGINT NOT NULL REFERENCES sites(id) ON DELETE CASCADE,
    run_id BIGINT REFERENCES check_runs(id) ON DELETE SET NULL,
    name TEXT NOT NULL,
    url TEXT NOT NULL,
    category TEXT NOT NULL DEFAULT 'other',
    state TEXT NOT NULL DEFAULT 'proposed' CHECK (state IN ('proposed', 'accepted', 'rejected')),
    UNIQUE (site_id, url)
);
