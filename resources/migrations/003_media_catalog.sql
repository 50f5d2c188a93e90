-- 003: what other sources report for a round: new-media posts (imported or read from feeds),
-- update reminders sent to accounts' units, 留言 received and answered on sites and accounts, and
-- the data catalog counts per unit; plus the province ranks of the round and an account's feed.

CREATE TABLE posts (
    id @PK@,
    account_id BIGINT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    published TEXT NOT NULL,
    title TEXT NOT NULL DEFAULT '',
    link TEXT NOT NULL DEFAULT '',
    source TEXT NOT NULL DEFAULT '',
    UNIQUE (account_id, published, title)
);
CREATE INDEX posts_account_time ON posts (account_id, published);

CREATE TABLE reminders (
    id @PK@,
    account_id BIGINT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    reminded TEXT NOT NULL,
    channel TEXT NOT NULL DEFAULT '',
    UNIQUE (account_id, reminded, channel)
);

CREATE TABLE messages (
    id @PK@,
    object_type TEXT NOT NULL CHECK (object_type IN ('site', 'account')),
    object_id BIGINT NOT NULL,
    received TEXT NOT NULL,
    replied TEXT,
    title TEXT NOT NULL DEFAULT '',
    UNIQUE (object_type, object_id, received, title)
);
CREATE INDEX messages_object ON messages (object_type, object_id, received);

CREATE TABLE catalog_counts (
    round_id TEXT NOT NULL REFERENCES rounds(id) ON DELETE CASCADE,
    unit_id BIGINT NOT NULL REFERENCES units(id) ON DELETE CASCADE,
    linked_count INTEGER NOT NULL CHECK (linked_count >= 0),
    open_count INTEGER NOT NULL CHECK (open_count >= 0),
    PRIMARY KEY (round_id, unit_id)
);

ALTER TABLE rounds ADD COLUMN linked_rank INTEGER;
ALTER TABLE rounds ADD COLUMN open_rank INTEGER;
ALTER TABLE accounts ADD COLUMN feed_url TEXT NOT NULL DEFAULT '';
