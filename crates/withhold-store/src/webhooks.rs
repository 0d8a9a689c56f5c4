//! Webhook deliveries: queued in the transaction of the decision they announce, delivered by a
//! worker with retries, like the mail outbox. The body is sealed until delivered, then erased.

use crate::{Result, Store, Tx, millis};
use chrono::{DateTime, Utc};

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct ClaimedWebhook {
    pub id: i64,
    pub event_id: String,
    pub url: String,
    pub body_sealed: Option<String>,
    pub attempts: i64,
}

#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct WebhookDeliveryRow {
    pub id: i64,
    pub event_id: String,
    pub url: String,
    pub state: String,
    pub attempts: i64,
    pub last_error: Option<String>,
    pub created_at: i64,
    pub delivered_at: Option<i64>,
}

impl Tx {
    /// Queues one event for one endpoint; delivered after this transaction commits.
    pub async fn enqueue_webhook(
        &mut self,
        event_id: &str,
        url: &str,
        body_sealed: &str,
        at: DateTime<Utc>,
    ) -> Result<()> {
        sqlx::query(
            "INSERT INTO webhook_deliveries (event_id, url, body_sealed, state, next_attempt_at, created_at)
             VALUES ($1, $2, $3, 'pending', $4, $4)",
        )
        .bind(event_id)
        .bind(url)
        .bind(body_sealed)
        .bind(millis(at))
        .execute(&mut *self.inner)
        .await?;
        Ok(())
    }

    /// The platform account ids imported for a mailbox, for telling platforms whose content an
    /// event is about.
    pub async fn account_ids_for(&mut self, email_key: &str) -> Result<Vec<String>> {
        Ok(sqlx::query_scalar("SELECT account_id FROM accounts WHERE email_key = $1 ORDER BY account_id")
            .bind(email_key)
            .fetch_all(&mut *self.inner)
            .await?)
    }
}

impl Store {
    /// Reserves due deliveries until `lease_until`, so after a crash they go out when it ends.
    pub async fn claim_webhooks(
        &self,
        now: DateTime<Utc>,
        lease_until: DateTime<Utc>,
        limit: i64,
    ) -> Result<Vec<ClaimedWebhook>> {
        let mut rows: Vec<ClaimedWebhook> = self
            .claim_due("webhook_deliveries", "id, event_id, url, body_sealed, attempts", now, lease_until, limit)
            .await?;
        rows.sort_by_key(|row| row.id);
        Ok(rows)
    }

    /// The receiver answered 2xx: the body is erased.
    pub async fn mark_webhook_delivered(&self, id: i64, at: DateTime<Utc>) -> Result<()> {
        sqlx::query(
            "UPDATE webhook_deliveries SET state = 'delivered', delivered_at = $1, attempts = attempts + 1,
                body_sealed = NULL, lease_until = NULL, last_error = NULL WHERE id = $2",
        )
        .bind(millis(at))
        .bind(id)
        .execute(&self.write)
        .await?;
        Ok(())
    }

    /// Records a failed attempt; `retry_at` None makes it a dead letter (its body is kept, so an
    /// operator can see and replay what was not delivered).
    pub async fn mark_webhook_failed(&self, id: i64, error: &str, retry_at: Option<DateTime<Utc>>) -> Result<()> {
        self.record_failed_attempt("webhook_deliveries", id, error, retry_at).await
    }

    /// The most recent deliveries, newest first.
    pub async fn webhook_deliveries(&self, limit: i64) -> Result<Vec<WebhookDeliveryRow>> {
        Ok(sqlx::query_as::<_, WebhookDeliveryRow>(
            "SELECT id, event_id, url, state, attempts, last_error, created_at, delivered_at
             FROM webhook_deliveries ORDER BY id DESC LIMIT $1",
        )
        .bind(limit)
        .fetch_all(&self.read)
        .await?)
    }
}
