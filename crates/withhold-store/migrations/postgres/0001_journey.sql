-- Objections, their access tokens, the audit log and the mail outbox.
-- Times are milliseconds since the Unix epoch (UTC). Addresses and free text are sealed
-- (encrypted) by the application; only keyed hashes are stored for matching.

CREATE TABLE objections (
    id                   TEXT PRIMARY KEY,
    status               TEXT NOT NULL,
    country              TEXT NOT NULL,
    jurisdiction         TEXT NOT NULL,
    email_key            TEXT NOT NULL,
    email_sealed         TEXT NOT NULL,
    impact_sealed        TEXT,
    details_sealed       TEXT,
    received_at          BIGINT NOT NULL,
    due_at               BIGINT NOT NULL,
    verified_at          BIGINT,
    decided_at           BIGINT,
    ended_at             BIGINT,
    code_hash            TEXT,
    code_expires_at      BIGINT,
    code_failed_attempts BIGINT NOT NULL DEFAULT 0,
    decision_rule        TEXT,
    legal_basis          TEXT,
    decision_reason      TEXT,
    updated_at           BIGINT NOT NULL
);
CREATE INDEX objections_by_email_key ON objections (email_key);
CREATE INDEX objections_by_status ON objections (status, verified_at);

CREATE TABLE access_tokens (
    token_hash   TEXT PRIMARY KEY,
    objection_id TEXT NOT NULL REFERENCES objections (id) ON DELETE CASCADE,
    created_at   BIGINT NOT NULL
);
CREATE INDEX access_tokens_by_objection ON access_tokens (objection_id);

CREATE TABLE audit_events (
    id           BIGSERIAL PRIMARY KEY,
    objection_id TEXT,
    at           BIGINT NOT NULL,
    actor        TEXT NOT NULL,
    kind         TEXT NOT NULL,
    from_status  TEXT,
    to_status    TEXT,
    detail       TEXT NOT NULL
);
CREATE INDEX audit_events_by_objection ON audit_events (objection_id, at);

CREATE TABLE outbox (
    id              BIGSERIAL PRIMARY KEY,
    message_id      TEXT NOT NULL UNIQUE,
    objection_id    TEXT,
    kind            TEXT NOT NULL,
    payload_sealed  TEXT,
    state           TEXT NOT NULL,
    attempts        BIGINT NOT NULL DEFAULT 0,
    next_attempt_at BIGINT NOT NULL,
    lease_until     BIGINT,
    last_error      TEXT,
    created_at      BIGINT NOT NULL,
    sent_at         BIGINT
);
CREATE INDEX outbox_due ON outbox (state, next_attempt_at);
