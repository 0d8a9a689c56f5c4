//! Notice campaigns: who is still to be told, and a record per account of what was sent.

use crate::{Result, Store, Tx, millis};
use chrono::{DateTime, Utc};

/// An imported account that has not had a campaign's notice yet.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct NoticeTarget {
    pub account_id: String,
    pub email_sealed: String,
    pub country: Option<String>,
    /// The keyed hash of the account's mailbox: one notice per mailbox.
    pub email_key: String,
    /// 1 when the mailbox (or the account) already has an objection in effect: no notice then.
    pub in_effect: i64,
    /// The account's own language tag, if the platform gave one.
    pub language: Option<String>,
}

/// A campaign's deliveries: queued in all, and of those, accepted by the mail server.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct CampaignCounts {
    pub queued: i64,
    pub sent: i64,
    pub accounts: i64,
}

impl Store {
    /// Up to `limit` accounts after `after` (by id) in `countries` (all when empty) that have no
    /// notice of `campaign` yet, in id order, for paging through every account once.
    pub async fn notice_targets(
        &self,
        campaign: &str,
        countries: &[String],
        after: &str,
        limit: i64,
    ) -> Result<Vec<NoticeTarget>> {
        let in_countries = if countries.is_empty() {
            String::new()
        } else {
            let marks: Vec<String> = (0..countries.len()).map(|i| format!("${}", i + 4)).collect();
            format!(" AND a.country IN ({})", marks.join(", "))
        };
        let sql = format!(
            "SELECT a.account_id, a.email_sealed, a.country, a.email_key, a.language,
                CAST(CASE WHEN EXISTS (SELECT 1 FROM objections o
                    WHERE (o.email_key = a.email_key OR o.account_id = a.account_id)
                      AND o.status IN ('verified', 'needs_review', 'honored')) THEN 1 ELSE 0 END AS BIGINT) AS in_effect
             FROM accounts a
             WHERE a.account_id > $2{in_countries}
               AND NOT EXISTS (SELECT 1 FROM campaign_deliveries d WHERE d.campaign = $1 AND d.account_id = a.account_id)
             ORDER BY a.account_id LIMIT $3"
        );
        let mut query = sqlx::query_as::<_, NoticeTarget>(&sql).bind(campaign).bind(after).bind(limit);
        for country in countries {
            query = query.bind(country.as_str());
        }
        Ok(query.fetch_all(&self.read).await?)
    }

    /// An imported account's sealed address and country, for filling in the form from a
    /// personal link.
    pub async fn account_contact(&self, account_id: &str) -> Result<Option<(String, Option<String>)>> {
        Ok(sqlx::query_as("SELECT email_sealed, country FROM accounts WHERE account_id = $1")
            .bind(account_id)
            .fetch_optional(&self.read)
            .await?)
    }

    /// Messages queued for `campaign` (one per mailbox, however many accounts it has), and
    /// how many the mail server accepted; `accounts` counts the accounts they cover.
    pub async fn campaign_counts(&self, campaign: &str) -> Result<CampaignCounts> {
        let (queued, sent, accounts): (i64, i64, i64) = sqlx::query_as(
            "SELECT COUNT(DISTINCT d.message_id),
                    COUNT(DISTINCT CASE WHEN o.state = 'sent' THEN d.message_id END),
                    COUNT(*)
             FROM campaign_deliveries d LEFT JOIN outbox o ON o.message_id = d.message_id
             WHERE d.campaign = $1",
        )
        .bind(campaign)
        .fetch_one(&self.read)
        .await?;
        Ok(CampaignCounts { queued, sent, accounts })
    }
}

impl Tx {
    /// The message that already carries `campaign`'s notice to the mailbox `email_key` (for
    /// another of its accounts), if one does.
    pub async fn notice_for_mailbox(&mut self, campaign: &str, email_key: &str) -> Result<Option<String>> {
        Ok(sqlx::query_scalar::<_, String>(
            "SELECT d.message_id FROM campaign_deliveries d JOIN accounts a ON a.account_id = d.account_id
             WHERE d.campaign = $1 AND a.email_key = $2 LIMIT 1",
        )
        .bind(campaign)
        .bind(email_key)
        .fetch_optional(&mut *self.inner)
        .await?)
    }

    /// Records that `account_id` is sent `campaign`'s notice as `message_id`; false if it
    /// already was (the caller then drops its mail with the transaction).
    pub async fn record_notice(
        &mut self,
        campaign: &str,
        account_id: &str,
        message_id: &str,
        at: DateTime<Utc>,
    ) -> Result<bool> {
        let inserted = sqlx::query(
            "INSERT INTO campaign_deliveries (campaign, account_id, message_id, queued_at) VALUES ($1, $2, $3, $4)
             ON CONFLICT (campaign, account_id) DO NOTHING",
        )
        .bind(campaign)
        .bind(account_id)
        .bind(message_id)
        .bind(millis(at))
        .execute(&mut *self.inner)
        .await?;
        Ok(inserted.rows_affected() == 1)
    }
}
