//! Persistence for Withhold: SQLite (the embedded default) and PostgreSQL (production) behind
//! one API, through sqlx's runtime-checked queries. Both backends run the same SQL, proven by
//! the same tests; where they differ (job claiming) the difference is spelled out here.
//!
//! Every change of an objection's state goes through [`Tx::apply_transition`], which writes
//! the audit event in the same transaction, and mail is queued with [`Tx::enqueue_mail`] in
//! that transaction too: a committed change always has its event and its mail.

mod audit;
mod campaigns;
mod codes;
mod console;
mod dead_letters;
mod instance;
mod rows;
mod staff;
mod tokens;
mod webhooks;

pub use audit::{CHAIN_BATCH as AUDIT_CHAIN_BATCH, ChainHead, ExportedEntry};
pub use campaigns::{CampaignCounts, NoticeTarget};
pub use codes::LiveCode;
pub use console::{AuditFilter, DailyCount, QueueFilter, QueueSort};
pub use dead_letters::{DeadLetter, DeliveryQueue, Requeue};
pub use instance::{sqlite_path, without_password};
pub use staff::{QueuedReview, StaffRow};
pub use tokens::ApiTokenRow;
pub use webhooks::{ClaimedWebhook, WebhookDeliveryRow};

pub use rows::{
    AccountRow, AuditEvent, ChainedEvent, ClaimedMail, NewEvent, NewObjection, NewOutboxMessage, NewSubmission,
    ObjectionRow, OutboxCounts, PurgeSummary, RegistryRow, TransitionRecord,
};

use chrono::{DateTime, Utc};
use sqlx::any::{AnyPoolOptions, install_default_drivers};
use sqlx::{Any, AnyPool, Transaction};
use std::sync::Arc;
use std::time::Duration;
use tokio::sync::{mpsc, oneshot};
use tracing::instrument;
use withhold_core::Transition;

static SQLITE_MIGRATIONS: sqlx::migrate::Migrator = sqlx::migrate!("./migrations/sqlite");
static POSTGRES_MIGRATIONS: sqlx::migrate::Migrator = sqlx::migrate!("./migrations/postgres");

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// The database cannot be reached right now; the request may be retried.
    #[error("the database is unavailable")]
    Unavailable(#[source] sqlx::Error),
    #[error("unsupported database URL (use sqlite:... or postgres://...)")]
    UnsupportedUrl,
    /// Someone else changed the row first; nothing was written.
    #[error("the objection changed concurrently")]
    Conflict,
    #[error("database migration failed")]
    Migrate(#[from] sqlx::migrate::MigrateError),
    #[error("database error")]
    Database(#[source] sqlx::Error),
    #[error("stored data is not valid: {0}")]
    Corrupt(String),
    /// A command that must not create a database was pointed at one that does not exist.
    #[error("there is no database at {0}")]
    Missing(String),
}

impl From<sqlx::Error> for StoreError {
    fn from(e: sqlx::Error) -> Self {
        let unavailable = match &e {
            sqlx::Error::Io(_)
            | sqlx::Error::PoolTimedOut
            | sqlx::Error::PoolClosed
            | sqlx::Error::Tls(_)
            | sqlx::Error::WorkerCrashed
            // A connection cut mid-conversation.
            | sqlx::Error::Protocol(_) => true,
            sqlx::Error::Database(db) => db.code().is_some_and(|code| is_unavailable_sqlstate(&code)),
            _ => false,
        };
        if unavailable { StoreError::Unavailable(e) } else { StoreError::Database(e) }
    }
}

/// SQLSTATEs that mean "the server is going away or not there yet", as during a PostgreSQL
/// restart: class 08 (connection exception), 57P01 admin shutdown, 57P02 crash shutdown,
/// 57P03 cannot connect now, 53300 too many connections.
fn is_unavailable_sqlstate(code: &str) -> bool {
    code.starts_with("08") || matches!(code, "57P01" | "57P02" | "57P03" | "53300")
}

pub type Result<T, E = StoreError> = std::result::Result<T, E>;

fn millis(t: DateTime<Utc>) -> i64 {
    t.timestamp_millis()
}

/// WAL lets readers proceed during a write; NORMAL sync in WAL mode keeps every commit across
/// a process crash (only a power loss can take the last ones).
const SQLITE_PRAGMAS: [&str; 5] = [
    "PRAGMA journal_mode = WAL",
    "PRAGMA synchronous = NORMAL",
    "PRAGMA busy_timeout = 10000",
    "PRAGMA foreign_keys = ON",
    // 32 MiB of page cache (default 2 MiB): bulk upserts into randomly keyed indexes
    // otherwise thrash it.
    "PRAGMA cache_size = -32768",
];

/// How often the SQLite write-ahead log is copied into the database file. Often, so each copy
/// is small: each one ends with an fsync, and on ext4 a large fsync makes the writer's own
/// appends to the log wait for the journal. Measured with bench/load/run.sh: checkpoints every
/// second left submissions' p99 at 45-85 ms at 2,000/s, every 200 ms at 20-25 ms.
const CHECKPOINT_EVERY: Duration = Duration::from_millis(200);

/// Copies the SQLite write-ahead log into the database file every [`CHECKPOINT_EVERY`], from a
/// reader connection, so that the writer never stops for it and the log stays small. Ends when
/// the store is closed.
async fn checkpoint_wal(read: AnyPool) {
    let mut tick = tokio::time::interval(CHECKPOINT_EVERY);
    tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    while !read.is_closed() {
        tick.tick().await;
        // PASSIVE: copies what it can without waiting for readers or blocking the writer.
        if let Err(e) = sqlx::query("PRAGMA wal_checkpoint(PASSIVE)").execute(&read).await
            && !read.is_closed()
        {
            tracing::warn!(error = %e, "checkpointing the SQLite log failed; retrying");
        }
    }
}

/// The group-commit task (SQLite).
async fn commit_submissions(write: AnyPool, mut queue: mpsc::Receiver<QueuedSubmission>) {
    let mut group = Vec::with_capacity(GROUP_COMMIT_MAX);
    while queue.recv_many(&mut group, GROUP_COMMIT_MAX).await > 0 {
        let (submissions, replies): (Vec<_>, Vec<_>) = group.drain(..).unzip();
        match write_batch(&write, &submissions).await {
            Ok(()) => {
                for reply in replies {
                    let _ = reply.send(Ok(()));
                }
            }
            Err(_) if submissions.len() > 1 => {
                for (submission, reply) in submissions.iter().zip(replies) {
                    let _ = reply.send(write_batch(&write, std::slice::from_ref(submission)).await);
                }
            }
            Err(e) => {
                if let Some(reply) = replies.into_iter().next() {
                    let _ = reply.send(Err(e));
                }
            }
        }
    }
}

/// Writes `submissions` in one transaction, chaining their audit events as it inserts them.
async fn write_batch(write: &AnyPool, submissions: &[NewSubmission]) -> Result<()> {
    let mut conn = write.acquire().await?;
    // IMMEDIATE: take the write lock before reading the chain head, so no other process can
    // move the head between this read and the commit.
    sqlx::query("BEGIN IMMEDIATE").execute(&mut *conn).await?;
    let result = write_chained_batch(&mut conn, submissions).await;
    if result.is_err() {
        // The batch stopped at the failing statement, inside the transaction.
        let _ = sqlx::query("ROLLBACK").execute(&mut *conn).await;
    }
    result
}

/// Inside `BEGIN IMMEDIATE`: reads the chain head and the next event id, hashes every event of
/// the batch into the chain, and sends all statements with the new head and `COMMIT` as one
/// batch. Chaining here, rather than later, saves rewriting every event row a second time.
async fn write_chained_batch(conn: &mut sqlx::AnyConnection, submissions: &[NewSubmission]) -> Result<()> {
    let (mut seq, mut hash, mut id): (i64, String, i64) = sqlx::query_as(
        "SELECT seq, hash, MAX(
                COALESCE((SELECT MAX(id) FROM audit_events), 0),
                COALESCE((SELECT seq FROM sqlite_sequence WHERE name = 'audit_events'), 0))
         FROM audit_chain WHERE id = 1",
    )
    .fetch_one(&mut *conn)
    .await?;
    let mut links = Vec::with_capacity(submissions.len());
    for submission in submissions {
        let mut own = Vec::with_capacity(submission.events.len());
        for event in &submission.events {
            id += 1;
            seq += 1;
            let row = AuditEvent {
                id,
                objection_id: Some(submission.objection.id.clone()),
                at: millis(submission.objection.received_at),
                actor: event.actor.to_owned(),
                kind: event.kind.to_owned(),
                from_status: None,
                to_status: None,
                detail: event.detail.to_string(),
            };
            hash = withhold_core::audit::link_hash(&hash, &row.chain_entry(seq));
            own.push(ChainLink { id, seq, hash: hash.clone(), detail: row.detail });
        }
        links.push(own);
    }
    let events: Vec<(&NewSubmission, &NewEvent, &ChainLink)> = submissions
        .iter()
        .zip(&links)
        .flat_map(|(submission, links)| submission.events.iter().zip(links).map(move |(e, l)| (submission, e, l)))
        .collect();
    let sql = sqlite_batch_sql(submissions.len(), events.len());
    let mut query = sqlx::query(&sql);
    for submission in submissions {
        let new = &submission.objection;
        query = query
            .bind(&new.id)
            .bind(&new.country)
            .bind(&new.jurisdiction)
            .bind(&new.email_key)
            .bind(&new.email_sealed)
            .bind(&new.impact_sealed)
            .bind(&new.details_sealed)
            .bind(millis(new.received_at))
            .bind(millis(new.due_at))
            .bind(&new.code_hash)
            .bind(millis(new.code_expires_at))
            .bind(millis(new.received_at))
            .bind(&new.account_id)
            .bind(&new.locale);
    }
    for submission in submissions {
        query = query
            .bind(&submission.token_hash)
            .bind(&submission.objection.id)
            .bind(millis(submission.objection.received_at));
    }
    for submission in submissions {
        let mail = &submission.mail;
        query = query
            .bind(&mail.message_id)
            .bind(&submission.objection.id)
            .bind(&mail.kind)
            .bind(&mail.payload_sealed)
            .bind(millis(mail.created_at))
            .bind(millis(mail.created_at));
    }
    for (submission, event, link) in events {
        query = query
            .bind(link.id)
            .bind(link.seq)
            .bind(link.hash.as_str())
            .bind(&submission.objection.id)
            .bind(millis(submission.objection.received_at))
            .bind(event.actor)
            .bind(event.kind)
            .bind(link.detail.as_str());
    }
    query.bind(seq).bind(hash).execute(&mut *conn).await?;
    Ok(())
}

/// An event's place in the chain, decided before it is inserted.
struct ChainLink {
    id: i64,
    seq: i64,
    hash: String,
    detail: String,
}

/// The statements of a batch of `submissions` with `events` audit events in all: one multi-row
/// INSERT per table, the new chain head, COMMIT. The text depends only on the two counts, so
/// SQLite's prepared statements are reused from batch to batch instead of parsed anew.
fn sqlite_batch_sql(submissions: usize, events: usize) -> String {
    let mut next = 0;
    let mut rows = |count: usize, template: &str| -> String {
        let parameters = template.matches('?').count();
        (0..count)
            .map(|_| {
                let mut row = String::with_capacity(template.len() + parameters * 4);
                for (i, part) in template.split('?').enumerate() {
                    if i > 0 {
                        next += 1;
                        row.push_str(&format!("${next}"));
                    }
                    row.push_str(part);
                }
                row
            })
            .collect::<Vec<_>>()
            .join(",")
    };
    let objections = rows(submissions, "(?, 'pending_verification', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    let tokens = rows(submissions, "(?, ?, ?)");
    let outbox = rows(submissions, "(?, ?, ?, ?, 'pending', ?, ?)");
    let audit = rows(events, "(?, ?, ?, ?, ?, ?, ?, NULL, NULL, ?)");
    let head = rows(1, "UPDATE audit_chain SET seq = ?, hash = ? WHERE id = 1");
    let mut sql = format!(
        "INSERT INTO objections (id, status, country, jurisdiction, email_key, email_sealed, impact_sealed,
            details_sealed, received_at, due_at, code_hash, code_expires_at, updated_at, account_id, locale)
         VALUES {objections};
         INSERT INTO access_tokens (token_hash, objection_id, created_at) VALUES {tokens};
         INSERT INTO outbox (message_id, objection_id, kind, payload_sealed, state, next_attempt_at, created_at)
         VALUES {outbox};"
    );
    if events > 0 {
        sql.push_str(&format!(
            "INSERT INTO audit_events (id, seq, hash, objection_id, at, actor, kind, from_status, to_status, detail)
             VALUES {audit};"
        ));
    }
    sql.push_str(&head);
    sql.push_str(";COMMIT;");
    sql
}

/// [`Store::record_submission`] on PostgreSQL: values 1 to 18 as [`bind_submission_row`] binds them, then three per
/// event (actor, kind, detail); the events are chained later, by [`Store::chain_audit_log`].
fn postgres_submission_statement(events: usize) -> String {
    let mut sql = String::from(
        "WITH objection AS (
            INSERT INTO objections (id, status, country, jurisdiction, email_key, email_sealed, impact_sealed,
                details_sealed, received_at, due_at, code_hash, code_expires_at, updated_at, account_id, locale)
            VALUES ($1, 'pending_verification', $3, $4, $5, $6, $7, $8, $2, $9, $10, $11, $2, $17, $18)),
         token AS (INSERT INTO access_tokens (token_hash, objection_id, created_at) VALUES ($12, $1, $2)),
         mail AS (
            INSERT INTO outbox (message_id, objection_id, kind, payload_sealed, state, next_attempt_at, created_at)
            VALUES ($13, $1, $14, $15, 'pending', $16, $16))",
    );
    if events > 0 {
        sql.push_str(
            ", events AS (INSERT INTO audit_events (objection_id, at, actor, kind, from_status, to_status, detail) VALUES ",
        );
        let rows: Vec<String> = (0..events)
            .map(|i| {
                let first = 19 + 3 * i;
                format!("($1, $2, ${first}, ${}, NULL, NULL, ${})", first + 1, first + 2)
            })
            .collect();
        sql.push_str(&rows.join(", "));
        sql.push(')');
    }
    sql.push_str(" SELECT 1");
    sql
}

/// Binds a submission's own values (everything but its events), numbered 1 to 18 as
/// [`postgres_submission_statement`] numbers them.
fn bind_submission_row<'q>(
    query: sqlx::query::Query<'q, Any, sqlx::any::AnyArguments<'q>>,
    submission: &'q NewSubmission,
) -> sqlx::query::Query<'q, Any, sqlx::any::AnyArguments<'q>> {
    let (new, mail) = (&submission.objection, &submission.mail);
    query
        .bind(&new.id)
        .bind(millis(new.received_at))
        .bind(&new.country)
        .bind(&new.jurisdiction)
        .bind(&new.email_key)
        .bind(&new.email_sealed)
        .bind(&new.impact_sealed)
        .bind(&new.details_sealed)
        .bind(millis(new.due_at))
        .bind(&new.code_hash)
        .bind(millis(new.code_expires_at))
        .bind(&submission.token_hash)
        .bind(&mail.message_id)
        .bind(&mail.kind)
        .bind(&mail.payload_sealed)
        .bind(millis(mail.created_at))
        .bind(&new.account_id)
        .bind(&new.locale)
}

/// Handles to the database. Cheap to clone.
#[derive(Debug, Clone)]
pub struct Store {
    /// SQLite allows one writer at a time; giving writes their own one-connection pool means
    /// transactions queue in the application instead of failing with SQLITE_BUSY.
    /// On PostgreSQL both handles are the same pool.
    write: AnyPool,
    read: AnyPool,
    backend: Backend,
    /// SQLite: the WAL checkpointer, stopped when the last handle goes.
    _checkpointer: Option<Arc<AbortOnDrop>>,
    /// SQLite: submissions go to one task that commits whatever has queued up together.
    submissions: Option<mpsc::Sender<QueuedSubmission>>,
}

type QueuedSubmission = (NewSubmission, oneshot::Sender<Result<()>>);

/// At most this many submissions share one SQLite transaction.
const GROUP_COMMIT_MAX: usize = 64;

#[derive(Debug)]
struct AbortOnDrop(tokio::task::JoinHandle<()>);

impl Drop for AbortOnDrop {
    fn drop(&mut self) {
        self.0.abort();
    }
}

impl Store {
    /// Connects to a database that must already exist (every command but `serve` and `init`),
    /// without changing it: a SQLite file that is not there is not created, and the schema is
    /// not migrated until the caller has checked whose database it is ([`Store::migrate`]).
    #[instrument(skip_all)]
    pub async fn open_existing(url: &str) -> Result<Store> {
        if let Some(path) = sqlite_path(url) {
            if !std::path::Path::new(&path).is_file() {
                return Err(StoreError::Missing(path));
            }
            let url = if url.contains('?') { url.to_owned() } else { format!("{url}?mode=rw") };
            return Store::connect_with(&url, false).await;
        }
        Store::connect_with(url, false).await
    }

    /// Connects, creating a SQLite database if there is none, without migrating its schema
    /// (the caller checks whose database it is first, then calls [`Store::migrate`]).
    pub async fn open_or_create(url: &str) -> Result<Store> {
        Store::connect_with(url, false).await
    }

    /// Brings the schema up to date.
    pub async fn migrate(&self) -> Result<()> {
        match self.backend {
            Backend::Sqlite => SQLITE_MIGRATIONS.run(&self.write).await?,
            Backend::Postgres => POSTGRES_MIGRATIONS.run(&self.write).await?,
        }
        Ok(())
    }

    /// Connects, creating a SQLite database if there is none, and brings the schema up to date.
    #[instrument(skip_all)]
    pub async fn connect(url: &str) -> Result<Store> {
        Store::connect_with(url, true).await
    }

    async fn connect_with(url: &str, migrate: bool) -> Result<Store> {
        install_default_drivers();
        let backend = if url.starts_with("sqlite:") {
            Backend::Sqlite
        } else if url.starts_with("postgres://") || url.starts_with("postgresql://") {
            Backend::Postgres
        } else {
            return Err(StoreError::UnsupportedUrl);
        };
        let store = match backend {
            Backend::Sqlite => {
                let url = if url.contains('?') || url.contains(":memory:") {
                    url.to_owned()
                } else {
                    format!("{url}?mode=rwc")
                };
                let options = |extra: &'static [&'static str]| {
                    AnyPoolOptions::new().after_connect(move |conn, _meta| {
                        Box::pin(async move {
                            use sqlx::Executor;
                            for pragma in SQLITE_PRAGMAS.iter().chain(extra) {
                                conn.execute(*pragma).await?;
                            }
                            Ok(())
                        })
                    })
                };
                // The writer never checkpoints (that would fsync while every other write
                // waits); a background task does it from a reader connection instead.
                let write = options(&["PRAGMA wal_autocheckpoint = 0"])
                    .max_connections(1)
                    .acquire_timeout(Duration::from_secs(10))
                    .connect(&url)
                    .await?;
                let read =
                    options(&[]).max_connections(4).acquire_timeout(Duration::from_secs(10)).connect(&url).await?;
                if migrate {
                    SQLITE_MIGRATIONS.run(&write).await?;
                }
                let checkpointer = tokio::spawn(checkpoint_wal(read.clone()));
                let (submissions, queue) = mpsc::channel(1024);
                tokio::spawn(commit_submissions(write.clone(), queue));
                Store {
                    write,
                    read,
                    backend,
                    _checkpointer: Some(Arc::new(AbortOnDrop(checkpointer))),
                    submissions: Some(submissions),
                }
            }
            Backend::Postgres => {
                let pool = AnyPoolOptions::new()
                    .max_connections(16)
                    .acquire_timeout(Duration::from_secs(3))
                    .connect(url)
                    .await?;
                if migrate {
                    POSTGRES_MIGRATIONS.run(&pool).await?;
                }
                Store { write: pool.clone(), read: pool, backend, _checkpointer: None, submissions: None }
            }
        };
        Ok(store)
    }

    pub fn backend(&self) -> Backend {
        self.backend
    }

    pub async fn close(&self) {
        self.write.close().await;
        self.read.close().await;
    }

    /// Whether the database answers.
    pub async fn ping(&self) -> Result<()> {
        sqlx::query("SELECT 1").execute(&self.read).await?;
        Ok(())
    }

    /// Records a new objection with its access token, its first events and its first mail, in
    /// one transaction, and returns once it is committed.
    ///
    /// On SQLite the single writer is what limits how many submissions a second it takes, so
    /// submissions are group-committed: one task takes every submission that has queued up
    /// (up to [`GROUP_COMMIT_MAX`]) and writes them as one statement batch, `BEGIN IMMEDIATE`
    /// to `COMMIT`: one trip to the database thread and one log write for all of them.
    /// If the batch fails, each is retried alone, so one bad submission fails only itself.
    #[instrument(skip_all)]
    pub async fn record_submission(&self, submission: NewSubmission) -> Result<()> {
        let Some(queue) = &self.submissions else {
            // PostgreSQL: one statement (data-modifying CTEs), so one round trip and atomic
            // without BEGIN and COMMIT; foreign keys are checked at its end.
            let sql = postgres_submission_statement(submission.events.len());
            let mut query = bind_submission_row(sqlx::query(&sql), &submission);
            for event in &submission.events {
                query = query.bind(event.actor).bind(event.kind).bind(event.detail.to_string());
            }
            query.execute(&self.write).await?;
            return Ok(());
        };
        let (reply, committed) = oneshot::channel();
        queue.send((submission, reply)).await.map_err(|_| StoreError::Unavailable(sqlx::Error::PoolClosed))?;
        committed.await.map_err(|_| StoreError::Unavailable(sqlx::Error::PoolClosed))?
    }

    pub async fn begin(&self) -> Result<Tx> {
        Ok(Tx { inner: self.write.begin().await?, backend: self.backend })
    }

    pub async fn objection(&self, id: &str) -> Result<Option<ObjectionRow>> {
        let row =
            sqlx::query_as::<_, ObjectionRow>(&format!("SELECT {OBJECTION_COLUMNS} FROM objections WHERE id = $1"))
                .bind(id)
                .fetch_optional(&self.read)
                .await?;
        Ok(row)
    }

    /// The objection `id`, only if `token_hash` is one of its access tokens.
    pub async fn objection_with_token(&self, id: &str, token_hash: &str) -> Result<Option<ObjectionRow>> {
        let row = sqlx::query_as::<_, ObjectionRow>(&format!(
            "SELECT {OBJECTION_COLUMNS} FROM objections o
             WHERE o.id = $1 AND EXISTS (SELECT 1 FROM access_tokens t WHERE t.token_hash = $2 AND t.objection_id = o.id)"
        ))
        .bind(id)
        .bind(token_hash)
        .fetch_optional(&self.read)
        .await?;
        Ok(row)
    }

    /// The objection's timeline, oldest first.
    pub async fn events(&self, objection_id: &str) -> Result<Vec<AuditEvent>> {
        let rows = sqlx::query_as::<_, AuditEvent>(
            "SELECT id, objection_id, at, actor, kind, from_status, to_status, detail
             FROM audit_events WHERE objection_id = $1 ORDER BY id",
        )
        .bind(objection_id)
        .fetch_all(&self.read)
        .await?;
        Ok(rows)
    }

    /// Verified objections waiting for the automated review, oldest first.
    pub async fn awaiting_review(&self, limit: i64) -> Result<Vec<String>> {
        let ids = sqlx::query_scalar::<_, String>(
            "SELECT id FROM objections WHERE status = 'verified' ORDER BY verified_at LIMIT $1",
        )
        .bind(limit)
        .fetch_all(&self.read)
        .await?;
        Ok(ids)
    }

    /// Unverified objections whose request is older than `received_before`.
    pub async fn stale_unverified(&self, received_before: DateTime<Utc>, limit: i64) -> Result<Vec<String>> {
        let ids = sqlx::query_scalar::<_, String>(
            "SELECT id FROM objections WHERE status = 'pending_verification' AND received_at < $1 ORDER BY received_at LIMIT $2",
        )
        .bind(millis(received_before))
        .bind(limit)
        .fetch_all(&self.read)
        .await?;
        Ok(ids)
    }

    /// Takes up to `limit` messages that are due, leasing them until `lease_until` so that no
    /// other worker (or server) sends them meanwhile. A worker that dies loses its lease and the
    /// message is sent by another.
    #[instrument(skip_all)]
    pub async fn claim_mail(
        &self,
        now: DateTime<Utc>,
        lease_until: DateTime<Utc>,
        limit: i64,
    ) -> Result<Vec<ClaimedMail>> {
        let mut rows: Vec<ClaimedMail> = self
            .claim_due("outbox", "id, message_id, kind, payload_sealed, attempts, created_at", now, lease_until, limit)
            .await?;
        // RETURNING has no order; deliver in the order the mail was queued (a resent code
        // must arrive after the one it replaces).
        rows.sort_by_key(|row| row.id);
        Ok(rows)
    }

    /// Reserves until `lease_until` at most `limit` rows of `table` (the mail outbox or the
    /// webhook queue) that are pending and due, in the order they fell due, and returns
    /// `returning` of them.
    pub(crate) async fn claim_due<T>(
        &self,
        table: &'static str,
        returning: &'static str,
        now: DateTime<Utc>,
        lease_until: DateTime<Utc>,
        limit: i64,
    ) -> Result<Vec<T>>
    where
        T: for<'r> sqlx::FromRow<'r, sqlx::any::AnyRow> + Send + Unpin,
    {
        let lock = match self.backend {
            Backend::Postgres => "FOR UPDATE SKIP LOCKED",
            // One writer connection: the UPDATE below is already exclusive.
            Backend::Sqlite => "",
        };
        Ok(sqlx::query_as::<_, T>(&format!(
            "UPDATE {table} SET lease_until = $1
             WHERE id IN (
                SELECT id FROM {table}
                WHERE state = 'pending' AND next_attempt_at <= $2 AND (lease_until IS NULL OR lease_until <= $2)
                ORDER BY next_attempt_at, id LIMIT $3 {lock})
             RETURNING {returning}"
        ))
        .bind(millis(lease_until))
        .bind(millis(now))
        .bind(limit)
        .fetch_all(&self.write)
        .await?)
    }

    /// Records that the server accepted the message. Its content is erased: nothing personal
    /// is kept once it has been delivered.
    pub async fn mark_mail_sent(&self, id: i64, at: DateTime<Utc>) -> Result<()> {
        sqlx::query(
            "UPDATE outbox SET state = 'sent', sent_at = $1, attempts = attempts + 1, payload_sealed = NULL,
             lease_until = NULL, last_error = NULL WHERE id = $2 AND state <> 'sent'",
        )
        .bind(millis(at))
        .bind(id)
        .execute(&self.write)
        .await?;
        Ok(())
    }

    /// [`mark_mail_sent`](Self::mark_mail_sent) for several messages in one statement.
    pub async fn mark_mails_sent(&self, ids: &[i64], at: DateTime<Utc>) -> Result<()> {
        if ids.is_empty() {
            return Ok(());
        }
        // Ids are integers from our own rows: safe to inline, and one statement per batch.
        let list = ids.iter().map(i64::to_string).collect::<Vec<_>>().join(",");
        sqlx::query(&format!(
            "UPDATE outbox SET state = 'sent', sent_at = $1, attempts = attempts + 1, payload_sealed = NULL,
             lease_until = NULL, last_error = NULL WHERE id IN ({list}) AND state <> 'sent'"
        ))
        .bind(millis(at))
        .execute(&self.write)
        .await?;
        Ok(())
    }

    /// Records a failed attempt; `retry_at` None makes it a dead letter.
    pub async fn mark_mail_failed(&self, id: i64, error: &str, retry_at: Option<DateTime<Utc>>) -> Result<()> {
        self.record_failed_attempt("outbox", id, error, retry_at).await
    }

    /// Counts a failed attempt on a row of `table` (the outbox or the webhook queue) and
    /// releases it until `retry_at`; None makes it a dead letter.
    pub(crate) async fn record_failed_attempt(
        &self,
        table: &'static str,
        id: i64,
        error: &str,
        retry_at: Option<DateTime<Utc>>,
    ) -> Result<()> {
        let (state, next) = match retry_at {
            Some(at) => ("pending", Some(millis(at))),
            None => ("dead", None),
        };
        sqlx::query(&format!(
            "UPDATE {table} SET state = $1, attempts = attempts + 1, last_error = $2, lease_until = NULL,
             next_attempt_at = COALESCE($3, next_attempt_at) WHERE id = $4"
        ))
        .bind(state)
        .bind(error)
        .bind(next)
        .bind(id)
        .execute(&self.write)
        .await?;
        Ok(())
    }

    /// Removes requests whose address was never confirmed and that arrived before
    /// `received_before`: the objection, its access tokens and its mail. Their audit events stay
    /// (they hold no personal data), and one event records the purge. With `dry_run`, only counts.
    #[instrument(skip_all)]
    pub async fn purge_unverified(&self, received_before: DateTime<Utc>, dry_run: bool) -> Result<PurgeSummary> {
        let cutoff = millis(received_before);
        let mut tx = self.write.begin().await?;
        let by_status: Vec<(String, i64)> = sqlx::query_as(
            "SELECT status, COUNT(*) FROM objections WHERE verified_at IS NULL AND received_at < $1 GROUP BY status ORDER BY status",
        )
        .bind(cutoff)
        .fetch_all(&mut *tx)
        .await?;
        let oldest: Option<i64> = sqlx::query_scalar(
            "SELECT MIN(received_at) FROM objections WHERE verified_at IS NULL AND received_at < $1",
        )
        .bind(cutoff)
        .fetch_one(&mut *tx)
        .await?;
        let summary = PurgeSummary {
            requests: by_status.iter().map(|(_, n)| n).sum(),
            by_status,
            oldest_received_at: oldest.and_then(DateTime::from_timestamp_millis),
        };
        if dry_run || summary.requests == 0 {
            return Ok(summary);
        }
        let doomed = "SELECT id FROM objections WHERE verified_at IS NULL AND received_at < $1";
        for table in ["access_tokens", "outbox"] {
            sqlx::query(&format!("DELETE FROM {table} WHERE objection_id IN ({doomed})"))
                .bind(cutoff)
                .execute(&mut *tx)
                .await?;
        }
        sqlx::query("DELETE FROM objections WHERE verified_at IS NULL AND received_at < $1")
            .bind(cutoff)
            .execute(&mut *tx)
            .await?;
        sqlx::query(
            "INSERT INTO audit_events (objection_id, at, actor, kind, from_status, to_status, detail) VALUES (NULL, $1, 'system', 'purged_unverified', NULL, NULL, $2)",
        )
        .bind(millis(Utc::now()))
        .bind(serde_json::json!({ "requests": summary.requests, "received_before": received_before.to_rfc3339() }).to_string())
        .execute(&mut *tx)
        .await?;
        tx.commit().await?;
        Ok(summary)
    }

    /// The registry version: bumped by every change to who is excluded.
    pub async fn registry_version(&self) -> Result<i64> {
        Ok(sqlx::query_scalar::<_, i64>("SELECT version FROM registry_state WHERE id = 1")
            .fetch_one(&self.read)
            .await?)
    }

    /// Every objection that has ever restricted processing, with the accounts of its mailbox:
    /// the raw material of a registry snapshot.
    pub async fn registry_rows(&self) -> Result<(i64, Vec<RegistryRow>)> {
        // One transaction, so the version matches the rows.
        let mut tx = self.read.begin().await?;
        let version =
            sqlx::query_scalar::<_, i64>("SELECT version FROM registry_state WHERE id = 1").fetch_one(&mut *tx).await?;
        let rows = sqlx::query_as::<_, RegistryRow>(
            // Accounts with the objection's address, and (second branch) the account a personal
            // link bound it to when that account's address is another one.
            "SELECT o.email_key, o.status, o.verified_at, o.ended_at, a.account_id, a.handles
             FROM objections o LEFT JOIN accounts a ON a.email_key = o.email_key
             WHERE o.verified_at IS NOT NULL
             UNION ALL
             SELECT o.email_key, o.status, o.verified_at, o.ended_at, a.account_id, a.handles
             FROM objections o JOIN accounts a ON a.account_id = o.account_id
             WHERE o.verified_at IS NOT NULL AND a.email_key <> o.email_key
             ORDER BY 3, 5",
        )
        .fetch_all(&mut *tx)
        .await?;
        tx.commit().await?;
        Ok((version, rows))
    }

    pub async fn account_count(&self) -> Result<i64> {
        Ok(sqlx::query_scalar::<_, i64>("SELECT COUNT(*) FROM accounts").fetch_one(&self.read).await?)
    }

    pub async fn outbox_counts(&self) -> Result<OutboxCounts> {
        let rows: Vec<(String, i64)> =
            sqlx::query_as("SELECT state, COUNT(*) FROM outbox GROUP BY state").fetch_all(&self.read).await?;
        let mut counts = OutboxCounts::default();
        for (state, n) in rows {
            match state.as_str() {
                "pending" => counts.pending = n,
                "sent" => counts.sent = n,
                "dead" => counts.dead = n,
                other => return Err(StoreError::Corrupt(format!("outbox state {other:?}"))),
            }
        }
        Ok(counts)
    }

    /// Dead letters, newest first: what could not be delivered and why.
    pub async fn dead_letters(&self, limit: i64) -> Result<Vec<(String, String, Option<String>)>> {
        let rows = sqlx::query_as(
            "SELECT message_id, kind, last_error FROM outbox WHERE state = 'dead' ORDER BY id DESC LIMIT $1",
        )
        .bind(limit)
        .fetch_all(&self.read)
        .await?;
        Ok(rows)
    }
}

const OBJECTION_COLUMNS: &str = "id, status, country, jurisdiction, email_key, email_sealed, impact_sealed, details_sealed, \
     received_at, due_at, verified_at, decided_at, ended_at, code_hash, code_expires_at, code_failed_attempts, \
     decision_rule, legal_basis, decision_reason, extended_at, account_id, locale";

/// One database transaction. Dropped without [`Tx::commit`], nothing is written.
#[derive(Debug)]
pub struct Tx {
    inner: Transaction<'static, Any>,
    backend: Backend,
}

impl Tx {
    pub async fn commit(self) -> Result<()> {
        self.inner.commit().await?;
        Ok(())
    }

    /// Reads the objection and, on PostgreSQL, locks it until the transaction ends.
    pub async fn lock_objection(&mut self, id: &str) -> Result<Option<ObjectionRow>> {
        let lock = match self.backend {
            Backend::Postgres => "FOR UPDATE",
            Backend::Sqlite => "",
        };
        let row = sqlx::query_as::<_, ObjectionRow>(&format!(
            "SELECT {OBJECTION_COLUMNS} FROM objections WHERE id = $1 {lock}"
        ))
        .bind(id)
        .fetch_optional(&mut *self.inner)
        .await?;
        Ok(row)
    }

    /// The objection in effect (restricting processing) for a mailbox, if any.
    pub async fn in_effect_for_email(&mut self, email_key: &str) -> Result<Option<ObjectionRow>> {
        let row = sqlx::query_as::<_, ObjectionRow>(&format!(
            "SELECT {OBJECTION_COLUMNS} FROM objections
             WHERE email_key = $1 AND status IN ('verified', 'needs_review', 'honored')
             ORDER BY verified_at LIMIT 1"
        ))
        .bind(email_key)
        .fetch_optional(&mut *self.inner)
        .await?;
        Ok(row)
    }

    /// Changes the objection's state, and appends the audit event that records it.
    /// Fails with [`StoreError::Conflict`] if the objection is no longer in `transition.from()`.
    #[instrument(skip_all, fields(from = %transition.from(), to = %transition.to()))]
    pub async fn apply_transition(
        &mut self,
        id: &str,
        transition: Transition,
        record: &TransitionRecord,
    ) -> Result<()> {
        use withhold_core::Status;
        let at = millis(record.at);
        let to = transition.to();
        let verified_at = (to == Status::Verified).then_some(at);
        let decided_at = matches!(to, Status::Honored | Status::Declined | Status::NeedsReview).then_some(at);
        let ended_at = matches!(to, Status::Declined | Status::Withdrawn | Status::Expired).then_some(at);
        let result = sqlx::query(
            "UPDATE objections SET status = $1, updated_at = $2,
                verified_at = COALESCE($3, verified_at),
                decided_at = COALESCE($4, decided_at),
                ended_at = COALESCE($5, ended_at),
                decision_rule = COALESCE($6, decision_rule),
                legal_basis = COALESCE($7, legal_basis),
                decision_reason = COALESCE($8, decision_reason),
                code_hash = CASE WHEN $1 = 'pending_verification' THEN code_hash ELSE NULL END
             WHERE id = $9 AND status = $10",
        )
        .bind(to.as_str())
        .bind(at)
        .bind(verified_at)
        .bind(decided_at)
        .bind(ended_at)
        .bind(&record.rule)
        .bind(&record.legal_basis)
        .bind(&record.reason)
        .bind(id)
        .bind(transition.from().as_str())
        .execute(&mut *self.inner)
        .await?;
        if result.rows_affected() != 1 {
            return Err(StoreError::Conflict);
        }
        if transition.from().restricts_processing() != transition.to().restricts_processing() {
            // Who is excluded changed: a new registry version, in the same transaction.
            sqlx::query("UPDATE registry_state SET version = version + 1 WHERE id = 1")
                .execute(&mut *self.inner)
                .await?;
        }
        self.append_event(
            Some(id),
            record.at,
            &record.actor,
            transition.action().event_kind(),
            Some(transition),
            &record.detail,
        )
        .await
    }

    /// Inserts or updates accounts by id, in one statement per call. If any of them belongs to
    /// (or is moved away from) the mailbox of an objection that ever restricted processing, the
    /// registry's accounts change, so its version moves too (caches key on it).
    pub async fn upsert_accounts(&mut self, accounts: &[AccountRow]) -> Result<()> {
        if accounts.is_empty() {
            return Ok(());
        }
        let placeholders = |first: usize| -> String {
            (0..accounts.len())
                .map(|i| match self.backend {
                    Backend::Sqlite => "?".to_owned(),
                    Backend::Postgres => format!("${}", first + i),
                })
                .collect::<Vec<_>>()
                .join(",")
        };
        let bump = format!(
            "UPDATE registry_state SET version = version + 1 WHERE id = 1 AND EXISTS (
                SELECT 1 FROM objections o WHERE o.verified_at IS NOT NULL AND (o.email_key IN ({})
                   OR o.email_key IN (SELECT a.email_key FROM accounts a WHERE a.account_id IN ({}))
                   OR o.account_id IN ({})))",
            placeholders(1),
            placeholders(1 + accounts.len()),
            placeholders(1 + 2 * accounts.len())
        );
        let mut query = sqlx::query(&bump);
        for a in accounts {
            query = query.bind(&a.email_key);
        }
        for _ in 0..2 {
            for a in accounts {
                query = query.bind(&a.account_id);
            }
        }
        query.execute(&mut *self.inner).await?;
        let mut sql = String::from(
            "INSERT INTO accounts (account_id, email_key, email_sealed, country, handles, names, updated_at, language) VALUES ",
        );
        for i in 0..accounts.len() {
            if i > 0 {
                sql.push(',');
            }
            match self.backend {
                // SQLite looks numbered parameters up by name, linearly: with thousands in one
                // statement that is quadratic. Anonymous ones bind in order.
                Backend::Sqlite => sql.push_str("(?,?,?,?,?,?,?,?)"),
                Backend::Postgres => {
                    let b = i * 8;
                    let marks: Vec<String> = (1..=8).map(|k| format!("${}", b + k)).collect();
                    sql.push_str(&format!("({})", marks.join(",")));
                }
            }
        }
        sql.push_str(
            " ON CONFLICT (account_id) DO UPDATE SET email_key = excluded.email_key, email_sealed = excluded.email_sealed,
              country = excluded.country, handles = excluded.handles, names = excluded.names, updated_at = excluded.updated_at,
              language = excluded.language",
        );
        let mut query = sqlx::query(&sql);
        for a in accounts {
            query = query
                .bind(&a.account_id)
                .bind(&a.email_key)
                .bind(&a.email_sealed)
                .bind(&a.country)
                .bind(&a.handles)
                .bind(&a.names)
                .bind(millis(a.updated_at))
                .bind(&a.language);
        }
        query.execute(&mut *self.inner).await?;
        Ok(())
    }

    /// Appends an audit event. `detail` is JSON and must never hold personal data.
    pub async fn append_event(
        &mut self,
        objection_id: Option<&str>,
        at: DateTime<Utc>,
        actor: &str,
        kind: &str,
        transition: Option<Transition>,
        detail: &serde_json::Value,
    ) -> Result<()> {
        sqlx::query(
            "INSERT INTO audit_events (objection_id, at, actor, kind, from_status, to_status, detail)
             VALUES ($1, $2, $3, $4, $5, $6, $7)",
        )
        .bind(objection_id)
        .bind(millis(at))
        .bind(actor)
        .bind(kind)
        .bind(transition.map(|t| t.from().as_str()))
        .bind(transition.map(|t| t.to().as_str()))
        .bind(detail.to_string())
        .execute(&mut *self.inner)
        .await?;
        Ok(())
    }

    /// When the objection had events of `kind` since `since`, oldest first.
    pub async fn event_times_since(
        &mut self,
        objection_id: &str,
        kind: &str,
        since: DateTime<Utc>,
    ) -> Result<Vec<DateTime<Utc>>> {
        let times = sqlx::query_scalar::<_, i64>(
            "SELECT at FROM audit_events WHERE objection_id = $1 AND kind = $2 AND at >= $3 ORDER BY at",
        )
        .bind(objection_id)
        .bind(kind)
        .bind(millis(since))
        .fetch_all(&mut *self.inner)
        .await?;
        Ok(times.into_iter().filter_map(DateTime::from_timestamp_millis).collect())
    }

    /// Serializes work on one mailbox across servers (PostgreSQL). On SQLite it takes the
    /// database's write lock now: a transaction that reads and then writes would otherwise fail
    /// with SQLITE_BUSY_SNAPSHOT when another process (a CLI command beside the server) wrote
    /// in between; taken first, the lock is waited for instead.
    pub async fn lock_mailbox(&mut self, email_key: &str) -> Result<()> {
        match self.backend {
            Backend::Postgres => {
                sqlx::query("SELECT 1 FROM (SELECT pg_advisory_xact_lock(hashtext($1))) AS mailbox_lock")
                    .bind(email_key)
                    .execute(&mut *self.inner)
                    .await?;
            }
            Backend::Sqlite => {
                sqlx::query("UPDATE registry_state SET version = version WHERE 0").execute(&mut *self.inner).await?;
            }
        }
        Ok(())
    }

    /// Whether `token_hash` opens the objection `id`.
    pub async fn token_opens(&mut self, id: &str, token_hash: &str) -> Result<bool> {
        let found =
            sqlx::query_scalar::<_, i64>("SELECT 1 FROM access_tokens WHERE token_hash = $1 AND objection_id = $2")
                .bind(token_hash)
                .bind(id)
                .fetch_optional(&mut *self.inner)
                .await?;
        Ok(found.is_some())
    }

    pub async fn insert_token(&mut self, objection_id: &str, token_hash: &str, at: DateTime<Utc>) -> Result<()> {
        sqlx::query("INSERT INTO access_tokens (token_hash, objection_id, created_at) VALUES ($1, $2, $3)")
            .bind(token_hash)
            .bind(objection_id)
            .bind(millis(at))
            .execute(&mut *self.inner)
            .await?;
        Ok(())
    }

    /// Removes an unverified request entirely (used when it duplicates an objection in effect).
    pub async fn delete_unverified(&mut self, id: &str) -> Result<()> {
        sqlx::query("DELETE FROM access_tokens WHERE objection_id = $1").bind(id).execute(&mut *self.inner).await?;
        let result = sqlx::query("DELETE FROM objections WHERE id = $1 AND status = 'pending_verification'")
            .bind(id)
            .execute(&mut *self.inner)
            .await?;
        if result.rows_affected() != 1 {
            return Err(StoreError::Conflict);
        }
        Ok(())
    }

    pub async fn enqueue_mail(&mut self, message: &NewOutboxMessage) -> Result<()> {
        sqlx::query(
            "INSERT INTO outbox (message_id, objection_id, kind, payload_sealed, state, next_attempt_at, created_at)
             VALUES ($1, $2, $3, $4, 'pending', $5, $5)",
        )
        .bind(&message.message_id)
        .bind(&message.objection_id)
        .bind(&message.kind)
        .bind(&message.payload_sealed)
        .bind(millis(message.created_at))
        .execute(&mut *self.inner)
        .await?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn restart_sqlstates_mean_unavailable() {
        for code in ["08006", "08001", "57P01", "57P02", "57P03", "53300"] {
            assert!(super::is_unavailable_sqlstate(code), "{code}");
        }
        for code in ["23505", "40001", "42P01"] {
            assert!(!super::is_unavailable_sqlstate(code), "{code}");
        }
    }
}
