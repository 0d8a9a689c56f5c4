//! Rows as stored. Times are milliseconds since the Unix epoch.

use chrono::{DateTime, Utc};

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct ObjectionRow {
    pub id: String,
    pub status: String,
    pub country: String,
    pub jurisdiction: String,
    pub email_key: String,
    pub email_sealed: String,
    pub impact_sealed: Option<String>,
    pub details_sealed: Option<String>,
    pub received_at: i64,
    pub due_at: i64,
    pub verified_at: Option<i64>,
    pub decided_at: Option<i64>,
    pub ended_at: Option<i64>,
    pub code_hash: Option<String>,
    pub code_expires_at: Option<i64>,
    pub code_failed_attempts: i64,
    pub decision_rule: Option<String>,
    pub legal_basis: Option<String>,
    pub decision_reason: Option<String>,
    /// When the deadline was extended (it can be, once).
    pub extended_at: Option<i64>,
    pub account_id: Option<String>,
    pub locale: String,
}

#[derive(Debug, Clone)]
pub struct NewObjection {
    pub id: String,
    pub country: String,
    pub jurisdiction: String,
    pub email_key: String,
    pub email_sealed: String,
    pub impact_sealed: Option<String>,
    pub details_sealed: Option<String>,
    pub received_at: DateTime<Utc>,
    pub due_at: DateTime<Utc>,
    pub code_hash: String,
    pub code_expires_at: DateTime<Utc>,
    /// The account a personal link named, when the objection was made through one.
    pub account_id: Option<String>,
    /// The language the person used (a `Locale` tag).
    pub locale: String,
}

/// Who changed an objection's state, when, and on what grounds.
#[derive(Debug, Clone)]
pub struct TransitionRecord {
    pub at: DateTime<Utc>,
    pub actor: String,
    pub rule: Option<String>,
    pub legal_basis: Option<String>,
    pub reason: Option<String>,
    /// Goes into the audit event; never personal data.
    pub detail: serde_json::Value,
}

impl TransitionRecord {
    /// A change with no rule, legal basis or reason attached; add them with the setters.
    pub fn new(at: DateTime<Utc>, actor: &str, detail: serde_json::Value) -> Self {
        TransitionRecord { at, actor: actor.to_owned(), rule: None, legal_basis: None, reason: None, detail }
    }

    pub fn rule(mut self, rule: impl Into<String>) -> Self {
        self.rule = Some(rule.into());
        self
    }

    pub fn legal_basis(mut self, basis: impl Into<String>) -> Self {
        self.legal_basis = Some(basis.into());
        self
    }

    pub fn reason(mut self, reason: impl Into<String>) -> Self {
        self.reason = Some(reason.into());
        self
    }
}

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct AuditEvent {
    pub id: i64,
    pub objection_id: Option<String>,
    pub at: i64,
    pub actor: String,
    pub kind: String,
    pub from_status: Option<String>,
    pub to_status: Option<String>,
    pub detail: String,
}

#[derive(Debug, Clone)]
pub struct NewOutboxMessage {
    pub message_id: String,
    pub objection_id: Option<String>,
    pub kind: String,
    /// The rendered message, sealed with the operator's key.
    pub payload_sealed: String,
    pub created_at: DateTime<Utc>,
}

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct ClaimedMail {
    pub id: i64,
    pub message_id: String,
    pub kind: String,
    pub payload_sealed: Option<String>,
    pub attempts: i64,
    pub created_at: i64,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct OutboxCounts {
    pub pending: i64,
    pub sent: i64,
    pub dead: i64,
}

/// An account of the platform, as imported. Only the keyed hash of its address is matched on;
/// the address itself is sealed.
#[derive(Debug, Clone)]
pub struct AccountRow {
    pub account_id: String,
    pub email_key: String,
    pub email_sealed: String,
    pub country: Option<String>,
    /// JSON array of @handles.
    pub handles: String,
    /// JSON array of display names.
    pub names: String,
    /// The account's language tag, if the platform gave one.
    pub language: Option<String>,
    pub updated_at: DateTime<Utc>,
}

/// An objection that restricted processing at some point, joined with one account of its
/// mailbox (none when the mailbox has no imported account).
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct RegistryRow {
    pub email_key: String,
    pub status: String,
    pub verified_at: Option<i64>,
    pub ended_at: Option<i64>,
    pub account_id: Option<String>,
    pub handles: Option<String>,
}

/// What a retention purge removed (or, in a dry run, would remove).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PurgeSummary {
    pub requests: i64,
    pub by_status: Vec<(String, i64)>,
    pub oldest_received_at: Option<DateTime<Utc>>,
}

/// An audit event recorded with a new objection.
#[derive(Debug, Clone)]
pub struct NewEvent {
    pub actor: &'static str,
    pub kind: &'static str,
    pub detail: serde_json::Value,
}

/// Everything a new objection is stored with.
#[derive(Debug, Clone)]
pub struct NewSubmission {
    pub objection: NewObjection,
    pub token_hash: String,
    pub events: Vec<NewEvent>,
    pub mail: NewOutboxMessage,
}

/// An audit event with its place in the hash chain (see `withhold_core::audit`).
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct ChainedEvent {
    pub seq: i64,
    pub hash: String,
    #[sqlx(flatten)]
    pub event: AuditEvent,
}

impl AuditEvent {
    /// The event's content as the chain hashes it, at position `seq`.
    pub fn chain_entry(&self, seq: i64) -> withhold_core::audit::ChainEntry<'_> {
        withhold_core::audit::ChainEntry {
            seq,
            event_id: self.id,
            objection_id: self.objection_id.as_deref(),
            at: self.at,
            actor: &self.actor,
            kind: &self.kind,
            from_status: self.from_status.as_deref(),
            to_status: self.to_status.as_deref(),
            detail: &self.detail,
        }
    }
}

impl ChainedEvent {
    pub fn entry(&self) -> withhold_core::audit::ChainEntry<'_> {
        self.event.chain_entry(self.seq)
    }
}
