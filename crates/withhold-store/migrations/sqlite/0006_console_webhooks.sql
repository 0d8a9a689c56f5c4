-- A deadline extension (GDPR Art. 12(3): once, by up to two months, told to the person within
-- the first month) and signed webhook events, delivered through their own outbox.
ALTER TABLE objections ADD COLUMN extended_at BIGINT;

CREATE TABLE webhook_deliveries (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    event_id        TEXT NOT NULL,
    url             TEXT NOT NULL,
    body_sealed     TEXT,
    state           TEXT NOT NULL,
    attempts        BIGINT NOT NULL DEFAULT 0,
    next_attempt_at BIGINT NOT NULL,
    lease_until     BIGINT,
    last_error      TEXT,
    created_at      BIGINT NOT NULL,
    delivered_at    BIGINT,
    UNIQUE (event_id, url)
);
CREATE INDEX webhook_deliveries_due ON webhook_deliveries (state, next_attempt_at, id);
CREATE INDEX objections_by_received ON objections (received_at);
