//! Dead letters of both delivery queues (mail and webhooks): listed together, and put back in
//! line by an operator once the cause is fixed, with an audit event.

use crate::{Result, Store, millis};
use chrono::{DateTime, Utc};

/// Which queue a dead letter is in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DeliveryQueue {
    Mail,
    Webhook,
}

impl DeliveryQueue {
    fn table(self) -> &'static str {
        match self {
            DeliveryQueue::Mail => "outbox",
            DeliveryQueue::Webhook => "webhook_deliveries",
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            DeliveryQueue::Mail => "mail",
            DeliveryQueue::Webhook => "webhook",
        }
    }
}

#[derive(Debug, Clone)]
pub struct DeadLetter {
    pub queue: DeliveryQueue,
    pub id: i64,
    /// The mail's kind, or the webhook's endpoint.
    pub what: String,
    pub attempts: i64,
    pub last_error: Option<String>,
    pub created_at: i64,
}

impl DeadLetter {
    /// How an operator names it: `mail-12`, `webhook-3`.
    pub fn name(&self) -> String {
        format!("{}-{}", self.queue.as_str(), self.id)
    }
}

/// Which dead letters to put back in line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Requeue {
    One(DeliveryQueue, i64),
    All,
}

impl Requeue {
    /// `mail-12`, `webhook-3`.
    pub fn parse_name(name: &str) -> Option<Requeue> {
        let (queue, id) = name.split_once('-')?;
        let queue = match queue {
            "mail" => DeliveryQueue::Mail,
            "webhook" => DeliveryQueue::Webhook,
            _ => return None,
        };
        Some(Requeue::One(queue, id.parse().ok()?))
    }
}

impl Store {
    /// Dead letters of both queues, newest first, at most `limit` of each.
    pub async fn all_dead_letters(&self, limit: i64) -> Result<Vec<DeadLetter>> {
        let mut out = Vec::new();
        for (queue, what) in [(DeliveryQueue::Mail, "kind"), (DeliveryQueue::Webhook, "url")] {
            let rows: Vec<(i64, String, i64, Option<String>, i64)> = sqlx::query_as(&format!(
                "SELECT id, {what}, attempts, last_error, created_at FROM {} WHERE state = 'dead' ORDER BY id DESC LIMIT $1",
                queue.table()
            ))
            .bind(limit)
            .fetch_all(&self.read)
            .await?;
            out.extend(rows.into_iter().map(|(id, what, attempts, last_error, created_at)| DeadLetter {
                queue,
                id,
                what,
                attempts,
                last_error,
                created_at,
            }));
        }
        out.sort_by_key(|d| std::cmp::Reverse(d.created_at));
        Ok(out)
    }

    /// How many dead letters each queue holds: (mail, webhooks).
    pub async fn dead_letter_counts(&self) -> Result<(i64, i64)> {
        let mail = sqlx::query_scalar::<_, i64>("SELECT COUNT(*) FROM outbox WHERE state = 'dead'")
            .fetch_one(&self.read)
            .await?;
        let webhooks = sqlx::query_scalar::<_, i64>("SELECT COUNT(*) FROM webhook_deliveries WHERE state = 'dead'")
            .fetch_one(&self.read)
            .await?;
        Ok((mail, webhooks))
    }

    /// Puts dead letters back in line, due now, with a fresh count of attempts; one audit event
    /// records how many of each queue. Returns (mail, webhooks) requeued.
    pub async fn requeue_dead(&self, which: Requeue, at: DateTime<Utc>, actor: &str) -> Result<(u64, u64)> {
        let mut tx = self.begin().await?;
        let mut counts = (0, 0);
        for queue in [DeliveryQueue::Mail, DeliveryQueue::Webhook] {
            let only = match which {
                Requeue::All => None,
                Requeue::One(q, id) if q == queue => Some(id),
                Requeue::One(..) => continue,
            };
            let sql = format!(
                "UPDATE {} SET state = 'pending', attempts = 0, next_attempt_at = $1, lease_until = NULL
                 WHERE state = 'dead'{}",
                queue.table(),
                if only.is_some() { " AND id = $2" } else { "" }
            );
            let mut query = sqlx::query(&sql).bind(millis(at));
            if let Some(id) = only {
                query = query.bind(id);
            }
            let n = query.execute(&mut *tx.inner).await?.rows_affected();
            match queue {
                DeliveryQueue::Mail => counts.0 = n,
                DeliveryQueue::Webhook => counts.1 = n,
            }
        }
        if counts == (0, 0) {
            // Nothing matched: nothing changed, nothing to record.
            return Ok(counts);
        }
        let detail = serde_json::json!({ "mail": counts.0, "webhooks": counts.1 });
        tx.append_event(None, at, actor, "dead_letters_requeued", None, &detail).await?;
        tx.commit().await?;
        Ok(counts)
    }
}
