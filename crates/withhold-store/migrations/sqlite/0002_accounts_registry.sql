-- The accounts directory (who authored content, matched to objections by the keyed email hash)
-- and the registry version, bumped by every change to who is excluded.

CREATE TABLE accounts (
    account_id   TEXT PRIMARY KEY,
    email_key    TEXT NOT NULL,
    email_sealed TEXT NOT NULL,
    country      TEXT,
    handles      TEXT NOT NULL DEFAULT '[]',
    names        TEXT NOT NULL DEFAULT '[]',
    updated_at   BIGINT NOT NULL
);
CREATE INDEX accounts_by_email_key ON accounts (email_key);

CREATE TABLE registry_state (
    id      INTEGER PRIMARY KEY CHECK (id = 1),
    version BIGINT NOT NULL
);
INSERT INTO registry_state (id, version) VALUES (1, 0);

-- Objections that already restrict processing count as one change each.
UPDATE registry_state SET version = (SELECT COUNT(*) FROM objections WHERE verified_at IS NOT NULL);
