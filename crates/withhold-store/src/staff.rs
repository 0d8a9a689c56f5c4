//! Staff accounts and their sessions. Sign-ins, failed ones and sign-outs are audit events
//! written in the same transaction as the change.

use crate::{Result, Store, millis};
use chrono::{DateTime, Utc};

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct StaffRow {
    pub name: String,
    pub role: String,
    pub password_hash: String,
}

impl Store {
    /// Adds a staff member, or replaces the role and password of an existing one.
    pub async fn put_staff(&self, name: &str, role: &str, password_hash: &str, at: DateTime<Utc>) -> Result<()> {
        let mut tx = self.begin().await?;
        sqlx::query(
            "INSERT INTO staff_users (name, role, password_hash, created_at) VALUES ($1, $2, $3, $4)
             ON CONFLICT (name) DO UPDATE SET role = excluded.role, password_hash = excluded.password_hash",
        )
        .bind(name)
        .bind(role)
        .bind(password_hash)
        .bind(millis(at))
        .execute(&mut *tx.inner)
        .await?;
        let detail = serde_json::json!({ "user": name, "role": role });
        tx.append_event(None, at, "cli", "staff_user_saved", None, &detail).await?;
        tx.commit().await
    }

    /// Every staff member, by name, with when they last signed in; the listing is an audit
    /// event.
    pub async fn list_staff(&self, actor: &str) -> Result<Vec<(String, String, Option<i64>)>> {
        let rows: Vec<(String, String, Option<i64>)> = sqlx::query_as(
            "SELECT u.name, u.role, (SELECT MAX(s.created_at) FROM staff_sessions s WHERE s.user_name = u.name)
             FROM staff_users u ORDER BY u.name",
        )
        .fetch_all(&self.read)
        .await?;
        self.record_operation(actor, "staff_listed", &serde_json::json!({ "staff": rows.len() })).await?;
        Ok(rows)
    }

    /// Removes a staff member and ends their sessions; false if there is no such name.
    pub async fn remove_staff(&self, name: &str, at: DateTime<Utc>, actor: &str) -> Result<bool> {
        let mut tx = self.begin().await?;
        sqlx::query("DELETE FROM staff_sessions WHERE user_name = $1").bind(name).execute(&mut *tx.inner).await?;
        let removed = sqlx::query("DELETE FROM staff_users WHERE name = $1")
            .bind(name)
            .execute(&mut *tx.inner)
            .await?
            .rows_affected();
        if removed == 0 {
            return Ok(false);
        }
        tx.append_event(None, at, actor, "staff_user_removed", None, &serde_json::json!({ "user": name })).await?;
        tx.commit().await?;
        Ok(true)
    }

    pub async fn staff(&self, name: &str) -> Result<Option<StaffRow>> {
        Ok(sqlx::query_as::<_, StaffRow>("SELECT name, role, password_hash FROM staff_users WHERE name = $1")
            .bind(name)
            .fetch_optional(&self.read)
            .await?)
    }

    /// The failed sign-ins counted under each key (0 for a key never seen or forgotten, that
    /// is, whose last failure is before `forget_before`), with the time of the last one.
    pub async fn sign_in_failures(
        &self,
        keys: [&str; 2],
        forget_before: DateTime<Utc>,
    ) -> Result<[(i64, Option<DateTime<Utc>>); 2]> {
        let mut out = [(0, None); 2];
        for (slot, key) in out.iter_mut().zip(keys) {
            let row: Option<(i64, i64)> = sqlx::query_as(
                "SELECT failures, last_failed_at FROM sign_in_failures WHERE key = $1 AND last_failed_at >= $2",
            )
            .bind(key)
            .bind(millis(forget_before))
            .fetch_optional(&self.read)
            .await?;
            if let Some((failures, at)) = row {
                *slot = (failures, DateTime::from_timestamp_millis(at));
            }
        }
        Ok(out)
    }

    /// Counts a failed sign-in under each key (a count whose last failure is before
    /// `forget_before` starts again) and records it in the audit log, in one transaction.
    /// `account` is the staff member's name when the name exists; the audit entry names no
    /// name otherwise. Returns the counts now recorded.
    pub async fn record_failed_sign_in(
        &self,
        keys: [&str; 2],
        name_key: &str,
        at: DateTime<Utc>,
        forget_before: DateTime<Utc>,
        account: Option<&str>,
        address: &str,
    ) -> Result<[i64; 2]> {
        let mut tx = self.begin().await?;
        let mut counts = [0; 2];
        for ((count, key), name_key) in counts.iter_mut().zip(keys).zip([Some(name_key), None]) {
            *count = sqlx::query_scalar::<_, i64>(
                "INSERT INTO sign_in_failures (key, name_key, failures, last_failed_at) VALUES ($1, $4, 1, $2)
                 ON CONFLICT (key) DO UPDATE SET
                    failures = CASE WHEN sign_in_failures.last_failed_at < $3 THEN 1
                                    ELSE sign_in_failures.failures + 1 END,
                    last_failed_at = excluded.last_failed_at
                 RETURNING failures",
            )
            .bind(key)
            .bind(millis(at))
            .bind(millis(forget_before))
            .bind(name_key)
            .fetch_one(&mut *tx.inner)
            .await?;
        }
        let actor = account.map(|name| format!("staff:{name}")).unwrap_or_else(|| "unknown".to_owned());
        let detail = serde_json::json!({
            "address": address,
            "known_account": account.is_some(),
            "failures_for_name_from_address": counts[0],
            "failures_from_address": counts[1],
        });
        tx.append_event(None, at, &actor, "staff_sign_in_failed", None, &detail).await?;
        tx.commit().await?;
        Ok(counts)
    }

    /// Clears every count of failed sign-ins for the name with `name_key` (from any address);
    /// returns how many there were.
    pub async fn unlock_sign_in(&self, name_key: &str, name: &str, at: DateTime<Utc>, actor: &str) -> Result<u64> {
        let mut tx = self.begin().await?;
        let cleared = sqlx::query("DELETE FROM sign_in_failures WHERE name_key = $1")
            .bind(name_key)
            .execute(&mut *tx.inner)
            .await?
            .rows_affected();
        let detail = serde_json::json!({ "user": name, "counts_cleared": cleared });
        tx.append_event(None, at, actor, "staff_sign_in_unlocked", None, &detail).await?;
        tx.commit().await?;
        Ok(cleared)
    }

    /// Starts a session after a successful login.
    pub async fn start_staff_session(
        &self,
        name: &str,
        token_hash: &str,
        at: DateTime<Utc>,
        expires_at: DateTime<Utc>,
        cleared_sign_in_key: &str,
    ) -> Result<()> {
        let mut tx = self.begin().await?;
        // The owner is in: the failures counted for this name from this address are done with.
        sqlx::query("DELETE FROM sign_in_failures WHERE key = $1")
            .bind(cleared_sign_in_key)
            .execute(&mut *tx.inner)
            .await?;
        sqlx::query(
            "INSERT INTO staff_sessions (token_hash, user_name, created_at, expires_at) VALUES ($1, $2, $3, $4)",
        )
        .bind(token_hash)
        .bind(name)
        .bind(millis(at))
        .bind(millis(expires_at))
        .execute(&mut *tx.inner)
        .await?;
        tx.append_event(None, at, &format!("staff:{name}"), "staff_logged_in", None, &serde_json::json!({})).await?;
        tx.commit().await
    }

    /// The staff member of a live session.
    pub async fn staff_for_session(&self, token_hash: &str, now: DateTime<Utc>) -> Result<Option<StaffRow>> {
        Ok(sqlx::query_as::<_, StaffRow>(
            "SELECT u.name, u.role, u.password_hash
             FROM staff_sessions s JOIN staff_users u ON u.name = s.user_name
             WHERE s.token_hash = $1 AND s.expires_at > $2",
        )
        .bind(token_hash)
        .bind(millis(now))
        .fetch_optional(&self.read)
        .await?)
    }

    pub async fn end_staff_session(&self, token_hash: &str, name: &str, at: DateTime<Utc>) -> Result<()> {
        let mut tx = self.begin().await?;
        sqlx::query("DELETE FROM staff_sessions WHERE token_hash = $1")
            .bind(token_hash)
            .execute(&mut *tx.inner)
            .await?;
        tx.append_event(None, at, &format!("staff:{name}"), "staff_logged_out", None, &serde_json::json!({})).await?;
        tx.commit().await
    }
}

/// One request awaiting a person's decision, for the review queue.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct QueuedReview {
    pub id: String,
    pub country: String,
    pub jurisdiction: String,
    pub received_at: i64,
    pub due_at: i64,
}

impl Store {
    /// Requests awaiting a person's decision, oldest first.
    pub async fn review_queue(&self, limit: i64) -> Result<Vec<QueuedReview>> {
        Ok(sqlx::query_as::<_, QueuedReview>(
            "SELECT id, country, jurisdiction, received_at, due_at FROM objections
             WHERE status = 'needs_review' ORDER BY received_at, id LIMIT $1",
        )
        .bind(limit)
        .fetch_all(&self.read)
        .await?)
    }
}
