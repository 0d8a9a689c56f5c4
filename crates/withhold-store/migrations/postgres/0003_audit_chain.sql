-- The audit log's hash chain (see withhold_core::audit). Events are appended unchained, in the
-- transaction of the change they record; the chainer gives them their sequence number and hash
-- in commit order soon after, so appending never waits on a global lock.
ALTER TABLE audit_events ADD COLUMN seq BIGINT;
-- Born at full size (the placeholder is replaced when chained), so chaining rewrites rows in place.
ALTER TABLE audit_events ADD COLUMN hash TEXT NOT NULL DEFAULT '0000000000000000000000000000000000000000000000000000000000000000';
CREATE UNIQUE INDEX audit_events_by_seq ON audit_events (seq);
CREATE INDEX audit_events_unchained ON audit_events (id) WHERE seq IS NULL;

CREATE TABLE audit_chain (
    id   INTEGER PRIMARY KEY CHECK (id = 1),
    seq  BIGINT NOT NULL,
    hash TEXT NOT NULL
);
INSERT INTO audit_chain (id, seq, hash) VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
