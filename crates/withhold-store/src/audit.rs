//! The audit log's hash chain, kept in the database.
//!
//! Events are inserted unchained by the transaction whose change they record, so appending never
//! waits on a global lock. [`Store::chain_audit_log`] then gives every committed, unchained event
//! the next sequence number and its link hash, in one transaction that holds the chain head.
//! On PostgreSQL an event with a lower id may commit after one with a higher id; chaining follows
//! what is committed when the chainer looks, so both end up chained, in that order.
//!
//! One exception, for speed: on SQLite the group-committed submissions (the bulk of all events)
//! are chained as they are inserted, since that task holds the one writer anyway; rewriting
//! every row a second time was what most limited submissions a second.

use crate::{AuditEvent, Backend, ChainedEvent, Result, Store, StoreError};
use tracing::instrument;
use withhold_core::audit::link_hash;

/// How many events one chaining transaction takes at most: small, because on SQLite it holds
/// the one writer, and submissions wait behind it.
pub const CHAIN_BATCH: i64 = 500;
/// How many rows one UPDATE statement sets.
const UPDATE_CHUNK: usize = 100;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChainHead {
    pub seq: i64,
    pub hash: String,
}

const CHAINED_COLUMNS: &str = "seq, hash, id, objection_id, at, actor, kind, from_status, to_status, detail";

impl Store {
    /// Chains every event committed so far and not yet chained; returns how many it chained.
    #[instrument(skip_all)]
    pub async fn chain_audit_log(&self) -> Result<usize> {
        let mut total = 0;
        loop {
            let chained = self.chain_batch().await?;
            total += chained;
            if (chained as i64) < CHAIN_BATCH {
                return Ok(total);
            }
        }
    }

    /// Chains at most one batch; the server calls this often, so no call holds the writer long.
    pub async fn chain_audit_batch(&self) -> Result<usize> {
        self.chain_batch().await
    }

    async fn chain_batch(&self) -> Result<usize> {
        let mut tx = self.write.begin().await?;
        let lock = match self.backend {
            Backend::Postgres => "SELECT seq, hash FROM audit_chain WHERE id = 1 FOR UPDATE",
            // The single writer connection already excludes every other writer.
            Backend::Sqlite => "SELECT seq, hash FROM audit_chain WHERE id = 1",
        };
        let (mut seq, mut hash): (i64, String) = sqlx::query_as(lock).fetch_one(&mut *tx).await?;
        let pending: Vec<AuditEvent> = sqlx::query_as(
            "SELECT id, objection_id, at, actor, kind, from_status, to_status, detail
                 FROM audit_events WHERE seq IS NULL ORDER BY id LIMIT $1",
        )
        .bind(CHAIN_BATCH)
        .fetch_all(&mut *tx)
        .await?;
        if pending.is_empty() {
            return Ok(0);
        }
        let mut links = Vec::with_capacity(pending.len());
        for event in &pending {
            seq += 1;
            let entry = event.chain_entry(seq);
            hash = link_hash(&hash, &entry);
            links.push((event.id, seq, hash.clone()));
        }
        match self.backend {
            // Many statements per call: every call is a trip to SQLite's own thread, and the
            // writer is held for all of them.
            Backend::Sqlite => {
                for chunk in links.chunks(UPDATE_CHUNK) {
                    let mut sql = String::with_capacity(chunk.len() * 80);
                    for i in 0..chunk.len() {
                        sql.push_str(&format!(
                            "UPDATE audit_events SET seq = ${}, hash = ${} WHERE id = ${} AND seq IS NULL;",
                            3 * i + 1,
                            3 * i + 2,
                            3 * i + 3
                        ));
                    }
                    let mut query = sqlx::query(&sql);
                    for (id, seq, hash) in chunk {
                        query = query.bind(*seq).bind(hash.as_str()).bind(*id);
                    }
                    let updated = query.execute(&mut *tx).await?;
                    if updated.rows_affected() != chunk.len() as u64 {
                        return Err(StoreError::Conflict);
                    }
                }
            }
            // One round trip per chunk.
            Backend::Postgres => {
                for chunk in links.chunks(UPDATE_CHUNK) {
                    let values: Vec<String> = (0..chunk.len())
                        .map(|i| {
                            format!("(CAST(${} AS BIGINT), CAST(${} AS BIGINT), ${})", 3 * i + 1, 3 * i + 2, 3 * i + 3)
                        })
                        .collect();
                    let sql = format!(
                        "WITH links (id, seq, hash) AS (VALUES {})
                         UPDATE audit_events SET seq = links.seq, hash = links.hash FROM links
                         WHERE audit_events.id = links.id AND audit_events.seq IS NULL",
                        values.join(", ")
                    );
                    let mut query = sqlx::query(&sql);
                    for (id, seq, hash) in chunk {
                        query = query.bind(*id).bind(*seq).bind(hash.as_str());
                    }
                    let updated = query.execute(&mut *tx).await?;
                    if updated.rows_affected() != chunk.len() as u64 {
                        return Err(StoreError::Conflict);
                    }
                }
            }
        }
        sqlx::query("UPDATE audit_chain SET seq = $1, hash = $2 WHERE id = 1")
            .bind(seq)
            .bind(&hash)
            .execute(&mut *tx)
            .await?;
        tx.commit().await?;
        Ok(links.len())
    }

    /// The last chained entry's sequence number and hash, as recorded apart from the entries.
    pub async fn audit_head(&self) -> Result<ChainHead> {
        let (seq, hash): (i64, String) =
            sqlx::query_as("SELECT seq, hash FROM audit_chain WHERE id = 1").fetch_one(&self.read).await?;
        Ok(ChainHead { seq, hash })
    }

    /// Chained entries after `after_seq`, in chain order; page through with the last seq seen.
    pub async fn chained_events(&self, after_seq: i64, limit: i64) -> Result<Vec<ChainedEvent>> {
        Ok(sqlx::query_as::<_, ChainedEvent>(&format!(
            "SELECT {CHAINED_COLUMNS} FROM audit_events WHERE seq > $1 ORDER BY seq LIMIT $2"
        ))
        .bind(after_seq)
        .bind(limit)
        .fetch_all(&self.read)
        .await?)
    }

    /// Appends an event about the operation of the service itself (an export, a filter run, a
    /// staff login), not about one objection. `detail` is JSON and must hold no personal data.
    pub async fn record_operation(&self, actor: &str, kind: &str, detail: &serde_json::Value) -> Result<()> {
        sqlx::query(
            "INSERT INTO audit_events (objection_id, at, actor, kind, from_status, to_status, detail)
             VALUES (NULL, $1, $2, $3, NULL, NULL, $4)",
        )
        .bind(chrono::Utc::now().timestamp_millis())
        .bind(actor)
        .bind(kind)
        .bind(detail.to_string())
        .execute(&self.write)
        .await?;
        Ok(())
    }
}

/// One line of an audit export. `detail` is the exact JSON text that was hashed.
#[derive(Debug, serde::Serialize, serde::Deserialize)]
pub struct ExportedEntry {
    pub seq: i64,
    pub hash: String,
    pub event_id: i64,
    pub objection_id: Option<String>,
    /// Milliseconds since the Unix epoch, as hashed.
    pub at_ms: i64,
    /// The same time, for people.
    pub at: String,
    pub actor: String,
    pub kind: String,
    pub from_status: Option<String>,
    pub to_status: Option<String>,
    pub detail: String,
}

impl ExportedEntry {
    pub fn from_event(chained: ChainedEvent) -> ExportedEntry {
        let e = chained.event;
        ExportedEntry {
            at: chrono::DateTime::from_timestamp_millis(e.at).map(|t| t.to_rfc3339()).unwrap_or_default(),
            seq: chained.seq,
            hash: chained.hash,
            event_id: e.id,
            objection_id: e.objection_id,
            at_ms: e.at,
            actor: e.actor,
            kind: e.kind,
            from_status: e.from_status,
            to_status: e.to_status,
            detail: e.detail,
        }
    }

    pub fn entry(&self) -> withhold_core::audit::ChainEntry<'_> {
        withhold_core::audit::ChainEntry {
            seq: self.seq,
            event_id: self.event_id,
            objection_id: self.objection_id.as_deref(),
            at: self.at_ms,
            actor: &self.actor,
            kind: &self.kind,
            from_status: self.from_status.as_deref(),
            to_status: self.to_status.as_deref(),
            detail: &self.detail,
        }
    }
}
