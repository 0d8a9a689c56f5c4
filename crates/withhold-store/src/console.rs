//! What the operator console reads: requests by mailbox, deadline extensions, the audit log by
//! filter, and the figures behind the dashboard.

use crate::{ChainedEvent, ObjectionRow, QueuedReview, Result, Store, Tx, millis};
use chrono::{DateTime, Utc};

/// Which audit entries to show; every field that is set must match.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct AuditFilter {
    pub kind: Option<String>,
    /// Exact actor, e.g. `staff:alice` or `policy`.
    pub actor: Option<String>,
    pub objection_id: Option<String>,
    /// Only entries before this sequence number (for paging back through the log).
    pub before_seq: Option<i64>,
    /// Only entries about a request (none of the console's own: sign-ins, tokens, exports).
    pub requests_only: bool,
}

/// What the console's queue shows.
#[derive(Debug, Clone)]
pub struct QueueFilter {
    pub status: String,
    pub jurisdiction: Option<String>,
    pub country: Option<String>,
    /// Only requests due before this (due within N days, or overdue: before now).
    pub due_before: Option<DateTime<Utc>>,
    pub sort: QueueSort,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum QueueSort {
    /// Soonest due first.
    Due,
    /// Oldest first.
    Received,
}

/// How many confirmed requests one country had on one UTC day, for the per-day chart.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct DailyCount {
    /// Days since the Unix epoch (UTC).
    pub day: i64,
    pub country: String,
    pub requests: i64,
}

const DAY_MS: i64 = 86_400_000;

impl Store {
    /// Every request made from a mailbox (by its keyed hash), newest first.
    pub async fn objections_for_email_key(&self, email_key: &str, limit: i64) -> Result<Vec<ObjectionRow>> {
        Ok(sqlx::query_as::<_, ObjectionRow>(&format!(
            "SELECT {} FROM objections WHERE email_key = $1 ORDER BY received_at DESC LIMIT $2",
            crate::OBJECTION_COLUMNS
        ))
        .bind(email_key)
        .bind(limit)
        .fetch_all(&self.read)
        .await?)
    }

    /// Chained audit entries matching `filter`, newest first.
    pub async fn audit_entries(&self, filter: &AuditFilter, limit: i64) -> Result<Vec<ChainedEvent>> {
        let mut sql = String::from(
            "SELECT seq, hash, id, objection_id, at, actor, kind, from_status, to_status, detail
             FROM audit_events WHERE seq IS NOT NULL",
        );
        let mut n = 0;
        let mut clause = |sql: &mut String, column: &str, op: &str| {
            n += 1;
            sql.push_str(&format!(" AND {column} {op} ${n}"));
        };
        if filter.kind.is_some() {
            clause(&mut sql, "kind", "=");
        }
        if filter.actor.is_some() {
            clause(&mut sql, "actor", "=");
        }
        if filter.objection_id.is_some() {
            clause(&mut sql, "objection_id", "=");
        }
        if filter.before_seq.is_some() {
            clause(&mut sql, "seq", "<");
        }
        if filter.requests_only {
            sql.push_str(" AND objection_id IS NOT NULL");
        }
        sql.push_str(&format!(" ORDER BY seq DESC LIMIT ${}", n + 1));
        let mut query = sqlx::query_as::<_, ChainedEvent>(&sql);
        for value in [&filter.kind, &filter.actor, &filter.objection_id].into_iter().flatten() {
            query = query.bind(value.as_str());
        }
        if let Some(before) = filter.before_seq {
            query = query.bind(before);
        }
        Ok(query.bind(limit).fetch_all(&self.read).await?)
    }

    /// A page of the requests list the console's queue shows: filtered, sorted, and the total
    /// that match.
    pub async fn queue_page(&self, filter: &QueueFilter, limit: i64, offset: i64) -> Result<(Vec<QueuedReview>, i64)> {
        let mut clauses = vec!["status = $1".to_owned()];
        let mut texts: Vec<&str> = vec![filter.status.as_str()];
        for (column, value) in [("jurisdiction", &filter.jurisdiction), ("country", &filter.country)] {
            if let Some(value) = value {
                texts.push(value.as_str());
                clauses.push(format!("{column} = ${}", texts.len()));
            }
        }
        let mut n = texts.len();
        let mut numbers = Vec::new();
        if let Some(before) = filter.due_before {
            n += 1;
            clauses.push(format!("due_at < ${n}"));
            numbers.push(millis(before));
        }
        let order = match filter.sort {
            QueueSort::Due => "due_at, received_at, id",
            QueueSort::Received => "received_at, id",
        };
        let condition = clauses.join(" AND ");
        let total_sql = format!("SELECT COUNT(*) FROM objections WHERE {condition}");
        let mut total = sqlx::query_scalar::<_, i64>(&total_sql);
        for t in &texts {
            total = total.bind(*t);
        }
        for v in &numbers {
            total = total.bind(*v);
        }
        let total = total.fetch_one(&self.read).await?;
        let page_sql = format!(
            "SELECT id, country, jurisdiction, received_at, due_at FROM objections WHERE {condition}
             ORDER BY {order} LIMIT ${} OFFSET ${}",
            n + 1,
            n + 2
        );
        let mut page = sqlx::query_as::<_, QueuedReview>(&page_sql);
        for t in &texts {
            page = page.bind(*t);
        }
        for v in &numbers {
            page = page.bind(*v);
        }
        let rows = page.bind(limit).bind(offset).fetch_all(&self.read).await?;
        Ok((rows, total))
    }

    /// The request awaiting a person that is due soonest, other than `except`: where a
    /// reviewer goes after deciding one.
    pub async fn next_in_queue(&self, except: &str) -> Result<Option<String>> {
        Ok(sqlx::query_scalar::<_, String>(
            "SELECT id FROM objections WHERE status = 'needs_review' AND id <> $1 ORDER BY due_at, received_at, id LIMIT 1",
        )
        .bind(except)
        .fetch_optional(&self.read)
        .await?)
    }

    /// The jurisdictions and countries requests have, for the queue's filters.
    pub async fn queue_choices(&self) -> Result<(Vec<String>, Vec<String>)> {
        let jurisdictions =
            sqlx::query_scalar::<_, String>("SELECT DISTINCT jurisdiction FROM objections ORDER BY jurisdiction")
                .fetch_all(&self.read)
                .await?;
        let countries = sqlx::query_scalar::<_, String>("SELECT DISTINCT country FROM objections ORDER BY country")
            .fetch_all(&self.read)
            .await?;
        Ok((jurisdictions, countries))
    }

    /// How many requests are in each state.
    pub async fn status_counts(&self) -> Result<Vec<(String, i64)>> {
        Ok(sqlx::query_as("SELECT status, COUNT(*) FROM objections GROUP BY status ORDER BY status")
            .fetch_all(&self.read)
            .await?)
    }

    /// Confirmed requests received since `since`, counted per UTC day and country in the
    /// database, so the dashboard reads at most days × countries rows, not every request.
    pub async fn confirmed_per_day_since(&self, since: DateTime<Utc>) -> Result<Vec<DailyCount>> {
        Ok(sqlx::query_as::<_, DailyCount>(
            "SELECT received_at / $2 AS day, country, COUNT(*) AS requests FROM objections
             WHERE received_at >= $1 AND verified_at IS NOT NULL GROUP BY 1, 2",
        )
        .bind(millis(since))
        .bind(DAY_MS)
        .fetch_all(&self.read)
        .await?)
    }

    /// Milliseconds from receipt to decision (honor or decline; handing to a person is not
    /// one), for requests decided since `since`.
    pub async fn decision_latencies(&self, since: DateTime<Utc>) -> Result<Vec<i64>> {
        Ok(sqlx::query_scalar(
            "SELECT decided_at - received_at FROM objections
             WHERE status IN ('honored', 'declined', 'withdrawn') AND decided_at >= $1
             ORDER BY 1",
        )
        .bind(millis(since))
        .fetch_all(&self.read)
        .await?)
    }

    /// Open requests (confirmed, not yet decided) due before `due_before`, soonest first.
    pub async fn at_risk(&self, due_before: DateTime<Utc>, limit: i64) -> Result<Vec<QueuedReview>> {
        Ok(sqlx::query_as::<_, QueuedReview>(
            "SELECT id, country, jurisdiction, received_at, due_at FROM objections
             WHERE status IN ('verified', 'needs_review') AND due_at < $1 ORDER BY due_at, id LIMIT $2",
        )
        .bind(millis(due_before))
        .bind(limit)
        .fetch_all(&self.read)
        .await?)
    }

    /// Ends staff sessions that have expired; returns how many.
    pub async fn sweep_staff_sessions(&self, now: DateTime<Utc>) -> Result<u64> {
        Ok(sqlx::query("DELETE FROM staff_sessions WHERE expires_at <= $1")
            .bind(millis(now))
            .execute(&self.write)
            .await?
            .rows_affected())
    }
}

impl Tx {
    /// Moves the deadline to `new_due`, unless it was extended before; returns whether it moved.
    pub async fn extend_deadline(&mut self, id: &str, new_due: DateTime<Utc>, at: DateTime<Utc>) -> Result<bool> {
        let moved = sqlx::query(
            "UPDATE objections SET due_at = $1, extended_at = $2, updated_at = $2 WHERE id = $3 AND extended_at IS NULL",
        )
        .bind(millis(new_due))
        .bind(millis(at))
        .bind(id)
        .execute(&mut *self.inner)
        .await?;
        Ok(moved.rows_affected() == 1)
    }
}
