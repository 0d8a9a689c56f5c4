//! `spawn_app`: the real server on a random port, with a fresh database (SQLite file or
//! PostgreSQL database) and a test SMTP server, driven over HTTP like a browser.

use crate::proxy::TcpProxy;
use crate::smtp::SmtpServer;
use reqwest::StatusCode;
use serde_json::Value;
use sqlx::Connection;
use std::time::Duration;
use withhold::{App, RawSettings};
use withhold_service::Service;

#[derive(Debug, Clone)]
pub enum Backend {
    Sqlite,
    Postgres(String),
}

impl Backend {
    /// PostgreSQL, where a server is configured. Unconfigured, the test is skipped with a
    /// visible message, except in CI, where it must run.
    pub fn postgres() -> Option<Backend> {
        match std::env::var("WITHHOLD_TEST_POSTGRES_URL") {
            Ok(url) if !url.is_empty() => Some(Backend::Postgres(url)),
            _ if std::env::var("CI").is_ok_and(|v| v == "true") => {
                panic!("CI must run the PostgreSQL tests: set WITHHOLD_TEST_POSTGRES_URL")
            }
            _ => {
                eprintln!(
                    "SKIPPED (PostgreSQL): set WITHHOLD_TEST_POSTGRES_URL=postgres://postgres@127.0.0.1:5432/test to run this test against PostgreSQL"
                );
                None
            }
        }
    }
}

/// A database that exists for one test.
pub(crate) struct TestDb {
    pub(crate) url: String,
    /// For PostgreSQL: the server URL and database name to drop afterwards.
    drop: Option<(String, String)>,
    _dir: tempfile::TempDir,
}

impl Drop for TestDb {
    fn drop(&mut self) {
        if let Some((server, name)) = self.drop.take() {
            // Async drop is not a thing; a short-lived runtime on its own thread does it.
            let _ = std::thread::spawn(move || {
                let rt = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
                rt.block_on(async {
                    if let Ok(mut conn) = sqlx::PgConnection::connect(&server).await {
                        let _ = sqlx::query(&format!("DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)"))
                            .execute(&mut conn)
                            .await;
                    }
                });
            })
            .join();
        }
    }
}

pub(crate) async fn create_db(backend: &Backend, dir: tempfile::TempDir) -> TestDb {
    match backend {
        Backend::Sqlite => {
            TestDb { url: format!("sqlite:{}", dir.path().join("withhold.db").display()), drop: None, _dir: dir }
        }
        Backend::Postgres(server) => {
            let name = format!("withhold_test_{}", uuid::Uuid::new_v4().simple());
            let mut conn = sqlx::PgConnection::connect(server).await.expect("PostgreSQL is reachable");
            sqlx::query(&format!("CREATE DATABASE \"{name}\"")).execute(&mut conn).await.unwrap();
            let (base, _) = server.rsplit_once('/').expect("a database URL ends in /DBNAME");
            TestDb { url: format!("{base}/{name}"), drop: Some((server.clone(), name)), _dir: dir }
        }
    }
}

pub struct TestApp {
    pub address: String,
    pub client: reqwest::Client,
    pub smtp: SmtpServer,
    pub service: Service,
    pub db_url: String,
    pub proxy: Option<TcpProxy>,
    shutdown: Option<tokio::sync::oneshot::Sender<()>>,
    server: Option<tokio::task::JoinHandle<anyhow::Result<()>>>,
    _db: TestDb,
}

/// Settings a test may change before the app starts.
#[derive(Default)]
pub struct Options {
    pub policy_toml: Option<String>,
    pub mail_max_attempts: Option<u32>,
    pub rate_limits: Option<String>,
    pub public_url: Option<String>,
    pub header_timeout_seconds: Option<u64>,
    pub body_timeout_seconds: Option<u64>,
    pub body_min_bytes_per_second: Option<u64>,
    /// PostgreSQL only: reach the database through a [`TcpProxy`] the test can cut.
    pub database_through_proxy: bool,
    /// Webhook endpoints (space-separated) and their shared secret.
    pub webhooks: Option<(String, String)>,
    pub webhook_max_attempts: Option<u32>,
    /// The operator's logo: a file name and its bytes.
    pub logo: Option<(&'static str, Vec<u8>)>,
}

pub async fn spawn_app(backend: Backend) -> TestApp {
    spawn_app_with(backend, Options::default()).await
}

pub async fn spawn_app_with(backend: Backend, options: Options) -> TestApp {
    let dir = tempfile::tempdir().unwrap();
    let db = create_db(&backend, tempfile::tempdir().unwrap()).await;
    let smtp = SmtpServer::start().await;
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let address = format!("http://127.0.0.1:{}", listener.local_addr().unwrap().port());
    let (app_db_url, proxy) = if options.database_through_proxy {
        let url = reqwest::Url::parse(&db.url).expect("a PostgreSQL URL");
        let upstream = format!("{}:{}", url.host_str().unwrap(), url.port().unwrap_or(5432));
        let proxy = TcpProxy::start(upstream).await;
        let mut through = url.clone();
        through.set_host(Some("127.0.0.1")).unwrap();
        through.set_port(Some(proxy.port)).unwrap();
        (through.to_string(), Some(proxy))
    } else {
        (db.url.clone(), None)
    };
    let policy = options.policy_toml.map(|text| {
        let path = dir.path().join("policy.toml");
        std::fs::write(&path, text).unwrap();
        path.display().to_string()
    });
    let operator_logo = options.logo.as_ref().map(|(name, bytes)| {
        let path = dir.path().join(name);
        std::fs::write(&path, bytes).unwrap();
        path.display().to_string()
    });
    let raw = RawSettings {
        operator_logo,
        listen: Some(listener.local_addr().unwrap().to_string()),
        database_url: Some(app_db_url),
        smtp_url: Some(smtp.url()),
        secret_key: Some("5a".repeat(32)),
        public_url: Some(options.public_url.clone().unwrap_or_else(|| address.clone())),
        operator_name: Some("Example Social".into()),
        effective_date: Some("26 June 2027".into()),
        mail_from: Some("Example Social <no-reply@example.org>".into()),
        policy,
        mail_retry_base_seconds: Some(1),
        mail_retry_max_seconds: Some(2),
        mail_max_attempts: options.mail_max_attempts,
        review_interval_ms: Some(100),
        header_timeout_seconds: options.header_timeout_seconds,
        body_timeout_seconds: options.body_timeout_seconds,
        body_min_bytes_per_second: options.body_min_bytes_per_second,
        // Tests make many requests from one address; the limits have their own test.
        rate_limits: Some(options.rate_limits.unwrap_or_else(|| "off".into())),
        mail_journal: Some(dir.path().join("mail-journal").display().to_string()),
        webhook_urls: options.webhooks.as_ref().map(|(urls, _)| urls.clone()),
        webhook_secret: options.webhooks.as_ref().map(|(_, secret)| secret.clone()),
        webhook_retry_base_seconds: Some(1),
        webhook_max_attempts: options.webhook_max_attempts,
        ..RawSettings::default()
    };
    let config = raw.validate().expect("test settings are valid");
    let app = App::build(&config).await.expect("the app starts");
    let service = app.service.clone();
    let (tx, rx) = tokio::sync::oneshot::channel::<()>();
    let server = tokio::spawn(app.run(config.review_interval, listener, async move {
        let _ = rx.await;
    }));
    // Keep the temp dir (policy file) alive as long as the app: leak it into the db guard.
    std::mem::forget(dir);
    TestApp {
        address,
        client: reqwest::Client::builder().cookie_store(true).build().unwrap(),
        smtp,
        service,
        db_url: db.url.clone(),
        proxy,
        shutdown: Some(tx),
        server: Some(server),
        _db: db,
    }
}

impl Drop for TestApp {
    fn drop(&mut self) {
        if let Some(tx) = self.shutdown.take() {
            let _ = tx.send(());
        }
        if let Some(server) = self.server.take() {
            server.abort();
        }
    }
}

/// The value of the hidden `csrf` input in a page.
pub fn csrf_of(html: &str) -> String {
    let marker = "name=\"csrf\" value=\"";
    let start = html.find(marker).expect("the page has a CSRF token") + marker.len();
    html[start..].split('"').next().unwrap().to_owned()
}

/// The objection id in a `/objections/{id}/...` URL.
pub fn id_in(url: &str) -> String {
    url.split("/objections/").nth(1).expect("an objection URL")[..36].to_owned()
}

pub struct Page {
    pub status: StatusCode,
    pub url: String,
    pub html: String,
}

impl TestApp {
    /// A browser of its own (cookies and all) whose requests come from `ip`, another loopback
    /// address (127.0.0.0/8 is all this machine's), so the server sees another client.
    pub fn client_from(&self, ip: &str) -> reqwest::Client {
        reqwest::Client::builder()
            .cookie_store(true)
            .local_address(Some(ip.parse().expect("an IP address")))
            .build()
            .unwrap()
    }

    pub async fn get(&self, path: &str) -> Page {
        let url = if path.starts_with("http") { path.to_owned() } else { format!("{}{path}", self.address) };
        let r = self.client.get(url).send().await.unwrap();
        Page { status: r.status(), url: r.url().to_string(), html: r.text().await.unwrap() }
    }

    pub async fn post_form(&self, path: &str, fields: &[(&str, &str)]) -> Page {
        let r = self.client.post(format!("{}{path}", self.address)).form(fields).send().await.unwrap();
        Page { status: r.status(), url: r.url().to_string(), html: r.text().await.unwrap() }
    }

    /// GETs the form (for its CSRF token) and POSTs it, as a browser does.
    pub async fn submit_form(&self, country: &str, email: &str, impact: &str, details: &str) -> Page {
        let form = self.get("/object").await;
        assert_eq!(form.status, StatusCode::OK);
        let csrf = csrf_of(&form.html);
        self.post_form(
            "/object",
            &[("csrf", &csrf), ("country", country), ("email", email), ("impact", impact), ("details", details)],
        )
        .await
    }

    /// Enters a code on the confirmation page for `id`.
    pub async fn enter_code(&self, id: &str, code: &str) -> Page {
        let page = self.get(&format!("/objections/{id}/confirm")).await;
        let csrf = csrf_of(&page.html);
        self.post_form(&format!("/objections/{id}/confirm"), &[("csrf", &csrf), ("code", code)]).await
    }

    pub async fn resend(&self, id: &str) -> (Page, Option<String>) {
        let page = self.get(&format!("/objections/{id}/confirm")).await;
        let csrf = csrf_of(&page.html);
        let r = self
            .client
            .post(format!("{}/objections/{id}/resend", self.address))
            .form(&[("csrf", &csrf)])
            .send()
            .await
            .unwrap();
        let retry_after = r.headers().get("retry-after").map(|v| v.to_str().unwrap().to_owned());
        (Page { status: r.status(), url: r.url().to_string(), html: r.text().await.unwrap() }, retry_after)
    }

    /// Submits, reads the code from the mail, enters it: the whole journey to a decision.
    /// Returns the objection id and the status page.
    pub async fn object_and_confirm(&self, country: &str, email: &str) -> (String, Page) {
        let page = self.submit_form(country, email, "", "").await;
        assert_eq!(page.status, StatusCode::OK, "{}", page.html);
        let id = id_in(&page.url);
        let mail = self.smtp.wait_for(email, "Your confirmation code is", 1).await;
        let status = self.enter_code(&id, &mail.code()).await;
        (id, status)
    }

    pub async fn api_post(&self, path: &str, body: &Value) -> (StatusCode, Value) {
        let r = self.client.post(format!("{}{path}", self.address)).json(body).send().await.unwrap();
        let status = r.status();
        (status, r.json().await.unwrap_or(Value::Null))
    }

    pub async fn api_get(&self, path: &str) -> (StatusCode, Value) {
        let r = self.client.get(format!("{}{path}", self.address)).send().await.unwrap();
        let status = r.status();
        (status, r.json().await.unwrap_or(Value::Null))
    }

    /// Runs SQL against the app's database, to stand in for the passing of time.
    pub async fn sql(&self, statement: &str) {
        sqlx::any::install_default_drivers();
        let mut conn = sqlx::AnyConnection::connect(&self.db_url).await.unwrap();
        sqlx::query(statement).execute(&mut conn).await.unwrap();
    }

    pub async fn scalar(&self, query: &str) -> i64 {
        sqlx::any::install_default_drivers();
        let mut conn = sqlx::AnyConnection::connect(&self.db_url).await.unwrap();
        sqlx::query_scalar::<_, i64>(query).fetch_one(&mut conn).await.unwrap()
    }

    /// Polls the API until the objection reaches `status` (the background workers run on
    /// their own schedule). The guard only stops a broken test from hanging.
    pub async fn wait_for_status(&self, status_path: &str, want: &str) -> Value {
        for _ in 0..600 {
            let (_, body) = self.api_get(status_path).await;
            if body["status"] == want {
                return body;
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        panic!("the objection never reached {want}");
    }
}

/// Runs the real binary against the test app's database, as its operator would, from `dir`:
/// the exit code and everything it printed. A `policy.toml` in `dir` is the policy it reads
/// (the server's, where the test gave it one).
pub async fn withhold_cli(app: &TestApp, dir: &std::path::Path, args: &[&str]) -> (i32, String) {
    let mut command = tokio::process::Command::new(env!("CARGO_BIN_EXE_withhold"));
    command
        .args(args)
        .current_dir(dir)
        .env("WITHHOLD_DATABASE_URL", &app.db_url)
        .env("WITHHOLD_SECRET_KEY", "5a".repeat(32))
        .env("WITHHOLD_PUBLIC_URL", &app.address)
        .env("WITHHOLD_OPERATOR_NAME", "Example Social")
        .env("NO_COLOR", "1");
    let policy = dir.join("policy.toml");
    if policy.exists() {
        command.env("WITHHOLD_POLICY", &policy);
    }
    let output = command.output().await.unwrap();
    let text = format!("{}{}", String::from_utf8_lossy(&output.stdout), String::from_utf8_lossy(&output.stderr));
    (output.status.code().unwrap_or(-1), text)
}

/// The real `withhold serve` binary as a child process, for tests that kill or restart it.
pub struct ServerProcess {
    pub address: String,
    pub child: tokio::process::Child,
    /// Everything it logged, once it has exited.
    log: tokio::task::JoinHandle<String>,
}

impl ServerProcess {
    /// Starts the server in `dir` on a free port with `env` on top of the common test settings,
    /// and returns once it listens (it names the port in its log).
    pub async fn start(dir: &std::path::Path, env: &[(&str, String)]) -> ServerProcess {
        use tokio::io::{AsyncBufReadExt, AsyncReadExt};
        let mut command = tokio::process::Command::new(env!("CARGO_BIN_EXE_withhold"));
        command
            .arg("serve")
            .current_dir(dir)
            .env("WITHHOLD_LISTEN", "127.0.0.1:0")
            .env("WITHHOLD_RATE_LIMITS", "off")
            .env("NO_COLOR", "1")
            .stderr(std::process::Stdio::piped())
            .stdout(std::process::Stdio::piped())
            .kill_on_drop(true);
        for (name, value) in env {
            command.env(name, value);
        }
        let mut child = command.spawn().unwrap();
        let mut stderr = tokio::io::BufReader::new(child.stderr.take().unwrap());
        let mut log = String::new();
        let address = loop {
            let mut line = String::new();
            assert!(stderr.read_line(&mut line).await.unwrap() > 0, "the server exited:\n{log}");
            log.push_str(&line);
            if let Some(rest) = line.split("listen=").nth(1) {
                break format!("http://{}", rest.split_whitespace().next().unwrap());
            }
        };
        let mut stdout = child.stdout.take().unwrap();
        let log = tokio::spawn(async move {
            let mut rest = String::new();
            let _ = stderr.read_to_string(&mut rest).await;
            let _ = stdout.read_to_string(&mut rest).await;
            log + &rest
        });
        ServerProcess { address, child, log }
    }

    /// The process id, to read its memory from /proc.
    pub fn pid(&self) -> u32 {
        self.child.id().expect("the server is running")
    }

    /// SIGKILL: no shutdown code runs.
    pub async fn kill_nine(mut self) -> String {
        self.child.start_kill().unwrap();
        let _ = self.child.wait().await;
        self.log.await.unwrap()
    }
}
