-- An objection made through a personal link is bound to the account the link named, whatever
-- address the person then typed; and every objection remembers the language the person used,
-- so mail sent later (a reviewer's decision, an extension) is written in it too.
ALTER TABLE objections ADD COLUMN account_id TEXT;
ALTER TABLE objections ADD COLUMN locale TEXT NOT NULL DEFAULT 'en';
CREATE INDEX objections_by_account ON objections (account_id);
