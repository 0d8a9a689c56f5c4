-- Failed staff sign-ins, counted per account name tried from one client address and per client
-- address (keys are keyed hashes: names tried are never stored). They slow further tries with
-- growing delays instead of locking the account (withhold_core::staff::SignInThrottle); the
-- old lock columns on staff_users are no longer read.
CREATE TABLE sign_in_failures (
    key            TEXT PRIMARY KEY,
    -- For a name-from-address count: a keyed hash of the name alone, so `withhold admin unlock
    -- NAME` can clear every count of that name. NULL for an address count.
    name_key       TEXT,
    failures       BIGINT NOT NULL,
    last_failed_at BIGINT NOT NULL
);
