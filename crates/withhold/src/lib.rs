//! Wires Withhold together: configuration, database, mail, background workers and the web.

pub mod accounts_cmd;
pub mod audit_cmd;
pub mod config;
pub mod filter_cmd;
pub mod notify_cmd;
pub mod receipt_cmd;

pub use config::{Config, MailDelivery, MailDestination, RawSettings};

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
    pub async fn build(config: &Config) -> anyhow::Result<App> {
        let store = Store::connect(&config.database_url).await.context("connecting to the database")?;
        let keys = Keys::derive(&config.secret_key);
        let sender = Sender {
            operator_name: config.operator_name.clone(),
            from: config.mail_from.clone(),
            public_url: config.public_url.clone(),
        };
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
