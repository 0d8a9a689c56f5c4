//! The outbox worker: delivers due messages, retries with backoff, keeps dead letters.

use crate::journal::DeliveryJournal;
use crate::render::{Rendered, Sender};
use crate::transport::{DeliveryError, Transport};
use chrono::{DateTime, TimeZone, Utc};
use lettre::Message;
use lettre::message::header::{ContentType, Header, HeaderName, HeaderValue};
use lettre::message::{Attachment, MultiPart, SinglePart};
use std::future::Future;
use std::sync::Arc;
use std::time::Duration;
use tokio::sync::Notify;
use tracing::{Instrument, info_span, instrument, warn};
use withhold_core::Keys;
use withhold_store::{ClaimedMail, NewOutboxMessage, Store, StoreError};

#[derive(Debug, Clone, Copy)]
pub struct RetryPolicy {
    /// The wait after the first failure; it doubles with each further failure.
    pub base_delay: Duration,
    pub max_delay: Duration,
    /// After this many failed attempts a message becomes a dead letter.
    pub max_attempts: u32,
}

impl Default for RetryPolicy {
    fn default() -> Self {
        RetryPolicy { base_delay: Duration::from_secs(30), max_delay: Duration::from_secs(3600), max_attempts: 12 }
    }
}

impl RetryPolicy {
    /// How many attempts will have failed once the current one, after `attempts_before`, fails.
    pub fn failures_after(attempts_before: i64) -> u32 {
        u32::try_from(attempts_before + 1).unwrap_or(u32::MAX)
    }

    /// When to try again after `failures` failed attempts; None once they are all used up.
    pub fn next_attempt(&self, failures: u32) -> Option<DateTime<Utc>> {
        (failures < self.max_attempts).then(|| Utc::now() + self.delay_after(failures))
    }

    /// The wait before the next try, after `failures` failed attempts (1 or more).
    pub fn delay_after(&self, failures: u32) -> Duration {
        let factor = 2u32.saturating_pow(failures.saturating_sub(1));
        self.base_delay.saturating_mul(factor).min(self.max_delay)
    }
}

/// `Auto-Submitted: auto-generated` (RFC 3834), so auto-responders stay quiet.
#[derive(Debug, Clone)]
struct AutoSubmitted;

impl Header for AutoSubmitted {
    fn name() -> HeaderName {
        HeaderName::new_from_ascii_str("Auto-Submitted")
    }
    fn parse(_: &str) -> Result<Self, Box<dyn std::error::Error + Send + Sync>> {
        Ok(AutoSubmitted)
    }
    fn display(&self) -> HeaderValue {
        HeaderValue::new(Self::name(), "auto-generated".to_owned())
    }
}

/// Seals a rendered message for the outbox, giving it its permanent Message-ID.
pub fn prepare(
    keys: &Keys,
    sender: &Sender,
    rendered: &Rendered,
    objection_id: Option<&str>,
    now: DateTime<Utc>,
) -> NewOutboxMessage {
    let message_id = format!("<{}@{}>", uuid::Uuid::new_v4().simple(), sender.message_id_domain());
    let payload = serde_json::to_vec(rendered).expect("a rendered message serializes");
    NewOutboxMessage {
        payload_sealed: keys.seal(&payload, &seal_context(&message_id)),
        message_id,
        objection_id: objection_id.map(str::to_owned),
        kind: rendered.kind.as_str().to_owned(),
        created_at: now,
    }
}

fn seal_context(message_id: &str) -> String {
    format!("outbox:{message_id}")
}

#[derive(Debug, Clone)]
pub struct MailWorker {
    store: Store,
    keys: Keys,
    sender: Sender,
    transport: Transport,
    retry: RetryPolicy,
    wake: Arc<Notify>,
    poll_interval: Duration,
    lease: Duration,
    journal: Option<DeliveryJournal>,
}

impl MailWorker {
    pub fn new(
        store: Store,
        keys: Keys,
        sender: Sender,
        transport: Transport,
        retry: RetryPolicy,
        wake: Arc<Notify>,
    ) -> Self {
        MailWorker {
            store,
            keys,
            sender,
            transport,
            retry,
            wake,
            poll_interval: Duration::from_secs(1),
            lease: DEFAULT_LEASE,
            journal: None,
        }
    }

    /// How long a claimed message is reserved for this worker. A worker that dies holding it
    /// releases it when the lease runs out; one attempt is cut off well before that.
    pub fn with_lease(mut self, lease: Duration) -> Self {
        self.lease = lease;
        self
    }

    /// Journals each accepted message before the outbox is updated (see [`DeliveryJournal`]).
    pub fn with_journal(mut self, journal: DeliveryJournal) -> Self {
        self.journal = Some(journal);
        self
    }

    /// Marks sent whatever the journal says a server accepted before the last exit.
    #[instrument(skip_all)]
    pub async fn reconcile_journal(&self) -> Result<usize, StoreError> {
        let Some(journal) = &self.journal else { return Ok(0) };
        let ids = journal.recorded().map_err(|e| StoreError::Corrupt(format!("reading the mail journal: {e}")))?;
        for &id in &ids {
            self.store.mark_mail_sent(id, Utc::now()).await?;
        }
        journal.clear().map_err(|e| StoreError::Corrupt(format!("clearing the mail journal: {e}")))?;
        if !ids.is_empty() {
            tracing::info!(messages = ids.len(), "journaled deliveries marked sent");
        }
        Ok(ids.len())
    }

    /// The longest one delivery attempt may take: a quarter of the lease, so that an attempt
    /// always ends (and is recorded) while the message is still ours.
    fn attempt_limit(&self) -> Duration {
        self.lease / 4
    }

    /// Delivers until `shutdown` resolves. Woken at once when mail is queued; also polls, so
    /// retries and messages queued by other servers go out.
    pub async fn run(self, shutdown: impl Future<Output = ()>) {
        tokio::pin!(shutdown);
        // Nothing goes out before the journal is reconciled: that would resend accepted mail.
        loop {
            match self.reconcile_journal().await {
                Ok(_) => break,
                Err(e) => warn!(error = %e, "the mail worker could not reconcile its journal; retrying"),
            }
            tokio::select! {
                _ = &mut shutdown => return,
                _ = tokio::time::sleep(self.poll_interval) => {}
            }
        }
        let mut reconcile_first = false;
        loop {
            // After a failed pass some journaled messages may not be marked yet.
            if reconcile_first {
                match self.reconcile_journal().await {
                    Ok(_) => reconcile_first = false,
                    Err(e) => warn!(error = %e, "the mail worker could not reconcile its journal; retrying"),
                }
            }
            let pass = if reconcile_first { Ok(0) } else { self.deliver_due().await };
            match pass {
                // A full batch: more may be waiting.
                Ok(n) if n >= BATCH as usize && !reconcile_first => continue,
                Ok(_) => {}
                Err(e) => {
                    reconcile_first = true;
                    warn!(error = %e, "the mail worker could not reach the outbox; retrying");
                }
            }
            tokio::select! {
                _ = &mut shutdown => return,
                _ = self.wake.notified() => {}
                _ = tokio::time::sleep(self.poll_interval) => {}
            }
        }
    }

    /// One pass: delivers the messages that are due now. Returns how many were attempted.
    #[instrument(skip_all)]
    pub async fn deliver_due(&self) -> Result<usize, StoreError> {
        let now = Utc::now();
        let lease_until = now + self.lease;
        let claimed = self.store.claim_mail(now, lease_until, BATCH).await?;
        let n = claimed.len();
        let mut delivered = Vec::with_capacity(claimed.len());
        for mail in claimed {
            // Never start an attempt that could outlive the lease: another worker may take
            // the message then. What is left goes back when the lease ends.
            if Utc::now() + self.attempt_limit() >= lease_until {
                break;
            }
            let span = info_span!("deliver", kind = %mail.kind, outbox_id = mail.id);
            if let Some(id) = self.deliver_one(mail).instrument(span).await? {
                delivered.push(id);
            }
        }
        // With a journal, the batch is marked in one statement: until then the journal holds
        // what was accepted.
        self.store.mark_mails_sent(&delivered, Utc::now()).await?;
        if let Some(journal) = &self.journal
            && let Err(e) = journal.compact()
        {
            warn!(error = %e, "could not compact the mail journal");
        }
        Ok(n)
    }

    /// Tries one message. Returns its id if it was accepted and is still to be marked sent.
    async fn deliver_one(&self, mail: ClaimedMail) -> Result<Option<i64>, StoreError> {
        let outcome = match self.build(&mail) {
            Ok(message) => {
                match tokio::time::timeout(self.attempt_limit(), self.transport.deliver(&message, &mail.message_id))
                    .await
                {
                    Ok(result) => result,
                    Err(_) => Err(DeliveryError::Temporary("the mail server did not answer in time".into())),
                }
            }
            Err(e) => Err(e),
        };
        match outcome {
            Ok(()) => {
                tracing::info!("mail delivered");
                let journaled = match &self.journal {
                    Some(journal) => match journal.record(mail.id) {
                        Ok(()) => true,
                        Err(e) => {
                            warn!(error = %e, "could not write the mail journal");
                            false
                        }
                    },
                    None => false,
                };
                if journaled {
                    return Ok(Some(mail.id));
                }
                self.store.mark_mail_sent(mail.id, Utc::now()).await?;
            }
            Err(e) => {
                let failures = RetryPolicy::failures_after(mail.attempts);
                let retry_at = match &e {
                    DeliveryError::Temporary(_) => self.retry.next_attempt(failures),
                    DeliveryError::Permanent(_) => None,
                };
                if retry_at.is_some() {
                    warn!(error = %e, failures, "mail delivery failed; will retry");
                } else {
                    warn!(error = %e, failures, "mail delivery failed for good; kept as a dead letter");
                }
                self.store.mark_mail_failed(mail.id, &e.to_string(), retry_at).await?;
            }
        }
        Ok(None)
    }

    fn build(&self, mail: &ClaimedMail) -> Result<Message, DeliveryError> {
        let sealed = mail
            .payload_sealed
            .as_deref()
            .ok_or_else(|| DeliveryError::Permanent("the message has no content".into()))?;
        let payload = self
            .keys
            .open(sealed, &seal_context(&mail.message_id))
            .map_err(|_| DeliveryError::Permanent("the message cannot be decrypted with this server's key".into()))?;
        let rendered: Rendered = serde_json::from_slice(&payload)
            .map_err(|_| DeliveryError::Permanent("the stored message is unreadable".into()))?;
        let to = rendered
            .to
            .parse()
            .map_err(|_| DeliveryError::Permanent("the recipient address is not deliverable".into()))?;
        let created = Utc.timestamp_millis_opt(mail.created_at).single().unwrap_or_else(Utc::now);
        let builder = Message::builder()
            .from(self.sender.from.clone())
            .to(to)
            .subject(rendered.subject)
            .message_id(Some(mail.message_id.clone()))
            .date(created.into())
            .header(AutoSubmitted);
        // lettre picks 7bit where every line fits, quoted-printable otherwise.
        let text = rendered.text.replace("\r\n", "\n").replace('\n', "\r\n");
        let built = match rendered.receipt {
            None => builder.header(ContentType::TEXT_PLAIN).body(text),
            Some(receipt) => builder.multipart(
                MultiPart::mixed().singlepart(SinglePart::plain(text)).singlepart(
                    Attachment::new(crate::render::RECEIPT_FILE_NAME.to_owned())
                        .body(receipt, ContentType::parse("application/json").expect("a valid content type")),
                ),
            ),
        };
        built.map_err(|e| {
            DeliveryError::Permanent(format!(
                "the message could not be built: {}",
                crate::redact_addresses(&e.to_string())
            ))
        })
    }
}

const BATCH: i64 = 32;
pub const DEFAULT_LEASE: Duration = Duration::from_secs(120);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backoff_doubles_and_is_capped() {
        let r =
            RetryPolicy { base_delay: Duration::from_secs(10), max_delay: Duration::from_secs(100), max_attempts: 5 };
        assert_eq!(r.delay_after(1), Duration::from_secs(10));
        assert_eq!(r.delay_after(2), Duration::from_secs(20));
        assert_eq!(r.delay_after(3), Duration::from_secs(40));
        assert_eq!(r.delay_after(5), Duration::from_secs(100));
        assert_eq!(r.delay_after(60), Duration::from_secs(100));
    }
}
