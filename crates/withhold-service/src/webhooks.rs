//! Webhook events: on every decision and withdrawal, a signed JSON event for each configured
//! endpoint, queued in the same transaction as the change and delivered by [`WebhookWorker`]
//! with retries (at least once: receivers deduplicate on the event `id`).

use crate::{Result, Service};
use chrono::{DateTime, Utc};
use serde_json::json;
use std::sync::Arc;
use std::time::Duration;
use tokio::sync::Notify;
use tracing::{Instrument, info_span, instrument, warn};
use withhold_core::webhook::{SIGNATURE_HEADER, WebhookSecret};
use withhold_core::{Keys, Status};
use withhold_mail::RetryPolicy;
use withhold_store::{ClaimedWebhook, ObjectionRow, Store, StoreError, Tx};

/// One configured receiver.
#[derive(Debug, Clone)]
pub struct WebhookTarget {
    url: String,
    secret: WebhookSecret,
}

#[derive(Debug, Clone, thiserror::Error)]
#[error("{0:?} is not an http:// or https:// URL")]
pub struct InvalidWebhookUrl(String);

impl WebhookTarget {
    pub fn new(url: &str, secret: WebhookSecret) -> Result<WebhookTarget, InvalidWebhookUrl> {
        match reqwest::Url::parse(url) {
            Ok(parsed) if matches!(parsed.scheme(), "http" | "https") && parsed.host().is_some() => {
                Ok(WebhookTarget { url: url.to_owned(), secret })
            }
            _ => Err(InvalidWebhookUrl(url.to_owned())),
        }
    }

    pub fn url(&self) -> &str {
        &self.url
    }
}

/// Deliveries a worker claims per pass.
const BATCH: i64 = 50;

fn body_context(event_id: &str) -> String {
    format!("webhook:{event_id}")
}

impl Service {
    /// Queues the event announcing `row`'s new `status` for every endpoint, inside `tx`.
    /// The body names the request and the platform's keys for the person (account ids and the
    /// keyed email hash), never the address or anything the person wrote.
    pub(crate) async fn queue_webhooks(
        &self,
        tx: &mut Tx,
        row: &ObjectionRow,
        status: Status,
        effective_from: DateTime<Utc>,
        now: DateTime<Utc>,
    ) -> Result<()> {
        if self.webhooks.is_empty() {
            return Ok(());
        }
        let mut subjects = vec![json!({ "key_type": "email_hmac", "key": row.email_key })];
        for account in tx.account_ids_for(&row.email_key).await? {
            subjects.push(json!({ "key_type": "account", "key": account }));
        }
        let event_id = uuid::Uuid::new_v4().to_string();
        let body = json!({
            "id": event_id,
            "type": format!("objection.{}", status.as_str()),
            "created_at": now.to_rfc3339(),
            "data": {
                "objection_id": row.id,
                "status": status.as_str(),
                "restricts_processing": status.restricts_processing(),
                "effective_from": effective_from.to_rfc3339(),
                "country": row.country,
                "jurisdiction": row.jurisdiction,
                "subjects": subjects,
            }
        })
        .to_string();
        let sealed = self.keys.seal(body.as_bytes(), &body_context(&event_id));
        for target in self.webhooks.iter() {
            tx.enqueue_webhook(&event_id, &target.url, &sealed, now).await?;
        }
        Ok(())
    }
}

/// Delivers queued webhook events: POSTs each with its signature, retries failures with
/// backoff, and leaves a visible dead letter after the last attempt.
#[derive(Debug, Clone)]
pub struct WebhookWorker {
    store: Store,
    keys: Keys,
    targets: Arc<[WebhookTarget]>,
    client: reqwest::Client,
    retry: RetryPolicy,
    poll_interval: Duration,
    wake: Arc<Notify>,
}

impl WebhookWorker {
    pub fn new(
        store: Store,
        keys: Keys,
        targets: Arc<[WebhookTarget]>,
        retry: RetryPolicy,
        poll_interval: Duration,
        wake: Arc<Notify>,
    ) -> WebhookWorker {
        let client = reqwest::Client::builder()
            .timeout(Duration::from_secs(10))
            .connect_timeout(Duration::from_secs(5))
            // A receiver must answer itself; following redirects would send signed events on.
            .redirect(reqwest::redirect::Policy::none())
            .user_agent(concat!("withhold/", env!("CARGO_PKG_VERSION")))
            .build()
            .expect("the HTTP client's settings are valid");
        WebhookWorker { store, keys, targets, client, retry, poll_interval, wake }
    }

    /// Delivers until `shutdown` resolves; woken early when a decision queued an event.
    pub async fn run(self, shutdown: impl Future<Output = ()>) {
        tokio::pin!(shutdown);
        loop {
            match self.deliver_due().await {
                Ok(n) if n >= BATCH as usize => continue,
                Ok(_) => {}
                Err(e) => warn!(error = %e, "the webhook worker could not reach its queue; retrying"),
            }
            tokio::select! {
                _ = &mut shutdown => return,
                _ = self.wake.notified() => {}
                _ = tokio::time::sleep(self.poll_interval) => {}
            }
        }
    }

    /// One pass over the deliveries due now; returns how many were attempted.
    #[instrument(skip_all)]
    pub async fn deliver_due(&self) -> Result<usize, StoreError> {
        let now = Utc::now();
        // Longer than one attempt can take (the client's timeout), so no two workers overlap.
        let claimed = self.store.claim_webhooks(now, now + chrono::Duration::seconds(60), BATCH).await?;
        let n = claimed.len();
        for delivery in claimed {
            let span = info_span!("webhook", delivery_id = delivery.id);
            self.deliver_one(delivery).instrument(span).await?;
        }
        Ok(n)
    }

    async fn deliver_one(&self, delivery: ClaimedWebhook) -> Result<(), StoreError> {
        let Some(target) = self.targets.iter().find(|t| t.url == delivery.url) else {
            // The endpoint was removed from the configuration since the event was queued.
            return self.store.mark_webhook_failed(delivery.id, "the endpoint is no longer configured", None).await;
        };
        let body = match delivery.body_sealed.as_deref().map(|b| self.keys.open(b, &body_context(&delivery.event_id))) {
            Some(Ok(body)) => body,
            _ => return self.store.mark_webhook_failed(delivery.id, "the event body cannot be opened", None).await,
        };
        let signature = target.secret.sign(Utc::now().timestamp(), &body);
        let sent = self
            .client
            .post(&target.url)
            .header(reqwest::header::CONTENT_TYPE, "application/json")
            .header(SIGNATURE_HEADER, signature)
            .header("Withhold-Event-Id", &delivery.event_id)
            .body(body)
            .send()
            .await;
        let error = match sent {
            Ok(response) if response.status().is_success() => {
                tracing::info!("webhook delivered");
                return self.store.mark_webhook_delivered(delivery.id, Utc::now()).await;
            }
            Ok(response) => format!("the endpoint answered {}", response.status()),
            // Without the URL: it may carry credentials.
            Err(e) if e.is_timeout() => "the endpoint did not answer in time".to_owned(),
            Err(e) if e.is_connect() => "the endpoint could not be reached".to_owned(),
            Err(_) => "the request to the endpoint failed".to_owned(),
        };
        let failures = RetryPolicy::failures_after(delivery.attempts);
        let retry_at = self.retry.next_attempt(failures);
        if retry_at.is_none() {
            warn!(attempts = failures, "a webhook event became a dead letter: {error}");
        } else {
            warn!(attempts = failures, "a webhook delivery failed; will retry: {error}");
        }
        self.store.mark_webhook_failed(delivery.id, &error, retry_at).await
    }
}
