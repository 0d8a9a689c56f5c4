//! Integration API tokens: stored as keyed hashes, listed and revoked by id, every change
//! recorded in the audit log in the same transaction.

use crate::{Result, Store, millis};
use chrono::{DateTime, Utc};

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct ApiTokenRow {
    pub id: String,
    pub name: String,
    /// Space-separated scopes.
    pub scopes: String,
    pub created_at: i64,
    pub revoked_at: Option<i64>,
}

impl Store {
    pub async fn create_api_token(
        &self,
        id: &str,
        name: &str,
        scopes: &str,
        token_hash: &str,
        at: DateTime<Utc>,
        actor: &str,
    ) -> Result<()> {
        let mut tx = self.begin().await?;
        sqlx::query("INSERT INTO api_tokens (id, name, scopes, token_hash, created_at) VALUES ($1, $2, $3, $4, $5)")
            .bind(id)
            .bind(name)
            .bind(scopes)
            .bind(token_hash)
            .bind(millis(at))
            .execute(&mut *tx.inner)
            .await?;
        let detail = serde_json::json!({ "token_id": id, "name": name, "scopes": scopes });
        tx.append_event(None, at, actor, "api_token_created", None, &detail).await?;
        tx.commit().await
    }

    /// The live (not revoked) token with this hash.
    pub async fn api_token_by_hash(&self, token_hash: &str) -> Result<Option<ApiTokenRow>> {
        Ok(sqlx::query_as::<_, ApiTokenRow>(
            "SELECT id, name, scopes, created_at, revoked_at FROM api_tokens WHERE token_hash = $1 AND revoked_at IS NULL",
        )
        .bind(token_hash)
        .fetch_optional(&self.read)
        .await?)
    }

    pub async fn api_tokens(&self) -> Result<Vec<ApiTokenRow>> {
        Ok(sqlx::query_as::<_, ApiTokenRow>(
            "SELECT id, name, scopes, created_at, revoked_at FROM api_tokens ORDER BY created_at, id",
        )
        .fetch_all(&self.read)
        .await?)
    }

    /// Revokes the token `id`; false if there is no such live token.
    pub async fn revoke_api_token(&self, id: &str, at: DateTime<Utc>, actor: &str) -> Result<bool> {
        let mut tx = self.begin().await?;
        let done = sqlx::query("UPDATE api_tokens SET revoked_at = $1 WHERE id = $2 AND revoked_at IS NULL")
            .bind(millis(at))
            .bind(id)
            .execute(&mut *tx.inner)
            .await?
            .rows_affected()
            == 1;
        if done {
            tx.append_event(None, at, actor, "api_token_revoked", None, &serde_json::json!({ "token_id": id })).await?;
            tx.commit().await?;
        }
        Ok(done)
    }
}
