//! Staff accounts and their sessions. Logins, lockouts and logouts are audit events written in
//! the same transaction as the change.

use crate::{Result, Store, millis};
use chrono::{DateTime, Utc};

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct StaffRow {
    pub name: String,
    pub role: String,
    pub password_hash: String,
    pub failed_logins: i64,
    pub locked_until: Option<i64>,
}

impl Store {
    /// Adds a staff member, or replaces the role and password of an existing one.
    pub async fn put_staff(&self, name: &str, role: &str, password_hash: &str, at: DateTime<Utc>) -> Result<()> {
        let mut tx = self.begin().await?;
        sqlx::query(
            "INSERT INTO staff_users (name, role, password_hash, created_at) VALUES ($1, $2, $3, $4)
             ON CONFLICT (name) DO UPDATE SET role = excluded.role, password_hash = excluded.password_hash,
                failed_logins = 0, locked_until = NULL",
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

    pub async fn staff(&self, name: &str) -> Result<Option<StaffRow>> {
        Ok(sqlx::query_as::<_, StaffRow>(
            "SELECT name, role, password_hash, failed_logins, locked_until FROM staff_users WHERE name = $1",
        )
        .bind(name)
        .fetch_optional(&self.read)
        .await?)
    }

    /// Records a failed login; locks the account until `lock_until` once `max_failures` is
    /// reached. Returns whether it is now locked.
    pub async fn record_failed_login(
        &self,
        name: &str,
        at: DateTime<Utc>,
        max_failures: i64,
        lock_until: DateTime<Utc>,
    ) -> Result<bool> {
        let mut tx = self.begin().await?;
        let failures: Option<i64> = sqlx::query_scalar(
            "UPDATE staff_users SET failed_logins = failed_logins + 1 WHERE name = $1 RETURNING failed_logins",
        )
        .bind(name)
        .fetch_optional(&mut *tx.inner)
        .await?;
        let Some(failures) = failures else { return Ok(false) };
        let locked = failures >= max_failures;
        if locked {
            sqlx::query("UPDATE staff_users SET locked_until = $1, failed_logins = 0 WHERE name = $2")
                .bind(millis(lock_until))
                .bind(name)
                .execute(&mut *tx.inner)
                .await?;
        }
        let kind = if locked { "staff_locked_out" } else { "staff_login_failed" };
        tx.append_event(None, at, &format!("staff:{name}"), kind, None, &serde_json::json!({ "failures": failures }))
            .await?;
        tx.commit().await?;
        Ok(locked)
    }

    /// Starts a session after a successful login.
    pub async fn start_staff_session(
        &self,
        name: &str,
        token_hash: &str,
        at: DateTime<Utc>,
        expires_at: DateTime<Utc>,
    ) -> Result<()> {
        let mut tx = self.begin().await?;
        sqlx::query("UPDATE staff_users SET failed_logins = 0, locked_until = NULL WHERE name = $1")
            .bind(name)
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
            "SELECT u.name, u.role, u.password_hash, u.failed_logins, u.locked_until
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
