//! The objection journey's use cases: submit, verify, resend, review, decide, withdraw, and
//! what a person sees of their request. Each one is a single database transaction in which the
//! state change, its audit events and any mail it causes are written together.

pub mod accounts;
pub mod campaigns;
pub use campaigns::NoticeOutcome;
mod console;
mod input;
mod view;
mod webhooks;

pub use console::{ExtendOutcome, MAX_EXTENSION_MONTHS, MAX_REASON_CHARS, StaffView};
pub use input::{FieldError, RawSubmission, Submission, message_in as field_message_in, parse as parse_submission};
pub use view::{EventView, ObjectionView};
pub use webhooks::{InvalidWebhookUrl, WebhookTarget, WebhookWorker};

use chrono::{DateTime, Utc};
use serde_json::json;
use std::sync::Arc;
use std::time::Duration;
use tokio::sync::Notify;
use tracing::{instrument, warn};
use withhold_core::{
    AccessToken, Action, AutomatedDecision, EmailAddress, Keys, ObjectionId, Policy, Status, VerificationCode,
};
use withhold_i18n::Tr;
use withhold_mail::worker::prepare;
use withhold_mail::{Rendered, Sender};
use withhold_store::{NewEvent, NewObjection, NewSubmission, ObjectionRow, Store, StoreError, TransitionRecord, Tx};

/// Limits of the email confirmation step.
#[derive(Debug, Clone, Copy)]
pub struct JourneyLimits {
    pub code_ttl: Duration,
    pub max_code_attempts: u32,
    pub max_resends_per_hour: u32,
    /// An unconfirmed request is closed (expired) after this long.
    pub unverified_ttl: Duration,
    /// Requests never confirmed are deleted this long after they arrived.
    pub unverified_retention: Duration,
}

impl Default for JourneyLimits {
    fn default() -> Self {
        JourneyLimits {
            code_ttl: Duration::from_secs(30 * 60),
            max_code_attempts: 5,
            max_resends_per_hour: 3,
            unverified_ttl: Duration::from_secs(24 * 3600),
            unverified_retention: Duration::from_secs(7 * 24 * 3600),
        }
    }
}

#[derive(Debug, thiserror::Error)]
pub enum ServiceError {
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error("stored data could not be decrypted with this server's key")]
    Key,
}

impl ServiceError {
    /// Whether the failure is the database being out of reach (worth a 503 and a retry).
    pub fn is_unavailable(&self) -> bool {
        matches!(self, ServiceError::Store(StoreError::Unavailable(_)))
    }
}

pub type Result<T, E = ServiceError> = std::result::Result<T, E>;

#[derive(Debug)]
pub struct Submitted {
    pub id: ObjectionId,
    pub token: AccessToken,
}

#[derive(Debug)]
pub enum VerifyOutcome {
    /// Confirmed; `status` is where the automated review left it.
    Verified {
        status: Status,
        token: AccessToken,
    },
    /// The mailbox already has an objection in effect; no second one was opened.
    AlreadyInEffect {
        existing: ObjectionId,
        status: Status,
        token: AccessToken,
    },
    WrongCode {
        attempts_left: u32,
    },
    /// Too many wrong codes: the request is closed and the person must start again.
    LockedOut,
    /// The code's time is up; a new one can be sent.
    CodeExpired,
    /// Nothing left to confirm (already verified, or closed).
    NotPending {
        status: Status,
    },
    NotFound,
}

#[derive(Debug)]
pub enum ResendOutcome {
    Sent,
    TooMany { retry_after: Duration },
    NotPending { status: Status },
    NotFound,
}

#[derive(Debug)]
pub enum WithdrawOutcome {
    Withdrawn,
    NotWithdrawable { status: Status },
    NotFound,
}

/// A person's decision on an objection in review.
#[derive(Debug, Clone)]
pub enum StaffDecision {
    Honor,
    Decline { reason: String },
}

#[derive(Debug)]
pub enum DecideOutcome {
    Decided { status: Status },
    NotDecidable { status: Status },
    NotFound,
}

#[derive(Debug, Clone)]
pub struct Service {
    store: Store,
    keys: Keys,
    policy: Arc<Policy>,
    sender: Sender,
    limits: JourneyLimits,
    mail_wake: Arc<Notify>,
    webhooks: Arc<[WebhookTarget]>,
    webhook_wake: Arc<Notify>,
}

const ACTOR_PERSON: &str = "person";
const ACTOR_POLICY: &str = "policy";
const ACTOR_SYSTEM: &str = "system";
const ACTOR_STAFF_PREFIX: &str = "staff:";

fn email_context(id: &str) -> String {
    format!("objection:{id}:email")
}
fn impact_context(id: &str) -> String {
    format!("objection:{id}:impact")
}
fn details_context(id: &str) -> String {
    format!("objection:{id}:details")
}

pub fn human_date(at: DateTime<Utc>) -> String {
    at.format("%-d %B %Y, %H:%M UTC").to_string()
}

/// The translator for mail about `row`: the language the person used when they objected.
pub(crate) fn tr_of(row: &ObjectionRow) -> Tr {
    Tr::new(row.locale.parse().unwrap_or_default())
}

fn parse_status(row: &ObjectionRow) -> Result<Status> {
    Status::parse(&row.status).map_err(|e| ServiceError::Store(StoreError::Corrupt(e.to_string())))
}

fn from_millis(ms: i64) -> DateTime<Utc> {
    DateTime::from_timestamp_millis(ms).unwrap_or_default()
}

impl Service {
    pub fn new(
        store: Store,
        keys: Keys,
        policy: Arc<Policy>,
        sender: Sender,
        limits: JourneyLimits,
        mail_wake: Arc<Notify>,
    ) -> Self {
        Service { store, keys, policy, sender, limits, mail_wake, webhooks: Arc::new([]), webhook_wake: Arc::default() }
    }

    /// Announces every decision and withdrawal to `targets`, waking `wake` when one is queued.
    pub fn with_webhooks(mut self, targets: Arc<[WebhookTarget]>, wake: Arc<Notify>) -> Self {
        self.webhooks = targets;
        self.webhook_wake = wake;
        self
    }

    /// Wakes the workers after a commit that queued mail and perhaps webhook events.
    fn wake_workers(&self) {
        self.mail_wake.notify_one();
        if !self.webhooks.is_empty() {
            self.webhook_wake.notify_one();
        }
    }

    pub fn policy(&self) -> &Policy {
        &self.policy
    }

    pub fn keys(&self) -> &Keys {
        &self.keys
    }

    pub fn store(&self) -> &Store {
        &self.store
    }

    pub fn limits(&self) -> &JourneyLimits {
        &self.limits
    }

    /// Turns what a person typed into a submission, or says what is wrong with each field.
    pub fn parse_submission(&self, raw: &RawSubmission) -> Result<Submission, Vec<FieldError>> {
        input::parse(raw, &self.policy)
    }

    /// The jurisdiction whose rules apply to the objection, by the current policy.
    fn jurisdiction_of(&self, row: &ObjectionRow) -> Result<&withhold_core::Jurisdiction> {
        let country = withhold_core::CountryCode::parse(&row.country)
            .map_err(|e| ServiceError::Store(StoreError::Corrupt(e.to_string())))?;
        Ok(self.policy.jurisdiction_for(country))
    }

    fn email_of(&self, row: &ObjectionRow) -> Result<EmailAddress> {
        let text = self.keys.open_string(&row.email_sealed, &email_context(&row.id)).map_err(|_| ServiceError::Key)?;
        EmailAddress::parse(&text).map_err(|_| ServiceError::Key)
    }

    async fn queue_mail(&self, tx: &mut Tx, objection_id: &str, rendered: &Rendered, now: DateTime<Utc>) -> Result<()> {
        let message = prepare(&self.keys, &self.sender, rendered, Some(objection_id), now);
        tx.enqueue_mail(&message).await?;
        Ok(())
    }

    /// The signed receipt a decision email carries (see `withhold_core::receipt`).
    #[allow(clippy::too_many_arguments)]
    fn signed_receipt(
        &self,
        row: &ObjectionRow,
        email: &EmailAddress,
        decision: &str,
        decided_at: DateTime<Utc>,
        effective_from: Option<DateTime<Utc>>,
        rule: &str,
        legal_basis: &str,
        reason: Option<&str>,
    ) -> String {
        let receipt = withhold_core::receipt::Receipt {
            format: withhold_core::receipt::RECEIPT_FORMAT.into(),
            issuer: self.sender.operator_name.clone(),
            objection_id: row.id.clone(),
            subject_email: email.as_str().to_owned(),
            decision: decision.to_owned(),
            decided_at: decided_at.to_rfc3339(),
            effective_from: effective_from.map(|t| t.to_rfc3339()),
            jurisdiction: row.jurisdiction.clone(),
            rule: rule.to_owned(),
            legal_basis: legal_basis.to_owned(),
            reason: reason.map(str::to_owned),
        };
        serde_json::to_string_pretty(&self.keys.receipt_signer().sign(receipt)).expect("a receipt serializes")
    }

    /// A fresh status link for mail, stored as a hash.
    async fn mint_token(&self, tx: &mut Tx, objection_id: &str, now: DateTime<Utc>) -> Result<AccessToken> {
        let token = AccessToken::generate();
        tx.insert_token(objection_id, &self.keys.token_hash(&token), now).await?;
        Ok(token)
    }

    /// Records a new objection and mails its confirmation code, in one transaction.
    ///
    /// A mailbox gets at most one code email plus `max_resends_per_hour` more in any hour,
    /// however often anyone asks for it: when its requests already share a live code or the
    /// pace is spent, a new request joins them (see [`Service::submit_again`]). Either way the
    /// answer is the same: a new request id and a status link that opens only this request.
    #[instrument(skip_all)]
    pub async fn submit(&self, submission: Submission) -> Result<Submitted> {
        let now = Utc::now();
        let id = ObjectionId::new_random();
        let id_text = id.to_string();
        let jurisdiction = self.policy.jurisdiction_for(submission.country);
        let email_key = self.keys.email_key(&submission.email.normalized());
        let code = VerificationCode::generate();
        let code_expires_at = now + self.limits.code_ttl;
        let new = NewObjection {
            id: id_text.clone(),
            country: submission.country.to_string(),
            jurisdiction: jurisdiction.id.clone(),
            code_hash: self.keys.code_hash(&email_key, &code),
            email_key,
            email_sealed: self.keys.seal(submission.email.as_str().as_bytes(), &email_context(&id_text)),
            impact_sealed: submission
                .impact
                .as_ref()
                .map(|t| self.keys.seal(t.as_str().as_bytes(), &impact_context(&id_text))),
            details_sealed: submission
                .details
                .as_ref()
                .map(|t| self.keys.seal(t.as_str().as_bytes(), &details_context(&id_text))),
            received_at: now,
            due_at: jurisdiction.due_date(now),
            code_expires_at,
            account_id: submission.account_id.clone(),
            locale: submission.locale.tag().to_owned(),
        };
        let token = AccessToken::generate();
        let received = NewEvent {
            actor: ACTOR_PERSON,
            kind: "received",
            detail: json!({
                "country": new.country,
                "jurisdiction": new.jurisdiction,
                "policy_version": self.policy.version(),
                "statement_given": submission.impact.is_some() || submission.details.is_some(),
                "through_personal_link": submission.account_id.is_some(),
                "due_at": new.due_at.to_rfc3339(),
            }),
        };
        let tr = Tr::new(submission.locale);
        if !self.store.mailbox_is_quiet(&new.email_key, now, now - chrono::Duration::hours(1)).await? {
            return self.submit_again(new, received, code, token, tr, &submission.email, now).await;
        }
        // The usual case, a mailbox with no code mailed in the last hour: one statement
        // (group-committed on SQLite).
        let events = vec![
            received,
            NewEvent {
                actor: ACTOR_SYSTEM,
                kind: "code_sent",
                detail: json!({ "expires_at": code_expires_at.to_rfc3339() }),
            },
        ];
        let confirm_url = self.sender.confirm_url(&id_text);
        let mail =
            self.sender.verification_code(tr, &submission.email, code.expose(), self.code_ttl_minutes(), &confirm_url);
        let message = prepare(&self.keys, &self.sender, &mail, Some(&id_text), now);
        let token_hash = self.keys.token_hash(&token);
        self.store.record_submission(NewSubmission { objection: new, token_hash, events, mail: message }).await?;
        self.mail_wake.notify_one();
        Ok(Submitted { id, token })
    }

    /// How many code emails a mailbox may get in an hour: the first and the resends.
    fn code_mails_per_hour(&self) -> usize {
        self.limits.max_resends_per_hour as usize + 1
    }

    /// A request for a mailbox that had a code mailed within the hour. It is recorded as its
    /// own request (what this person typed, their own status link), and:
    /// - if the pace allows another code email, a new code is mailed and every request of the
    ///   mailbox still awaiting confirmation takes it (the earlier code stops working);
    /// - otherwise no email is sent, and the request shares the code already in the mailbox
    ///   (with the wrong guesses already made against it), or, if none is live, waits for one
    ///   to be asked for when the pace allows.
    #[allow(clippy::too_many_arguments)]
    async fn submit_again(
        &self,
        mut new: NewObjection,
        received: NewEvent,
        code: VerificationCode,
        token: AccessToken,
        tr: Tr,
        email: &EmailAddress,
        now: DateTime<Utc>,
    ) -> Result<Submitted> {
        let id_text = new.id.clone();
        let mut tx = self.store.begin().await?;
        tx.lock_mailbox(&new.email_key).await?;
        let mailed = tx.code_mails_since(&new.email_key, now - chrono::Duration::hours(1)).await?;
        let may_mail = mailed.len() < self.code_mails_per_hour();
        let live = tx.live_code(&new.email_key, now).await?;
        let (kind, failures) = match (&live, may_mail) {
            (_, true) => ("code_sent", 0),
            (Some(live), false) => {
                new.code_hash = live.code_hash.clone();
                new.code_expires_at = from_millis(live.code_expires_at);
                ("code_shared", live.code_failed_attempts)
            }
            (None, false) => {
                new.code_hash.clear();
                ("code_withheld", 0)
            }
        };
        tx.insert_pending_objection(&new, failures).await?;
        if may_mail {
            tx.set_mailbox_code(&new.email_key, &new.code_hash, new.code_expires_at, now).await?;
        }
        tx.insert_token(&id_text, &self.keys.token_hash(&token), now).await?;
        tx.append_event(Some(&id_text), now, received.actor, received.kind, None, &received.detail).await?;
        let detail = match kind {
            "code_withheld" => json!({ "code_emails_in_the_last_hour": mailed.len() }),
            _ => json!({ "expires_at": new.code_expires_at.to_rfc3339(), "emailed": may_mail }),
        };
        tx.append_event(Some(&id_text), now, ACTOR_SYSTEM, kind, None, &detail).await?;
        if may_mail {
            let confirm_url = self.sender.confirm_url(&id_text);
            let mail = self.sender.verification_code(tr, email, code.expose(), self.code_ttl_minutes(), &confirm_url);
            self.queue_mail(&mut tx, &id_text, &mail, now).await?;
        }
        tx.commit().await?;
        if may_mail {
            self.mail_wake.notify_one();
        }
        let id = ObjectionId::parse(&id_text).map_err(|e| ServiceError::Store(StoreError::Corrupt(e.to_string())))?;
        Ok(Submitted { id, token })
    }

    fn code_ttl_minutes(&self) -> i64 {
        i64::try_from(self.limits.code_ttl.as_secs() / 60).unwrap_or(i64::MAX).max(1)
    }

    /// Checks a confirmation code. A correct one verifies the objection, which restricts the
    /// person's data at once, and runs the automated review straight away.
    ///
    /// Proving the mailbox is what grants a status link: every link issued before (to whoever
    /// submitted the request) is revoked here, and the confirmer gets a fresh one.
    #[instrument(skip_all)]
    pub async fn verify(&self, id: &ObjectionId, entered: &VerificationCode) -> Result<VerifyOutcome> {
        let now = Utc::now();
        let id_text = id.to_string();
        let mut tx = self.store.begin().await?;
        let Some(row) = tx.lock_objection(&id_text).await? else {
            return Ok(VerifyOutcome::NotFound);
        };
        let status = parse_status(&row)?;
        if status != Status::PendingVerification {
            return Ok(VerifyOutcome::NotPending { status });
        }
        let max = i64::from(self.limits.max_code_attempts);
        if row.code_failed_attempts >= max {
            // Used up by guesses against a code it shares with the mailbox's other requests.
            self.lock_out(&mut tx, &id_text, status, now).await?;
            tx.commit().await?;
            return Ok(VerifyOutcome::LockedOut);
        }
        let (Some(code_hash), Some(expires_at)) = (&row.code_hash, row.code_expires_at) else {
            return Ok(VerifyOutcome::CodeExpired);
        };
        if from_millis(expires_at) <= now {
            return Ok(VerifyOutcome::CodeExpired);
        }
        let matches = self.keys.code_matches(&row.email_key, entered, code_hash)
            || self.keys.code_matches(&id_text, entered, code_hash);
        if !matches {
            let failures = tx.record_wrong_code(&id_text, &row.email_key, code_hash, now).await?;
            tx.append_event(Some(&id_text), now, ACTOR_PERSON, "code_rejected", None, &json!({ "failures": failures }))
                .await?;
            let outcome = if failures >= max {
                self.lock_out(&mut tx, &id_text, status, now).await?;
                VerifyOutcome::LockedOut
            } else {
                VerifyOutcome::WrongCode { attempts_left: u32::try_from(max - failures).unwrap_or(0) }
            };
            tx.commit().await?;
            return Ok(outcome);
        }
        let revoked = tx.revoke_tokens(&id_text).await?;

        tx.lock_mailbox(&row.email_key).await?;
        if let Some(existing) = tx.in_effect_for_email(&row.email_key).await? {
            // One objection per mailbox: the repeat is folded into the one in effect, and the
            // person is shown it (they have just proven they own the mailbox).
            let existing_status = parse_status(&existing)?;
            tx.delete_unverified(&id_text).await?;
            tx.append_event(
                Some(&existing.id),
                now,
                ACTOR_PERSON,
                "repeat_request_confirmed",
                None,
                &json!({ "discarded_request": id_text }),
            )
            .await?;
            let token = self.mint_token(&mut tx, &existing.id, now).await?;
            tx.commit().await?;
            let existing = ObjectionId::parse(&existing.id)
                .map_err(|e| ServiceError::Store(StoreError::Corrupt(e.to_string())))?;
            return Ok(VerifyOutcome::AlreadyInEffect { existing, status: existing_status, token });
        }

        let transition = status.apply(Action::Verify).expect("pending requests can be verified");
        let record = TransitionRecord::new(
            now,
            ACTOR_PERSON,
            json!({ "restricted_from": now.to_rfc3339(), "status_links_revoked": revoked }),
        );
        tx.apply_transition(&id_text, transition, &record).await?;
        let token = self.mint_token(&mut tx, &id_text, now).await?;
        // The automated review in the same transaction: the person's answer already carries
        // the decision, and the single SQLite writer is taken once, not twice. (Objections left
        // verified by an older version or a changed policy are decided by the reviewer.)
        let reviewed = self.review_in(&mut tx, &id_text, &row, now).await?;
        tx.commit().await?;
        self.mail_wake.notify_one();
        Ok(VerifyOutcome::Verified { status: reviewed.to(), token })
    }

    /// Closes a request after too many wrong codes.
    async fn lock_out(&self, tx: &mut Tx, id: &str, status: Status, now: DateTime<Utc>) -> Result<()> {
        let transition = status.apply(Action::Expire).expect("pending requests can expire");
        let record = TransitionRecord::new(now, ACTOR_SYSTEM, json!({ "reason": "too_many_wrong_codes" }))
            .reason("too many wrong confirmation codes");
        tx.apply_transition(id, transition, &record).await?;
        Ok(())
    }

    /// Mails a new code for the request, which every request of the mailbox still awaiting
    /// confirmation takes; at most one code email plus `max_resends_per_hour` an hour reach a
    /// mailbox, whichever request asks.
    #[instrument(skip_all)]
    pub async fn resend(&self, id: &ObjectionId) -> Result<ResendOutcome> {
        let now = Utc::now();
        let id_text = id.to_string();
        let mut tx = self.store.begin().await?;
        let Some(row) = tx.lock_objection(&id_text).await? else {
            return Ok(ResendOutcome::NotFound);
        };
        let status = parse_status(&row)?;
        if status != Status::PendingVerification {
            return Ok(ResendOutcome::NotPending { status });
        }
        tx.lock_mailbox(&row.email_key).await?;
        let hour = chrono::Duration::hours(1);
        let recent = tx.code_mails_since(&row.email_key, now - hour).await?;
        let allowed = self.code_mails_per_hour();
        if recent.len() >= allowed {
            // Free again when the oldest mail that keeps the count at its limit is an hour old.
            let oldest = recent[recent.len() - allowed];
            let retry_after = (oldest + hour - now).to_std().unwrap_or(Duration::from_secs(1));
            return Ok(ResendOutcome::TooMany { retry_after });
        }
        let code = VerificationCode::generate();
        let expires_at = now + self.limits.code_ttl;
        tx.set_mailbox_code(&row.email_key, &self.keys.code_hash(&row.email_key, &code), expires_at, now).await?;
        tx.append_event(
            Some(&id_text),
            now,
            ACTOR_PERSON,
            "code_resent",
            None,
            &json!({ "expires_at": expires_at.to_rfc3339() }),
        )
        .await?;
        let email = self.email_of(&row)?;
        let confirm_url = self.sender.confirm_url(&id_text);
        let mail =
            self.sender.verification_code(tr_of(&row), &email, code.expose(), self.code_ttl_minutes(), &confirm_url);
        self.queue_mail(&mut tx, &id_text, &mail, now).await?;
        tx.commit().await?;
        self.mail_wake.notify_one();
        Ok(ResendOutcome::Sent)
    }

    /// The automated review of one verified objection: honor, or hand to a person. Returns the
    /// status it leaves the objection in.
    #[instrument(skip_all)]
    pub async fn review_one(&self, id: &str) -> Result<Status> {
        let now = Utc::now();
        let mut tx = self.store.begin().await?;
        let Some(row) = tx.lock_objection(id).await? else {
            return Err(ServiceError::Store(StoreError::Conflict));
        };
        let status = parse_status(&row)?;
        if status != Status::Verified {
            return Ok(status);
        }
        let transition = self.review_in(&mut tx, id, &row, now).await?;
        tx.commit().await?;
        self.wake_workers();
        Ok(transition.to())
    }

    /// The automated review inside `tx`, for `row`, which is verified: honor, or hand to a
    /// person, with the email that says so.
    async fn review_in(
        &self,
        tx: &mut Tx,
        id: &str,
        row: &ObjectionRow,
        now: DateTime<Utc>,
    ) -> Result<withhold_core::Transition> {
        let status = Status::Verified;
        let jurisdiction = self.jurisdiction_of(row)?;
        let statement_given = row.impact_sealed.is_some() || row.details_sealed.is_some();
        let email = self.email_of(row)?;
        let token = self.mint_token(tx, id, now).await?;
        let status_url = self.sender.status_url(id, token.expose());
        let tr = tr_of(row);
        let effective = tr.datetime(row.verified_at.map(from_millis).unwrap_or(now));
        let (action, record, mail) = match jurisdiction.decide(statement_given) {
            AutomatedDecision::Honor { rule, legal_basis } => {
                let effective_from = row.verified_at.map(from_millis).unwrap_or(now);
                let receipt =
                    self.signed_receipt(row, &email, "honored", now, Some(effective_from), &rule, &legal_basis, None);
                // The mail states the legal basis in the person's language; the signed receipt keeps
                // the policy's own (English) wording, the same for every reader.
                let basis_in_language = jurisdiction.legal_basis_in(tr.locale());
                let mail = self
                    .sender
                    .honored(tr, &email, &effective, basis_in_language, &rule, &status_url)
                    .with_receipt(receipt, &self.sender, tr);
                let detail =
                    json!({ "rule": rule, "legal_basis": legal_basis, "policy_version": self.policy.version() });
                let record = TransitionRecord::new(now, ACTOR_POLICY, detail).rule(rule).legal_basis(legal_basis);
                (Action::Honor, record, mail)
            }
            AutomatedDecision::HumanReview { rule, reason } => {
                let due = tr.datetime(from_millis(row.due_at));
                let mail =
                    self.sender.sent_to_review(tr, &email, &effective, &tr.recorded_reason(&reason), &due, &status_url);
                let detail = json!({ "rule": rule, "reason": reason, "policy_version": self.policy.version() });
                let record = TransitionRecord::new(now, ACTOR_POLICY, detail)
                    .rule(rule)
                    .legal_basis(jurisdiction.legal_basis.clone())
                    .reason(reason);
                (Action::SendToReview, record, mail)
            }
        };
        let transition = status.apply(action).expect("verified objections can be honored or sent to review");
        tx.apply_transition(id, transition, &record).await?;
        self.queue_mail(tx, id, &mail, now).await?;
        if transition.to() == Status::Honored {
            let effective_from = row.verified_at.map(from_millis).unwrap_or(now);
            self.queue_webhooks(tx, row, Status::Honored, effective_from, now).await?;
        }
        Ok(transition)
    }

    /// A staff member's decision on an objection that awaits one.
    #[instrument(skip_all)]
    pub async fn decide(&self, id: &ObjectionId, decision: StaffDecision, actor: &str) -> Result<DecideOutcome> {
        let now = Utc::now();
        let id_text = id.to_string();
        let mut tx = self.store.begin().await?;
        let Some(row) = tx.lock_objection(&id_text).await? else {
            return Ok(DecideOutcome::NotFound);
        };
        let status = parse_status(&row)?;
        let action = match decision {
            StaffDecision::Honor => Action::Honor,
            StaffDecision::Decline { .. } => Action::Decline,
        };
        let Ok(transition) = status.apply(action) else {
            return Ok(DecideOutcome::NotDecidable { status });
        };
        let jurisdiction = self.jurisdiction_of(&row)?;
        let email = self.email_of(&row)?;
        let token = self.mint_token(&mut tx, &id_text, now).await?;
        let status_url = self.sender.status_url(&id_text, token.expose());
        let rule = format!("{}/staff-decision", jurisdiction.id);
        let tr = tr_of(&row);
        let (record, mail) = match decision {
            StaffDecision::Honor => {
                let effective_from = row.verified_at.map(from_millis).unwrap_or(now);
                let effective = tr.datetime(effective_from);
                let receipt = self.signed_receipt(
                    &row,
                    &email,
                    "honored",
                    now,
                    Some(effective_from),
                    &rule,
                    &jurisdiction.legal_basis,
                    None,
                );
                let mail = self
                    .sender
                    .honored(tr, &email, &effective, jurisdiction.legal_basis_in(tr.locale()), &rule, &status_url)
                    .with_receipt(receipt, &self.sender, tr);
                let record = TransitionRecord::new(now, actor, json!({ "rule": rule }))
                    .rule(rule.clone())
                    .legal_basis(jurisdiction.legal_basis.clone());
                (record, mail)
            }
            StaffDecision::Decline { reason } => {
                let receipt = self.signed_receipt(
                    &row,
                    &email,
                    "declined",
                    now,
                    None,
                    &rule,
                    &jurisdiction.legal_basis,
                    Some(&reason),
                );
                let mail = self
                    .sender
                    .declined(
                        tr,
                        &email,
                        &reason,
                        &tr.datetime(now),
                        jurisdiction.complaint_in(tr.locale()),
                        &status_url,
                    )
                    .with_receipt(receipt, &self.sender, tr);
                let record = TransitionRecord::new(now, actor, json!({ "rule": rule }))
                    .rule(rule.clone())
                    .legal_basis(jurisdiction.legal_basis.clone())
                    .reason(reason);
                (record, mail)
            }
        };
        tx.apply_transition(&id_text, transition, &record).await?;
        self.queue_mail(&mut tx, &id_text, &mail, now).await?;
        let effective_from = match transition.to() {
            Status::Honored => row.verified_at.map(from_millis).unwrap_or(now),
            _ => now,
        };
        self.queue_webhooks(&mut tx, &row, transition.to(), effective_from, now).await?;
        tx.commit().await?;
        self.wake_workers();
        Ok(DecideOutcome::Decided { status: transition.to() })
    }

    /// Withdraws an honored objection, going forward, and confirms it by email.
    #[instrument(skip_all)]
    pub async fn withdraw(&self, id: &ObjectionId, token: &AccessToken) -> Result<WithdrawOutcome> {
        let now = Utc::now();
        let id_text = id.to_string();
        let mut tx = self.store.begin().await?;
        if !tx.token_opens(&id_text, &self.keys.token_hash(token)).await? {
            return Ok(WithdrawOutcome::NotFound);
        }
        let Some(row) = tx.lock_objection(&id_text).await? else {
            return Ok(WithdrawOutcome::NotFound);
        };
        let status = parse_status(&row)?;
        let Ok(transition) = status.apply(Action::Withdraw) else {
            return Ok(WithdrawOutcome::NotWithdrawable { status });
        };
        let record = TransitionRecord::new(now, ACTOR_PERSON, json!({ "effective_from": now.to_rfc3339() }));
        tx.apply_transition(&id_text, transition, &record).await?;
        let email = self.email_of(&row)?;
        let new_token = self.mint_token(&mut tx, &id_text, now).await?;
        let jurisdiction = self.jurisdiction_of(&row)?;
        let receipt = self.signed_receipt(
            &row,
            &email,
            "withdrawn",
            now,
            None,
            "person/withdrawal",
            &jurisdiction.legal_basis,
            None,
        );
        let tr = tr_of(&row);
        let mail = self
            .sender
            .withdrawn(tr, &email, &tr.datetime(now), &self.sender.status_url(&id_text, new_token.expose()))
            .with_receipt(receipt, &self.sender, tr);
        self.queue_mail(&mut tx, &id_text, &mail, now).await?;
        self.queue_webhooks(&mut tx, &row, transition.to(), now, now).await?;
        tx.commit().await?;
        self.wake_workers();
        Ok(WithdrawOutcome::Withdrawn)
    }

    /// What the holder of a status link may see of their request; None if the link is wrong.
    pub async fn view(&self, id: &ObjectionId, token: &AccessToken) -> Result<Option<ObjectionView>> {
        let id_text = id.to_string();
        let Some(row) = self.store.objection_with_token(&id_text, &self.keys.token_hash(token)).await? else {
            return Ok(None);
        };
        let events = self.store.events(&id_text).await?;
        let email = self.email_of(&row)?;
        Ok(Some(view::build(&row, parse_status(&row)?, &email, &events, &self.policy)))
    }

    /// The status of a request by id alone: for the confirmation page, which shows no details.
    pub async fn status_of(&self, id: &ObjectionId) -> Result<Option<Status>> {
        match self.store.objection(&id.to_string()).await? {
            Some(row) => Ok(Some(parse_status(&row)?)),
            None => Ok(None),
        }
    }

    /// Decides every verified objection still waiting, and closes requests never confirmed.
    /// Returns how many objections were handled.
    #[instrument(skip_all)]
    pub async fn sweep(&self) -> Result<usize> {
        let mut handled = 0;
        for id in self.store.awaiting_review(100).await? {
            match self.review_one(&id).await {
                Ok(_) => handled += 1,
                Err(ServiceError::Store(StoreError::Conflict)) => {}
                Err(e) => return Err(e),
            }
        }
        let cutoff = Utc::now() - self.limits.unverified_ttl;
        for id in self.store.stale_unverified(cutoff, 100).await? {
            let now = Utc::now();
            let mut tx = self.store.begin().await?;
            let Some(row) = tx.lock_objection(&id).await? else { continue };
            let Ok(transition) = parse_status(&row)?.apply(Action::Expire) else { continue };
            let record = TransitionRecord::new(now, ACTOR_SYSTEM, json!({ "reason": "not_confirmed_in_time" }))
                .reason("the email address was not confirmed in time");
            match tx.apply_transition(&id, transition, &record).await {
                Ok(()) => {
                    tx.commit().await?;
                    handled += 1;
                }
                Err(StoreError::Conflict) => {}
                Err(e) => return Err(e.into()),
            }
        }
        Ok(handled)
    }

    /// Deletes requests that were never confirmed once their retention period is over
    /// (see [`JourneyLimits::unverified_retention`]); decided requests are kept.
    pub async fn purge_unverified(&self, dry_run: bool) -> Result<withhold_store::PurgeSummary> {
        let cutoff = Utc::now() - self.limits.unverified_retention;
        Ok(self.store.purge_unverified(cutoff, dry_run).await?)
    }

    /// Runs [`Service::sweep`] every `interval` until `shutdown` resolves.
    pub async fn run_reviewer(self, interval: Duration, shutdown: impl std::future::Future<Output = ()>) {
        tokio::pin!(shutdown);
        let mut last_purge: Option<tokio::time::Instant> = None;
        loop {
            if let Err(e) = self.sweep().await {
                warn!(error = %e, "the reviewer could not finish a pass; retrying");
            }
            // Retention runs hourly; it is cheap, but there is no hurry.
            if last_purge.is_none_or(|at| at.elapsed() >= Duration::from_secs(3600)) {
                match self.purge_unverified(false).await {
                    Ok(summary) => {
                        last_purge = Some(tokio::time::Instant::now());
                        if summary.requests > 0 {
                            tracing::info!(requests = summary.requests, "purged requests never confirmed");
                        }
                    }
                    Err(e) => warn!(error = %e, "the retention purge failed; retrying"),
                }
            }
            tokio::select! {
                _ = &mut shutdown => return,
                _ = tokio::time::sleep(interval) => {}
            }
        }
    }
}
