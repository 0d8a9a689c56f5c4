//! Confirmation codes per mailbox. A mailbox has at most one live code at a time, shared by
//! all its requests still awaiting confirmation, so that asking again does not mail again
//! beyond the resend pace, and the wrong guesses made against that code are counted together.

use crate::{Result, Store, StoreError, Tx, millis};
use chrono::{DateTime, Utc};

/// The code a mailbox's pending requests currently share.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct LiveCode {
    pub code_hash: String,
    pub code_expires_at: i64,
    pub code_failed_attempts: i64,
}

// `(status || '')` keeps SQLite's planner off the status index, which it would otherwise take
// for these statements and scan every request awaiting confirmation (measured: 10-15 ms a
// statement at 38,000 of them, against microseconds through the mailbox's own index).
const LIVE_CODE: &str = "SELECT code_hash, code_expires_at, code_failed_attempts FROM objections
     WHERE email_key = $1 AND (status || '') = 'pending_verification' AND code_hash IS NOT NULL
       AND code_expires_at > $2
     ORDER BY received_at DESC LIMIT 1";

impl Store {
    /// Whether the mailbox has no live code and was mailed no code since `since`: then a new
    /// request may simply mail one (the common case, kept to one indexed read).
    pub async fn mailbox_is_quiet(&self, email_key: &str, now: DateTime<Utc>, since: DateTime<Utc>) -> Result<bool> {
        let busy = sqlx::query_scalar::<_, i64>(
            "SELECT 1 FROM objections o WHERE o.email_key = $1 AND (
                (o.status = 'pending_verification' AND o.code_hash IS NOT NULL AND o.code_expires_at > $2)
                OR EXISTS (SELECT 1 FROM audit_events e WHERE e.objection_id = o.id AND e.at >= $3
                           AND e.kind IN ('code_sent', 'code_resent')))
             LIMIT 1",
        )
        .bind(email_key)
        .bind(millis(now))
        .bind(millis(since))
        .fetch_optional(&self.read)
        .await?;
        Ok(busy.is_none())
    }

    /// The mailbox's live code, if one of its requests awaiting confirmation has one.
    pub async fn live_code(&self, email_key: &str, now: DateTime<Utc>) -> Result<Option<LiveCode>> {
        Ok(sqlx::query_as::<_, LiveCode>(LIVE_CODE)
            .bind(email_key)
            .bind(millis(now))
            .fetch_optional(&self.read)
            .await?)
    }
}

impl Tx {
    /// [`Store::live_code`], inside the transaction (after [`Tx::lock_mailbox`]).
    pub async fn live_code(&mut self, email_key: &str, now: DateTime<Utc>) -> Result<Option<LiveCode>> {
        Ok(sqlx::query_as::<_, LiveCode>(LIVE_CODE)
            .bind(email_key)
            .bind(millis(now))
            .fetch_optional(&mut *self.inner)
            .await?)
    }

    /// How many code emails went to the mailbox since `since` (first codes and resends, for any
    /// of its requests).
    pub async fn code_mails_since(&mut self, email_key: &str, since: DateTime<Utc>) -> Result<Vec<DateTime<Utc>>> {
        let times = sqlx::query_scalar::<_, i64>(
            "SELECT e.at FROM audit_events e JOIN objections o ON o.id = e.objection_id
             WHERE o.email_key = $1 AND e.kind IN ('code_sent', 'code_resent') AND e.at >= $2
             ORDER BY e.at",
        )
        .bind(email_key)
        .bind(millis(since))
        .fetch_all(&mut *self.inner)
        .await?;
        Ok(times.into_iter().filter_map(DateTime::from_timestamp_millis).collect())
    }

    /// Gives every request of the mailbox still awaiting confirmation the new code. Wrong
    /// guesses already made are kept: they are capped per request in total, not per code.
    pub async fn set_mailbox_code(
        &mut self,
        email_key: &str,
        code_hash: &str,
        expires_at: DateTime<Utc>,
        at: DateTime<Utc>,
    ) -> Result<u64> {
        let result = sqlx::query(
            "UPDATE objections SET code_hash = $1, code_expires_at = $2, updated_at = $3
             WHERE email_key = $4 AND (status || '') = 'pending_verification'",
        )
        .bind(code_hash)
        .bind(millis(expires_at))
        .bind(millis(at))
        .bind(email_key)
        .execute(&mut *self.inner)
        .await?;
        Ok(result.rows_affected())
    }

    /// Counts a wrong code against the request `id` and every other request of its mailbox that
    /// shares the same code; returns the count now recorded for `id`.
    pub async fn record_wrong_code(
        &mut self,
        id: &str,
        email_key: &str,
        code_hash: &str,
        at: DateTime<Utc>,
    ) -> Result<i64> {
        sqlx::query(
            "UPDATE objections SET code_failed_attempts = code_failed_attempts + 1, updated_at = $1
             WHERE (status || '') = 'pending_verification'
               AND (id = $2 OR (email_key = $3 AND code_hash = $4))",
        )
        .bind(millis(at))
        .bind(id)
        .bind(email_key)
        .bind(code_hash)
        .execute(&mut *self.inner)
        .await?;
        let n = sqlx::query_scalar::<_, i64>("SELECT code_failed_attempts FROM objections WHERE id = $1")
            .bind(id)
            .fetch_one(&mut *self.inner)
            .await?;
        Ok(n)
    }

    /// Revokes every status link of the objection: used when the mailbox is proven, so that
    /// nothing handed out before the proof (to whoever submitted the request) opens it after.
    pub async fn revoke_tokens(&mut self, objection_id: &str) -> Result<u64> {
        let result = sqlx::query("DELETE FROM access_tokens WHERE objection_id = $1")
            .bind(objection_id)
            .execute(&mut *self.inner)
            .await?;
        Ok(result.rows_affected())
    }

    /// Records a request awaiting confirmation, with a code hash given by the caller (shared
    /// with the mailbox's other pending requests, or new) and `failed_attempts` already counted
    /// against that code. An empty `code_hash` records a request with no code yet (the mailbox
    /// had all the code emails its pace allows): the person asks for one when the pace allows.
    pub async fn insert_pending_objection(&mut self, new: &crate::NewObjection, failed_attempts: i64) -> Result<()> {
        let result = sqlx::query(
            "INSERT INTO objections (id, status, country, jurisdiction, email_key, email_sealed, impact_sealed,
                details_sealed, received_at, due_at, code_hash, code_expires_at, code_failed_attempts, updated_at,
                account_id, locale)
             VALUES ($1, 'pending_verification', $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $8, $13, $14)",
        )
        .bind(&new.id)
        .bind(&new.country)
        .bind(&new.jurisdiction)
        .bind(&new.email_key)
        .bind(&new.email_sealed)
        .bind(&new.impact_sealed)
        .bind(&new.details_sealed)
        .bind(millis(new.received_at))
        .bind(millis(new.due_at))
        .bind((!new.code_hash.is_empty()).then_some(&new.code_hash))
        .bind((!new.code_hash.is_empty()).then_some(millis(new.code_expires_at)))
        .bind(failed_attempts)
        .bind(&new.account_id)
        .bind(&new.locale)
        .execute(&mut *self.inner)
        .await?;
        if result.rows_affected() != 1 {
            return Err(StoreError::Conflict);
        }
        Ok(())
    }
}
