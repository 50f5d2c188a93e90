-- 007: settings that belong to the store rather than to one user's machine, so that a team on one
-- PostgreSQL database issues bulletins under the same agency name and number sequence: the
-- issuing agency, its city, the 发文字号 template, the recipients (keys in docs/formats.md).

CREATE TABLE store_settings (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
