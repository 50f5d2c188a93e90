-- 004: the indicator set as data, and what page analysis keeps.
-- An indicator set is versioned: saving an edited set adds a version (rows are never updated
-- once findings refer to them), and every finding records the version that judged it. The
-- definition is the set's JSON (docs/formats.md): per indicator its severity, objective flag,
-- cap and parameters (thresholds, points, keyword lists).
CREATE TABLE indicator_sets (
    id @PK@,
    name TEXT NOT NULL,
    version INTEGER NOT NULL,
    definition TEXT NOT NULL,
    note TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    active INTEGER NOT NULL DEFAULT 0,
    UNIQUE (name, version)
);

ALTER TABLE findings ADD COLUMN indicator_set_id BIGINT REFERENCES indicator_sets(id) ON DELETE SET NULL;

-- What the analysis of a fetched page found (dates, footer identifiers, meta tags, …) as JSON,
-- so that the site-level rules can judge again under another indicator set without fetching.
ALTER TABLE pages ADD COLUMN facts TEXT NOT NULL DEFAULT '{}';

-- The wording dictionary (W-N-WORDING): 严重表述错误, 错别字 with the correct form, 敏感词, and
-- allow-list phrases (a correct phrase containing a wrong one is not flagged).
CREATE TABLE wording_entries (
    id @PK@,
    kind TEXT NOT NULL CHECK (kind IN ('serious', 'typo', 'sensitive', 'allow')),
    term TEXT NOT NULL,
    correct TEXT NOT NULL DEFAULT '',
    level TEXT NOT NULL DEFAULT '',
    note TEXT NOT NULL DEFAULT '',
    source TEXT NOT NULL DEFAULT '',
    UNIQUE (kind, term)
);

-- Public holidays and adjusted working days (调休) imported for years after the shipped calendar,
-- or correcting it: a row here wins over resources/calendar.
CREATE TABLE calendar_days (
    day TEXT PRIMARY KEY,
    kind TEXT NOT NULL CHECK (kind IN ('holiday', 'workday')),
    name TEXT NOT NULL DEFAULT ''
);
