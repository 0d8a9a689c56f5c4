-- Due mail is taken in the order it fell due: with the id in the index, the worker reads the
-- first few due rows straight from it instead of sorting the whole backlog on every claim.
DROP INDEX outbox_due;
CREATE INDEX outbox_due ON outbox (state, next_attempt_at, id);
