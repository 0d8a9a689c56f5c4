//! Wires Withhold together: configuration, database, mail, background workers and the web.

pub mod accounts_cmd;
pub mod audit_cmd;
pub mod config;
pub mod filter_cmd;
pub mod notify_cmd;
pub mod operator_cmd;
pub mod policy_cmd;
pub mod receipt_cmd;

pub use config::{Config, MailDelivery, MailDestination, RawSettings};

/// What a command may do to the database and the key it is pointed at.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Access {
    /// `serve` and `init`: create the database and the key if there are none, and record the
    /// key's fingerprint in a new database.
    Initialize,
    /// Every other command: both must exist, and the key must be the database's.
    Existing,
}

/// The settings from `--config` and the environment. For [`Access::Existing`], a SQLite
/// database that is not there is named (with where its URL came from) before anything else is
/// read or created.
pub fn settings(config_file: Option<&std::path::Path>, access: Access) -> anyhow::Result<Config> {
    let raw = RawSettings::load(config_file, |name| std::env::var(name).ok())?;
    settings_from(raw, access)
}

/// [`settings`] from settings already loaded (a command may override some).
pub fn settings_from(raw: RawSettings, access: Access) -> anyhow::Result<Config> {
    if access == Access::Existing {
        let url = raw.database_url.clone().unwrap_or_else(|| "sqlite:withhold.db".into());
        if let Some(path) = withhold_store::sqlite_path(&url)
            && !std::path::Path::new(&path).is_file()
        {
            anyhow::bail!(
                "there is no Withhold database at {path} ({}). Run this where Withhold runs, or point --config or \
                 WITHHOLD_DATABASE_URL at its database; `withhold init` makes a new one. Nothing was created",
                raw.origin_of("database_url")
            );
        }
    }
    Ok(match access {
        // An existing SQLite database has its key already: a missing key file is an error then,
        // not a reason to make a new one.
        Access::Initialize
            if withhold_store::sqlite_path(raw.database_url.as_deref().unwrap_or("sqlite:withhold.db"))
                .is_some_and(|path| std::path::Path::new(&path).is_file()) =>
        {
            raw.validate()?
        }
        Access::Initialize => raw.validate_creating_key()?,
        Access::Existing => raw.validate()?,
    })
}

/// Opens the database `config` names and makes sure it belongs to `config`'s key: a database
/// records the fingerprint of the key it was initialized with, and a command with another key
/// is refused before it reads or writes anything.
pub async fn open_store(config: &Config, access: Access) -> anyhow::Result<Store> {
    let shown = withhold_store::without_password(&config.database_url);
    let store = match access {
        Access::Initialize => Store::open_or_create(&config.database_url).await,
        Access::Existing => Store::open_existing(&config.database_url).await,
    }
    .with_context(|| format!("opening the database {shown} ({})", config.database_origin))?;
    let ours = config.secret_key.fingerprint();
    let recorded = match store.key_fingerprint().await? {
        Some(recorded) => recorded,
        None if access == Access::Existing => {
            store.close().await;
            anyhow::bail!(
                "the database {shown} ({}) was never initialized by Withhold: run `withhold init` or `withhold serve` \
                 with it once, or point --config or WITHHOLD_DATABASE_URL at the database Withhold runs with",
                config.database_origin
            );
        }
        None => {
            store.migrate().await.with_context(|| format!("creating the schema of {shown}"))?;
            // A database from before fingerprints: it is taken only if the key opens what it
            // already holds.
            if let Some((id, sealed)) = store.sample_sealed_email().await? {
                let keys = Keys::derive(&config.secret_key);
                if keys.open_string(&sealed, &format!("objection:{id}:email")).is_err() {
                    store.close().await;
                    anyhow::bail!(
                        "the secret key from {} does not open the addresses stored in {shown}: start with the key \
                         this database was made with",
                        config.key_source
                    );
                }
            }
            store.initialize(&ours, chrono::Utc::now(), "system").await?
        }
    };
    if recorded != ours {
        store.close().await;
        if let Some(path) = &config.key_created {
            // Made a moment ago for a database that has a key already: not left behind.
            let _ = std::fs::remove_file(path);
        }
        anyhow::bail!(
            "the secret key from {} is not the key the database {shown} was initialized with (fingerprint {recorded} \
             there, {ours} here): use that database's key, or point at the database of this key. Nothing was changed",
            config.key_source
        );
    }
    // Whose database it is, is settled: now its schema may be brought up to date.
    store.migrate().await.with_context(|| format!("updating the schema of {shown}"))?;
    Ok(store)
}

use anyhow::Context;
use std::future::Future;
use std::sync::Arc;
use std::time::Duration;
use tokio::net::TcpListener;
use tokio::sync::{Notify, watch};
use withhold_core::Keys;
use withhold_mail::{MailWorker, Sender, Transport};
use withhold_service::{Service, WebhookWorker};
use withhold_store::Store;

/// The use cases on `store`, for a command that reads or decides without serving (nothing
/// is sent from here: mail it queues goes out from the running server).
pub fn service_for(config: &Config, store: Store) -> Service {
    Service::new(
        store,
        Keys::derive(&config.secret_key),
        config.policy.clone(),
        sender_for(config),
        config.limits,
        Arc::new(Notify::new()),
    )
}

fn sender_for(config: &Config) -> Sender {
    Sender {
        operator_name: config.operator_name.clone(),
        from: config.mail_from.clone(),
        public_url: config.public_url.clone(),
    }
}

/// The parts of a running Withhold, built from a [`Config`].
#[derive(Debug, Clone)]
pub struct App {
    pub store: Store,
    pub service: Service,
    pub mail_worker: MailWorker,
    pub webhook_worker: WebhookWorker,
    pub router: axum::Router,
    pub timeouts: withhold_web::Timeouts,
}

impl App {
    /// Everything `serve` runs, on a database that may be new ([`Access::Initialize`]).
    pub async fn build(config: &Config) -> anyhow::Result<App> {
        App::build_with(config, Access::Initialize).await
    }

    pub async fn build_with(config: &Config, access: Access) -> anyhow::Result<App> {
        let store = open_store(config, access).await?;
        let keys = Keys::derive(&config.secret_key);
        let sender = sender_for(config);
        let transport = match &config.mail {
            MailDestination::Smtp(url) => {
                Transport::smtp(url, config.mail_delivery.smtp_timeout).context("setting up SMTP")?
            }
            MailDestination::Directory(dir) => {
                Transport::files(dir).with_context(|| format!("creating the mail folder {}", dir.display()))?
            }
        };
        let mail_wake = Arc::new(Notify::new());
        let webhook_wake = Arc::new(Notify::new());
        let service = Service::new(
            store.clone(),
            keys.clone(),
            config.policy.clone(),
            sender.clone(),
            config.limits,
            mail_wake.clone(),
        )
        .with_webhooks(config.webhooks.clone(), webhook_wake.clone());
        let webhook_worker = WebhookWorker::new(
            store.clone(),
            keys.clone(),
            config.webhooks.clone(),
            config.webhook_retry,
            Duration::from_secs(1),
            webhook_wake,
        );
        let mut mail_worker = MailWorker::new(store.clone(), keys, sender, transport, config.mail_retry, mail_wake)
            .with_lease(config.mail_delivery.lease);
        if let Some(path) = &config.mail_delivery.journal {
            let journal = withhold_mail::DeliveryJournal::open(path)
                .with_context(|| format!("opening the mail journal {}", path.display()))?;
            mail_worker = mail_worker.with_journal(journal);
        }
        let site = withhold_web::Site {
            operator_name: config.operator_name.clone(),
            logo: config.operator_logo.clone(),
            effective_date: config.effective_date,
            public_url: config.public_url.clone(),
            secure_cookies: config.public_url.starts_with("https://"),
        };
        let router =
            withhold_web::router(withhold_web::AppState::new(service.clone(), site, config.rate_limits.clone()));
        Ok(App { store, service, mail_worker, webhook_worker, router, timeouts: config.timeouts })
    }
}

impl App {
    /// Serves on `listener` with the background workers (mail delivery, review) running
    /// in-process, until `shutdown` resolves; then finishes in-flight requests and stops.
    pub async fn run(
        self,
        review_interval: Duration,
        listener: TcpListener,
        shutdown: impl Future<Output = ()> + Send + 'static,
    ) -> anyhow::Result<()> {
        let (stop_tx, stop_rx) = watch::channel(false);
        let stopped = |mut rx: watch::Receiver<bool>| async move {
            let _ = rx.wait_for(|stop| *stop).await;
        };
        let mail = tokio::spawn(self.mail_worker.clone().run(stopped(stop_rx.clone())));
        let reviewer = tokio::spawn(self.service.clone().run_reviewer(review_interval, stopped(stop_rx.clone())));
        let chainer = tokio::spawn(chain_audit_log(self.store.clone(), stopped(stop_rx.clone())));
        let webhooks = tokio::spawn(self.webhook_worker.clone().run(stopped(stop_rx.clone())));
        let sessions = tokio::spawn(sweep_staff_sessions(self.store.clone(), stopped(stop_rx.clone())));
        let served = withhold_web::serve(listener, self.router.clone(), self.timeouts, async move {
            shutdown.await;
            let _ = stop_tx.send(true);
        })
        .await;
        let _ = mail.await;
        let _ = reviewer.await;
        let _ = chainer.await;
        let _ = webhooks.await;
        let _ = sessions.await;
        // A connection left busy by a cancelled request must not hold up the exit; the
        // database rolls back whatever it was doing when the socket closes.
        if tokio::time::timeout(Duration::from_secs(5), self.store.close()).await.is_err() {
            tracing::warn!("database connections did not close within 5 s; exiting anyway");
        }
        served.context("serving HTTP")
    }
}

/// Chains new audit events into the hash chain four times a second (small batches, so the
/// writer is never held long), and once more on the way out.
async fn chain_audit_log(store: Store, shutdown: impl Future<Output = ()>) {
    tokio::pin!(shutdown);
    let mut tick = tokio::time::interval(Duration::from_millis(250));
    tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    loop {
        tokio::select! {
            _ = tick.tick() => {}
            _ = &mut shutdown => break,
        }
        // Batch after batch, each its own short transaction, until caught up.
        loop {
            match store.chain_audit_batch().await {
                Ok(chained) if chained as i64 == withhold_store::AUDIT_CHAIN_BATCH => tokio::task::yield_now().await,
                Ok(_) => break,
                Err(e) => {
                    tracing::warn!(error = %e, "chaining the audit log failed; will retry");
                    break;
                }
            }
        }
    }
    if let Err(e) = store.chain_audit_log().await {
        tracing::warn!(error = %e, "chaining the audit log on shutdown failed");
    }
}

/// Deletes expired staff sessions every ten minutes: an expired session already opens nothing,
/// but its row need not stay.
async fn sweep_staff_sessions(store: Store, shutdown: impl Future<Output = ()>) {
    tokio::pin!(shutdown);
    let mut tick = tokio::time::interval(Duration::from_secs(600));
    loop {
        tokio::select! {
            _ = tick.tick() => {}
            _ = &mut shutdown => return,
        }
        if let Err(e) = store.sweep_staff_sessions(chrono::Utc::now()).await {
            tracing::warn!(error = %e, "sweeping expired staff sessions failed; will retry");
        }
    }
}

/// Builds Withhold from `config` and serves it on `listener` until `shutdown` resolves.
pub async fn launch_with_tcp_listener(
    config: &Config,
    listener: TcpListener,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> anyhow::Result<()> {
    App::build(config).await?.run(config.review_interval, listener, shutdown).await
}
