-- What this database was initialized with (withhold init, or the first withhold serve): a
-- fingerprint of the secret key, never the key. Every command and every server start compares
-- it with the key it was given and refuses another one.
CREATE TABLE instance (
    id              INTEGER PRIMARY KEY CHECK (id = 1),
    key_fingerprint TEXT NOT NULL,
    initialized_at  INTEGER NOT NULL
);
