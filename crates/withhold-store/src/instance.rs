//! What a database knows about itself: the fingerprint of the key it was initialized with.

use crate::{Result, Store, millis};
use chrono::{DateTime, Utc};

/// The file a `sqlite:` URL names (`None` for another backend or an in-memory database).
pub fn sqlite_path(url: &str) -> Option<String> {
    let rest = url.strip_prefix("sqlite:")?;
    let rest = rest.strip_prefix("//").unwrap_or(rest);
    let path = rest.split('?').next().unwrap_or("");
    (!path.is_empty() && !path.contains(":memory:")).then(|| path.to_owned())
}

/// A database URL fit to print: a password in it is replaced.
pub fn without_password(url: &str) -> String {
    match (url.find("://"), url.rfind('@')) {
        (Some(scheme), Some(at)) if at > scheme => {
            let credentials = &url[scheme + 3..at];
            match credentials.split_once(':') {
                Some((user, _)) => format!("{}{user}:***{}", &url[..scheme + 3], &url[at..]),
                None => url.to_owned(),
            }
        }
        _ => url.to_owned(),
    }
}

impl Store {
    /// The fingerprint of the key the database was initialized with; `None` if it never was
    /// (no `instance` table yet counts as never: an empty database, another program's, or one
    /// Withhold made before fingerprints).
    pub async fn key_fingerprint(&self) -> Result<Option<String>> {
        let exists = match self.backend {
            crate::Backend::Sqlite => "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = 'instance'",
            crate::Backend::Postgres => {
                "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = current_schema() AND table_name = 'instance'"
            }
        };
        if sqlx::query_scalar::<_, i64>(exists).fetch_one(&self.read).await? == 0 {
            return Ok(None);
        }
        Ok(sqlx::query_scalar::<_, String>("SELECT key_fingerprint FROM instance WHERE id = 1")
            .fetch_optional(&self.read)
            .await?)
    }

    /// Records the key's fingerprint, once; an audit event says so. Returns the fingerprint now
    /// recorded (an earlier one if another server was first).
    pub async fn initialize(&self, fingerprint: &str, at: DateTime<Utc>, actor: &str) -> Result<String> {
        let mut tx = self.begin().await?;
        let inserted = sqlx::query(
            "INSERT INTO instance (id, key_fingerprint, initialized_at) VALUES (1, $1, $2) ON CONFLICT (id) DO NOTHING",
        )
        .bind(fingerprint)
        .bind(millis(at))
        .execute(&mut *tx.inner)
        .await?
        .rows_affected();
        if inserted == 1 {
            let detail = serde_json::json!({ "key_fingerprint": fingerprint });
            tx.append_event(None, at, actor, "database_initialized", None, &detail).await?;
        }
        let recorded = sqlx::query_scalar::<_, String>("SELECT key_fingerprint FROM instance WHERE id = 1")
            .fetch_one(&mut *tx.inner)
            .await?;
        tx.commit().await?;
        Ok(recorded)
    }

    /// One stored, sealed address and the id of its objection, to check that a key opens what
    /// a database made before fingerprints already holds.
    pub async fn sample_sealed_email(&self) -> Result<Option<(String, String)>> {
        Ok(sqlx::query_as::<_, (String, String)>("SELECT id, email_sealed FROM objections LIMIT 1")
            .fetch_optional(&self.read)
            .await?)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sqlite_paths_and_printable_urls() {
        assert_eq!(sqlite_path("sqlite:withhold.db").as_deref(), Some("withhold.db"));
        assert_eq!(sqlite_path("sqlite:///var/lib/w.db?mode=rwc").as_deref(), Some("/var/lib/w.db"));
        assert_eq!(sqlite_path("sqlite::memory:"), None);
        assert_eq!(sqlite_path("postgres://x/y"), None);
        assert_eq!(without_password("postgres://ops:s3cret@db:5432/w"), "postgres://ops:***@db:5432/w");
        assert_eq!(without_password("postgres://ops@db/w"), "postgres://ops@db/w");
        assert_eq!(without_password("sqlite:withhold.db"), "sqlite:withhold.db");
    }
}
