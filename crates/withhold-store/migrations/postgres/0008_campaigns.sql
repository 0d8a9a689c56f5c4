-- Notice campaigns: which account was sent which campaign's notice, written with the mail in one
-- transaction. The key makes a rerun skip everyone who already has it.
CREATE TABLE campaign_deliveries (
    campaign   TEXT NOT NULL,
    account_id TEXT NOT NULL,
    message_id TEXT NOT NULL,
    queued_at  BIGINT NOT NULL,
    PRIMARY KEY (campaign, account_id)
);
