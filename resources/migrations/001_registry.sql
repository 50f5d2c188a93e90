-- 001: the registry. Units, sites (websites, service platforms, department channels) and their
-- columns, new-media accounts, the status history of sites and accounts, inspection rounds, and
-- the log of imports. @PK@ is the dialect's auto-increment primary key (see Migrator).
-- Dates are ISO 8601 text (YYYY-MM-DD): the same in SQLite and PostgreSQL, and sortable.

CREATE TABLE units (
    id @PK@,
    name TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL DEFAULT 'other' CHECK (kind IN ('department', 'county', 'park', 'other')),
    parent_id BIGINT REFERENCES units(id) ON DELETE SET NULL,
    contact TEXT NOT NULL DEFAULT '',
    phone TEXT NOT NULL DEFAULT '',
    extra TEXT NOT NULL DEFAULT '{}'
);

CREATE TABLE sites (
    id @PK@,
    name TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('portal', 'department', 'platform', 'channel')),
    url TEXT NOT NULL,
    site_code TEXT NOT NULL DEFAULT '',
    icp TEXT NOT NULL DEFAULT '',
    police_record TEXT NOT NULL DEFAULT '',
    owner_id BIGINT NOT NULL REFERENCES units(id),
    parent_id BIGINT REFERENCES sites(id),
    status TEXT NOT NULL DEFAULT 'running' CHECK (status IN ('running', 'closed', 'offline', 'cancelled', 'pending')),
    opened TEXT,
    registered TEXT,
    extra TEXT NOT NULL DEFAULT '{}',
    UNIQUE (name, kind)
);
CREATE INDEX sites_owner ON sites (owner_id);
CREATE INDEX sites_parent ON sites (parent_id);

CREATE TABLE site_columns (
    id @PK@,
    site_id BIGINT NOT NULL REFERENCES sites(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    url TEXT NOT NULL,
    category TEXT NOT NULL DEFAULT 'other'
        CHECK (category IN ('news', 'notice', 'policy', 'personnel', 'planning', 'interaction', 'service', 'other')),
    extra TEXT NOT NULL DEFAULT '{}',
    UNIQUE (site_id, name)
);

CREATE TABLE accounts (
    id @PK@,
    name TEXT NOT NULL,
    actual_name TEXT NOT NULL DEFAULT '',
    platform TEXT NOT NULL
        CHECK (platform IN ('wechat', 'wechat_channels', 'weibo', 'douyin', 'toutiao', 'kuaishou', 'miniprogram', 'other')),
    account_id TEXT NOT NULL DEFAULT '',
    owner_id BIGINT NOT NULL REFERENCES units(id),
    status TEXT NOT NULL DEFAULT 'running' CHECK (status IN ('running', 'closed', 'offline', 'cancelled', 'pending')),
    opened TEXT,
    registered TEXT,
    extra TEXT NOT NULL DEFAULT '{}',
    UNIQUE (name, platform)
);
CREATE INDEX accounts_owner ON accounts (owner_id);
CREATE INDEX accounts_status ON accounts (status);

-- Sites and accounts share one history; object_type says which table object_id points into.
CREATE TABLE status_history (
    id @PK@,
    object_type TEXT NOT NULL CHECK (object_type IN ('site', 'account')),
    object_id BIGINT NOT NULL,
    event TEXT NOT NULL CHECK (event IN ('running', 'closed', 'offline', 'cancelled', 'pending', 'registered_late')),
    effective TEXT NOT NULL,
    reason TEXT NOT NULL DEFAULT '',
    source TEXT NOT NULL DEFAULT '',
    recorded_at TEXT NOT NULL,
    UNIQUE (object_type, object_id, event, effective)
);
CREATE INDEX status_history_object ON status_history (object_type, object_id, effective);

CREATE TABLE rounds (
    id TEXT PRIMARY KEY,
    window_from TEXT NOT NULL,
    window_to TEXT NOT NULL,
    as_of TEXT NOT NULL,
    state TEXT NOT NULL DEFAULT 'planned' CHECK (state IN ('planned', 'checking', 'reviewing', 'published')),
    created_at TEXT NOT NULL,
    CHECK (window_from <= window_to)
);

CREATE TABLE imports (
    id @PK@,
    file TEXT NOT NULL,
    kind TEXT NOT NULL,
    sha256 TEXT NOT NULL,
    row_count INTEGER NOT NULL,
    inserted INTEGER NOT NULL,
    updated INTEGER NOT NULL,
    imported_at TEXT NOT NULL
);
