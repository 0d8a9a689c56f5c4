//! Settings: defaults that make the first run work, a TOML file (`--config`), and environment
//! variables named `WITHHOLD_<SETTING>`, the environment winning. Turned into a validated
//! [`Config`] before anything starts.

use serde::Deserialize;
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;
use withhold_core::{Policy, SecretKey};

/// Every setting, as written in the file or the environment.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawSettings {
    /// Where each setting given came from (`WITHHOLD_X`, or the file), for messages.
    #[serde(skip)]
    pub origin: std::collections::BTreeMap<String, String>,
    pub listen: Option<String>,
    pub database_url: Option<String>,
    pub smtp_url: Option<String>,
    pub outbox_dir: Option<String>,
    pub policy: Option<String>,
    pub secret_key: Option<String>,
    pub secret_key_file: Option<String>,
    pub public_url: Option<String>,
    pub operator_name: Option<String>,
    pub operator_logo: Option<String>,
    pub effective_date: Option<String>,
    pub mail_from: Option<String>,
    pub code_ttl_minutes: Option<u64>,
    pub max_code_attempts: Option<u32>,
    pub max_resends_per_hour: Option<u32>,
    pub unverified_ttl_hours: Option<u64>,
    pub mail_retry_base_seconds: Option<u64>,
    pub mail_retry_max_seconds: Option<u64>,
    pub mail_max_attempts: Option<u32>,
    pub review_interval_ms: Option<u64>,
    pub rate_limits: Option<String>,
    pub retention_unverified_days: Option<u64>,
    pub header_timeout_seconds: Option<u64>,
    pub body_timeout_seconds: Option<u64>,
    pub body_min_bytes_per_second: Option<u64>,
    pub max_connections: Option<u64>,
    pub smtp_timeout_seconds: Option<u64>,
    pub mail_lease_seconds: Option<u64>,
    pub mail_journal: Option<String>,
    pub webhook_urls: Option<String>,
    pub webhook_secret: Option<String>,
    pub webhook_retry_base_seconds: Option<u64>,
    pub webhook_max_attempts: Option<u32>,
}

const SETTINGS: &[&str] = &[
    "listen",
    "database_url",
    "smtp_url",
    "outbox_dir",
    "policy",
    "secret_key",
    "secret_key_file",
    "public_url",
    "operator_name",
    "operator_logo",
    "effective_date",
    "mail_from",
    "code_ttl_minutes",
    "max_code_attempts",
    "max_resends_per_hour",
    "unverified_ttl_hours",
    "mail_retry_base_seconds",
    "mail_retry_max_seconds",
    "mail_max_attempts",
    "review_interval_ms",
    "rate_limits",
    "retention_unverified_days",
    "header_timeout_seconds",
    "body_timeout_seconds",
    "body_min_bytes_per_second",
    "max_connections",
    "smtp_timeout_seconds",
    "mail_lease_seconds",
    "mail_journal",
    "webhook_urls",
    "webhook_secret",
    "webhook_retry_base_seconds",
    "webhook_max_attempts",
];

/// What is wrong with the settings. Each message says it once: the cause is in the message,
/// not chained again after it.
#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    #[error("cannot read the config file {}: {problem}", path.display())]
    ReadFile { path: PathBuf, problem: String },
    #[error("the config file {} is not valid: {problem}", path.display())]
    ParseFile { path: PathBuf, problem: String },
    #[error("{variable} (from the environment) is not valid: {problem}")]
    Environment { variable: String, problem: String },
    #[error("{name} is not valid: {problem}")]
    Invalid { name: String, problem: String },
    #[error("cannot read or create the secret key file {}: {problem}", path.display())]
    KeyFile { path: PathBuf, problem: String },
    #[error(
        "the secret key file {} does not exist. Run this where `withhold serve` or `withhold init` created it, or name it with secret_key_file (WITHHOLD_SECRET_KEY_FILE); nothing was created",
        path.display()
    )]
    KeyMissing { path: PathBuf },
}

/// Settings that name a file or folder: written relative in a config file, they are taken from
/// the file's own folder, wherever the command is run.
const PATH_SETTINGS: &[&str] = &["outbox_dir", "policy", "secret_key_file", "operator_logo", "mail_journal"];

fn invalid(name: &str, problem: impl Into<String>) -> ConfigError {
    ConfigError::Invalid { name: name.to_owned(), problem: problem.into() }
}

/// Where mail goes.
#[derive(Debug, Clone)]
pub enum MailDestination {
    Smtp(String),
    Directory(PathBuf),
}

/// Validated configuration.
#[derive(Debug, Clone)]
pub struct Config {
    pub listen: SocketAddr,
    pub database_url: String,
    /// Where `database_url` came from (`WITHHOLD_DATABASE_URL`, a file, the default).
    pub database_origin: String,
    /// Where the secret key came from, for messages (never the key).
    pub key_source: String,
    /// The key file this run created, if it created one (removed again if the database turns
    /// out to belong to another key).
    pub key_created: Option<PathBuf>,
    pub mail: MailDestination,
    pub policy: Arc<Policy>,
    pub secret_key: SecretKey,
    pub public_url: String,
    pub operator_name: String,
    /// Shown beside the operator's name on every public page.
    pub operator_logo: Option<Arc<withhold_web::Logo>>,
    pub effective_date: chrono::NaiveDate,
    pub mail_from: lettre::message::Mailbox,
    pub limits: withhold_service::JourneyLimits,
    pub mail_retry: withhold_mail::RetryPolicy,
    pub review_interval: Duration,
    pub rate_limits: withhold_web::limits::RateLimits,
    pub timeouts: withhold_web::Timeouts,
    pub mail_delivery: MailDelivery,
    /// Where decisions and withdrawals are announced (none by default).
    pub webhooks: Arc<[withhold_service::WebhookTarget]>,
    pub webhook_retry: withhold_mail::RetryPolicy,
}

/// How the outbox worker delivers.
#[derive(Debug, Clone)]
pub struct MailDelivery {
    /// For each SMTP command.
    pub smtp_timeout: Duration,
    /// How long a claimed message stays reserved; after a crash, its mail goes out when the
    /// lease ends.
    pub lease: Duration,
    /// Where accepted deliveries are journaled (None: not journaled).
    pub journal: Option<PathBuf>,
}

impl RawSettings {
    /// The file's settings, then the environment's over them.
    pub fn load(file: Option<&Path>, env: impl Fn(&str) -> Option<String>) -> Result<RawSettings, ConfigError> {
        let mut origin = std::collections::BTreeMap::new();
        let mut table = match file {
            Some(path) => {
                let text = std::fs::read_to_string(path)
                    .map_err(|e| ConfigError::ReadFile { path: path.into(), problem: e.to_string() })?;
                let mut table = text
                    .parse::<toml::Table>()
                    .map_err(|e| ConfigError::ParseFile { path: path.into(), problem: e.to_string() })?;
                let folder = path.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new("."));
                resolve_relative_paths(&mut table, folder);
                for name in table.keys() {
                    origin.insert(name.clone(), format!("{name} in {}", path.display()));
                }
                // Checked alone, so the file is named for what is wrong in it.
                toml::Value::Table(table.clone())
                    .try_into::<RawSettings>()
                    .map_err(|e| ConfigError::ParseFile { path: path.into(), problem: e.message().to_owned() })?;
                table
            }
            None => toml::Table::new(),
        };
        for name in SETTINGS {
            let var = format!("WITHHOLD_{}", name.to_ascii_uppercase());
            if let Some(value) = env(&var).filter(|v| !v.is_empty()) {
                let parsed = match value.parse::<i64>() {
                    Ok(n) if !name.ends_with("url") && *name != "listen" && *name != "secret_key" => {
                        toml::Value::Integer(n)
                    }
                    _ => toml::Value::String(value),
                };
                // Checked alone, so the variable is named for what is wrong with it.
                let mut alone = toml::Table::new();
                alone.insert((*name).to_owned(), parsed.clone());
                toml::Value::Table(alone)
                    .try_into::<RawSettings>()
                    .map_err(|e| ConfigError::Environment { variable: var.clone(), problem: e.message().to_owned() })?;
                table.insert((*name).to_owned(), parsed);
                origin.insert((*name).to_owned(), var);
            }
        }
        let mut settings: RawSettings = toml::Value::Table(table)
            .try_into()
            .map_err(|e: toml::de::Error| invalid("settings", e.message().to_owned()))?;
        settings.origin = origin;
        Ok(settings)
    }

    /// Where `name` came from, for a message: `WITHHOLD_X`, `name in FILE`, or the default.
    pub fn origin_of(&self, name: &str) -> String {
        self.origin.get(name).cloned().unwrap_or_else(|| format!("the default {name}"))
    }

    /// Validates the settings, reading the key file, which must exist.
    pub fn validate(self) -> Result<Config, ConfigError> {
        self.validate_with(KeyFile::MustExist)
    }

    /// For `serve` and `init`: a missing key file is created.
    pub fn validate_creating_key(self) -> Result<Config, ConfigError> {
        self.validate_with(KeyFile::Create)
    }

    fn validate_with(self, key_file: KeyFile) -> Result<Config, ConfigError> {
        let key_source = match (&self.secret_key, &self.secret_key_file) {
            (Some(_), _) => self.origin_of("secret_key"),
            (None, Some(path)) => format!("the key file {path} ({})", self.origin_of("secret_key_file")),
            (None, None) => "the key file withhold.key".to_owned(),
        };
        let database_origin = self.origin_of("database_url");
        let key_path = PathBuf::from(self.secret_key_file.as_deref().unwrap_or("withhold.key"));
        let key_created =
            (self.secret_key.is_none() && key_file == KeyFile::Create && !key_path.exists()).then(|| key_path.clone());
        let mail_delivery = self.mail_delivery()?;
        let webhooks = self.webhooks()?;
        let listen_text = self.listen.unwrap_or_else(|| "127.0.0.1:8080".into());
        let listen: SocketAddr =
            listen_text.parse().map_err(|_| invalid("listen", "expected address:port, like 127.0.0.1:8080"))?;
        let database_url = self.database_url.unwrap_or_else(|| "sqlite:withhold.db".into());
        if !(database_url.starts_with("sqlite:")
            || database_url.starts_with("postgres://")
            || database_url.starts_with("postgresql://"))
        {
            return Err(invalid("database_url", "expected sqlite:PATH or postgres://..."));
        }
        let mail = match self.smtp_url {
            Some(url) => {
                withhold_mail::Transport::check_smtp_url(&url).map_err(|e| invalid("smtp_url", e.to_string()))?;
                MailDestination::Smtp(url)
            }
            None => MailDestination::Directory(PathBuf::from(self.outbox_dir.unwrap_or_else(|| "outbox".into()))),
        };
        let policy = match self.policy {
            Some(path) => {
                let text = std::fs::read_to_string(&path)
                    .map_err(|e| invalid("policy", format!("cannot read {path}: {e}")))?;
                Policy::from_toml(&text).map_err(|e| invalid("policy", format!("{path}: {e}")))?
            }
            None => Policy::shipped(),
        };
        let secret_key = match self.secret_key {
            Some(hex) => SecretKey::from_hex(&hex).map_err(|e| invalid("secret_key", e.to_string()))?,
            None => load_or_create_key(Path::new(self.secret_key_file.as_deref().unwrap_or("withhold.key")), key_file)?,
        };
        let public_url = self.public_url.unwrap_or_else(|| format!("http://{listen}")).trim_end_matches('/').to_owned();
        if !(public_url.starts_with("http://") || public_url.starts_with("https://")) {
            return Err(invalid("public_url", "expected an http:// or https:// URL"));
        }
        let operator_name = self.operator_name.unwrap_or_else(|| "Withhold".into());
        let mail_from_text = self.mail_from.unwrap_or_else(|| format!("{operator_name} <no-reply@withhold.localhost>"));
        let mail_from = mail_from_text
            .parse()
            .map_err(|_| invalid("mail_from", "expected an address like \"Name <no-reply@example.org>\""))?;
        let positive = |name: &str, v: Option<u64>, default: u64| match v {
            Some(0) => Err(invalid(name, "must be at least 1")),
            Some(n) => Ok(n),
            None => Ok(default),
        };
        let limits = withhold_service::JourneyLimits {
            code_ttl: Duration::from_secs(60 * positive("code_ttl_minutes", self.code_ttl_minutes, 30)?),
            max_code_attempts: positive("max_code_attempts", self.max_code_attempts.map(u64::from), 5)? as u32,
            max_resends_per_hour: positive("max_resends_per_hour", self.max_resends_per_hour.map(u64::from), 3)? as u32,
            unverified_ttl: Duration::from_secs(
                3600 * positive("unverified_ttl_hours", self.unverified_ttl_hours, 24)?,
            ),
            unverified_retention: Duration::from_secs(
                86_400 * positive("retention_unverified_days", self.retention_unverified_days, 7)?,
            ),
        };
        let mail_retry = withhold_mail::RetryPolicy {
            base_delay: Duration::from_secs(positive("mail_retry_base_seconds", self.mail_retry_base_seconds, 30)?),
            max_delay: Duration::from_secs(positive("mail_retry_max_seconds", self.mail_retry_max_seconds, 3600)?),
            max_attempts: positive("mail_max_attempts", self.mail_max_attempts.map(u64::from), 12)? as u32,
        };
        Ok(Config {
            listen,
            database_url,
            database_origin,
            key_source,
            key_created,
            mail,
            policy: Arc::new(policy),
            secret_key,
            public_url,
            operator_name,
            operator_logo: match self.operator_logo {
                Some(path) => Some(Arc::new(
                    withhold_web::Logo::read(Path::new(&path))
                        .map_err(|e| invalid("operator_logo", format!("{path}: {e}")))?,
                )),
                None => None,
            },
            effective_date: match self.effective_date.as_deref() {
                // Written the ISO way, or as the notice used to show it ("26 June 2027").
                Some(text) => chrono::NaiveDate::parse_from_str(text.trim(), "%Y-%m-%d")
                    .or_else(|_| chrono::NaiveDate::parse_from_str(text.trim(), "%d %B %Y"))
                    .map_err(|_| invalid("effective_date", "expected a date like 2027-02-01"))?,
                None => chrono::NaiveDate::from_ymd_opt(2027, 2, 1).expect("a valid date"),
            },
            mail_from,
            limits,
            mail_retry,
            review_interval: Duration::from_millis(positive("review_interval_ms", self.review_interval_ms, 1000)?),
            timeouts: withhold_web::Timeouts {
                header: Duration::from_secs(positive("header_timeout_seconds", self.header_timeout_seconds, 10)?),
                body: Duration::from_secs(positive("body_timeout_seconds", self.body_timeout_seconds, 30)?),
                // 0 turns the minimum rate off; the whole-body deadline still holds.
                body_min_bytes_per_second: self.body_min_bytes_per_second.unwrap_or(1000),
                max_connections: usize::try_from(positive("max_connections", self.max_connections, 4096)?)
                    .unwrap_or(usize::MAX),
            },
            mail_delivery,
            webhooks,
            webhook_retry: withhold_mail::RetryPolicy {
                base_delay: Duration::from_secs(positive(
                    "webhook_retry_base_seconds",
                    self.webhook_retry_base_seconds,
                    30,
                )?),
                max_delay: Duration::from_secs(3600),
                max_attempts: positive("webhook_max_attempts", self.webhook_max_attempts.map(u64::from), 12)? as u32,
            },
            rate_limits: withhold_web::limits::RateLimits::parse(self.rate_limits.as_deref().unwrap_or("on"))
                .map_err(|e| invalid("rate_limits", e.to_string()))?,
        })
    }
}

impl RawSettings {
    /// `webhook_urls` (separated by spaces or commas), all signed with `webhook_secret`.
    fn webhooks(&self) -> Result<Arc<[withhold_service::WebhookTarget]>, ConfigError> {
        let urls: Vec<&str> =
            self.webhook_urls.as_deref().unwrap_or("").split([' ', ',', '\n']).filter(|u| !u.is_empty()).collect();
        if urls.is_empty() {
            return Ok(Arc::new([]));
        }
        let secret = withhold_core::webhook::WebhookSecret::parse(self.webhook_secret.as_deref().unwrap_or(""))
            .map_err(|e| invalid("webhook_secret", format!("{e} (needed with webhook_urls)")))?;
        urls.into_iter()
            .map(|url| {
                withhold_service::WebhookTarget::new(url, secret.clone())
                    .map_err(|e| invalid("webhook_urls", e.to_string()))
            })
            .collect()
    }

    fn mail_delivery(&self) -> Result<MailDelivery, ConfigError> {
        let smtp_timeout = Duration::from_secs(match self.smtp_timeout_seconds {
            Some(0) => return Err(invalid("smtp_timeout_seconds", "must be at least 1")),
            Some(n) => n,
            None => 30,
        });
        let lease = match self.mail_lease_seconds {
            Some(n) => Duration::from_secs(n),
            None => withhold_mail::worker::DEFAULT_LEASE.max(smtp_timeout * 8),
        };
        // One attempt may take a quarter of the lease and sends several SMTP commands.
        if lease < smtp_timeout * 8 {
            return Err(invalid(
                "mail_lease_seconds",
                format!("must be at least 8 times smtp_timeout_seconds ({} s)", smtp_timeout.as_secs() * 8),
            ));
        }
        let journal = match self.mail_journal.as_deref() {
            Some("off") => None,
            Some(path) => Some(PathBuf::from(path)),
            None => Some(PathBuf::from("withhold.mail-journal")),
        };
        Ok(MailDelivery { smtp_timeout, lease, journal })
    }
}

/// Makes relative paths in a config file's table relative to the file's folder.
fn resolve_relative_paths(table: &mut toml::Table, folder: &Path) {
    for (name, value) in table.iter_mut() {
        let toml::Value::String(text) = value else { continue };
        if PATH_SETTINGS.contains(&name.as_str()) {
            if text != "off" && Path::new(text.as_str()).is_relative() {
                *text = folder.join(text.as_str()).display().to_string();
            }
        } else if name == "database_url"
            && let Some(path) = withhold_store::sqlite_path(text)
            && Path::new(&path).is_relative()
        {
            let query = text.split_once('?').map(|(_, q)| format!("?{q}")).unwrap_or_default();
            *text = format!("sqlite:{}{query}", folder.join(path).display());
        }
    }
}

/// Whether a missing key file may be created (only `serve` and `init` may).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum KeyFile {
    Create,
    MustExist,
}

/// Reads the key file, or creates it (readable by the owner only) on the first run.
fn load_or_create_key(path: &Path, key_file: KeyFile) -> Result<SecretKey, ConfigError> {
    let key_error = |e: std::io::Error| ConfigError::KeyFile { path: path.into(), problem: e.to_string() };
    match std::fs::read_to_string(path) {
        Ok(text) => {
            SecretKey::from_hex(&text).map_err(|e| invalid("secret_key_file", format!("{}: {e}", path.display())))
        }
        Err(e) if e.kind() == std::io::ErrorKind::NotFound && key_file == KeyFile::MustExist => {
            Err(ConfigError::KeyMissing { path: path.into() })
        }
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            let key = SecretKey::generate();
            let mut options = std::fs::OpenOptions::new();
            options.write(true).create_new(true);
            #[cfg(unix)]
            std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
            use std::io::Write;
            let mut file = options.open(path).map_err(key_error)?;
            file.write_all(key.to_hex().as_bytes()).map_err(key_error)?;
            file.sync_all().map_err(key_error)?;
            Ok(key)
        }
        Err(e) => Err(key_error(e)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn defaults_work_without_any_setting() {
        let dir = tempfile::tempdir().unwrap();
        let key_file = dir.path().join("k");
        let raw = RawSettings { secret_key_file: Some(key_file.display().to_string()), ..Default::default() };
        // Only serve and init may create the key; other commands need it there.
        let missing = RawSettings { secret_key_file: Some(key_file.display().to_string()), ..Default::default() };
        assert!(matches!(missing.validate(), Err(ConfigError::KeyMissing { .. })));
        assert!(!key_file.exists());
        let config = raw.validate_creating_key().unwrap();
        assert_eq!(config.listen.to_string(), "127.0.0.1:8080");
        assert_eq!(config.database_url, "sqlite:withhold.db");
        assert!(matches!(config.mail, MailDestination::Directory(ref d) if d == Path::new("outbox")));
        assert_eq!(config.public_url, "http://127.0.0.1:8080");
        // The generated key is kept and reused.
        let again = RawSettings { secret_key_file: Some(key_file.display().to_string()), ..Default::default() }
            .validate()
            .unwrap();
        assert_eq!(config.secret_key.to_hex(), again.secret_key.to_hex());
    }

    #[test]
    fn environment_wins_over_the_file() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("withhold.toml");
        std::fs::write(&file, "listen = \"127.0.0.1:9000\"\ncode_ttl_minutes = 10\noperator_name = \"File\"\n")
            .unwrap();
        let env = |name: &str| match name {
            "WITHHOLD_LISTEN" => Some("127.0.0.1:9100".to_owned()),
            "WITHHOLD_CODE_TTL_MINUTES" => Some("15".to_owned()),
            _ => None,
        };
        let raw = RawSettings::load(Some(&file), env).unwrap();
        assert_eq!(raw.listen.as_deref(), Some("127.0.0.1:9100"));
        assert_eq!(raw.code_ttl_minutes, Some(15));
        assert_eq!(raw.operator_name.as_deref(), Some("File"));
    }

    #[test]
    fn relative_paths_in_a_file_are_taken_from_its_folder() {
        let dir = tempfile::tempdir().unwrap();
        let etc = dir.path().join("etc");
        std::fs::create_dir(&etc).unwrap();
        let file = etc.join("withhold.toml");
        std::fs::write(
            &file,
            "database_url = \"sqlite:data/withhold.db\"\nsecret_key_file = \"withhold.key\"\noutbox_dir = \"mail\"\n\
             policy = \"/abs/policy.toml\"\nmail_journal = \"off\"\n",
        )
        .unwrap();
        let env = |name: &str| (name == "WITHHOLD_OUTBOX_DIR").then(|| "from-env".to_owned());
        let raw = RawSettings::load(Some(&file), env).unwrap();
        assert_eq!(
            raw.database_url.as_deref(),
            Some(format!("sqlite:{}", etc.join("data/withhold.db").display()).as_str())
        );
        assert_eq!(raw.secret_key_file.as_deref(), Some(etc.join("withhold.key").display().to_string().as_str()));
        assert_eq!(raw.policy.as_deref(), Some("/abs/policy.toml"));
        assert_eq!(raw.mail_journal.as_deref(), Some("off"));
        // The environment's own paths are the shell's, relative to where it runs.
        assert_eq!(raw.outbox_dir.as_deref(), Some("from-env"));
        assert_eq!(raw.origin_of("outbox_dir"), "WITHHOLD_OUTBOX_DIR");
        assert_eq!(raw.origin_of("database_url"), format!("database_url in {}", file.display()));
    }

    #[test]
    fn a_bad_environment_variable_is_named_as_such() {
        let err = RawSettings::load(None, |name| (name == "WITHHOLD_MAX_CODE_ATTEMPTS").then(|| "many".to_owned()))
            .unwrap_err()
            .to_string();
        assert!(err.starts_with("WITHHOLD_MAX_CODE_ATTEMPTS (from the environment) is not valid"), "{err}");
    }

    #[test]
    fn bad_settings_are_named() {
        let bad =
            RawSettings { listen: Some("nowhere".into()), secret_key: Some("00".repeat(32)), ..Default::default() };
        assert!(bad.validate().unwrap_err().to_string().starts_with("listen"));
        let bad = RawSettings {
            database_url: Some("mysql://x".into()),
            secret_key: Some("00".repeat(32)),
            ..Default::default()
        };
        assert!(bad.validate().unwrap_err().to_string().starts_with("database_url"));
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("withhold.toml");
        std::fs::write(&file, "listn = \"x\"\n").unwrap();
        assert!(RawSettings::load(Some(&file), |_| None).is_err());
    }
}
