//! The `withhold` command.

use anyhow::Context;
use clap::{Parser, Subcommand};
use std::path::PathBuf;
use std::process::ExitCode;
use withhold::{Access, RawSettings, launch_with_tcp_listener};

#[derive(Parser)]
#[command(
    name = "withhold",
    version,
    about = "Let people object to their information being used to train AI, and prove it was honored."
)]
struct Cli {
    /// A TOML file of settings; WITHHOLD_<SETTING> environment variables override it.
    #[arg(long, global = true, value_name = "FILE")]
    config: Option<PathBuf>,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Serve the public pages and API, with mail delivery and review running in-process.
    /// Creates the database and the key on the first run.
    Serve,
    /// Create the database and the secret key (or check that existing ones belong together).
    /// Every command but this and `serve` refuses to run without them.
    Init,
    /// Check a policy file and print the jurisdictions it defines.
    CheckPolicy { file: PathBuf },
    /// The platform's accounts directory.
    Accounts {
        #[command(subcommand)]
        command: AccountsCommand,
    },
    /// Write the exclusion registry as of a time, for other pipelines to join against.
    Export {
        /// The time the registry is taken at (RFC 3339 or "YYYY-MM-DD HH:MM:SS", UTC); default now.
        #[arg(long, value_name = "TIME")]
        as_of: Option<String>,
        /// The file's format; by default taken from --out's extension (.parquet, .csv, .jsonl).
        #[arg(long, value_name = "parquet|csv|jsonl")]
        format: Option<String>,
        #[arg(long, value_name = "FILE")]
        out: PathBuf,
        /// Add the objectors' public @handles (key_type handle), for `filter --registry FILE
        /// --mentions redact` to remove from text. Opt-in: the file then names accounts by handle.
        #[arg(long)]
        with_handles: bool,
    },
    /// Remove objectors' content (and private messages) from training data files.
    Filter(Box<withhold::filter_cmd::FilterArgs>),
    /// Delete requests whose address was never confirmed, once past retention (7 days by default).
    Purge {
        /// Show what would be removed, remove nothing.
        #[arg(long)]
        dry_run: bool,
    },
    /// Staff of the operator console.
    Admin {
        #[command(subcommand)]
        command: AdminCommand,
    },
    /// Tokens for the integration API.
    Token {
        #[command(subcommand)]
        command: TokenCommand,
    },
    /// Decision receipts.
    Receipt {
        #[command(subcommand)]
        command: ReceiptCommand,
    },
    /// The tamper-evident audit log.
    Audit {
        #[command(subcommand)]
        command: AuditCommand,
    },
    /// Email every imported account (in the chosen countries) a campaign's notice with a
    /// personal link, through the outbox; resumable, rate-limited, once per account.
    Notify(withhold::notify_cmd::NotifyArgs),
    /// Show the mail outbox: messages waiting, sent, and the dead letters of mail and webhooks
    /// with their last error; `outbox retry` puts dead letters back in line.
    Outbox {
        /// How many dead letters of each queue to list.
        #[arg(long, default_value_t = 20)]
        limit: i64,
        #[command(subcommand)]
        command: Option<OutboxCommand>,
    },
    /// Look up requests: by id, or by the address they came from.
    Requests {
        #[command(subcommand)]
        command: RequestsCommand,
    },
}

#[derive(Subcommand)]
enum OutboxCommand {
    /// Put a dead letter (`mail-12`, `webhook-3`, as `withhold outbox` lists them), or all of
    /// them, back in line with a fresh count of attempts.
    Retry {
        #[arg(value_name = "DEAD_LETTER", required_unless_present = "all")]
        id: Option<String>,
        #[arg(long, conflicts_with = "id")]
        all: bool,
    },
}

#[derive(Subcommand)]
enum RequestsCommand {
    /// A request's state, dates and timeline (its address only masked).
    Show { id: String },
    /// Every request from one address (compared by its keyed hash, never printed back).
    Find {
        #[arg(long, value_name = "ADDRESS")]
        email: String,
    },
}

#[derive(Subcommand)]
enum AdminCommand {
    /// Add a staff member (or reset their role and password). The password is read from the
    /// terminal without echo, or from standard input's first line when it is not a terminal.
    AddUser {
        name: String,
        #[arg(long, value_name = "reviewer|admin")]
        role: String,
    },
    /// The staff members, their roles and when each last signed in.
    List,
    /// Remove a staff member and end their sessions.
    Remove { name: String },
    /// Clear the failed sign-ins counted for a name from every address, so its owner need not
    /// wait out the delays someone guessing the name caused.
    Unlock { name: String },
}

#[derive(Subcommand)]
enum TokenCommand {
    /// Create a token; it is printed once and only its hash is kept.
    Create {
        /// What the token is for (shown in listings and the audit log).
        #[arg(long)]
        name: String,
        /// registry:read, subjects:read, accounts:write or objections:write; repeat or separate by commas.
        #[arg(long = "scope", required = true, value_delimiter = ',')]
        scopes: Vec<String>,
    },
    /// List tokens (never the tokens themselves).
    List,
    /// Revoke a token by its id.
    Revoke { id: String },
}

#[derive(Subcommand)]
enum ReceiptCommand {
    /// Check a receipt (withhold-receipt.json, or the whole decision email); exits 1 if it does
    /// not verify.
    Verify {
        file: PathBuf,
        /// The operator's public key (hex), from /.well-known/withhold-receipt-key; by default
        /// this server's own.
        #[arg(long, value_name = "HEX")]
        public_key: Option<String>,
    },
}

#[derive(Subcommand)]
enum AuditCommand {
    /// Check the hash chain from the first entry to the recorded head; exits 1 at the first
    /// broken link.
    Verify {
        /// Check an export written by `withhold audit export` instead of the database.
        #[arg(long, value_name = "FILE")]
        file: Option<PathBuf>,
    },
    /// Write the whole audit log as JSON Lines (one entry per line, with its hash).
    Export {
        /// Where to write it; standard output if not given.
        #[arg(long, value_name = "FILE")]
        out: Option<PathBuf>,
    },
}

#[derive(Subcommand)]
enum AccountsCommand {
    /// Upsert accounts from CSV or JSONL (account_id, email, country, optional handles and names).
    Import { file: PathBuf },
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    tracing_subscriber::fmt()
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_env("WITHHOLD_LOG")
                .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("info,sqlx=warn")),
        )
        .with_writer(std::io::stderr)
        .init();
    let result = match cli.command {
        Command::Serve => serve(cli.config),
        Command::Init => init(cli.config),
        Command::CheckPolicy { file } => withhold::policy_cmd::check_policy(&file),
        Command::Outbox { limit, command } => operator(cli.config, |config| async move {
            match command {
                None => withhold::operator_cmd::show_outbox(&config, limit).await,
                Some(OutboxCommand::Retry { id, all }) => {
                    withhold::operator_cmd::retry_dead(&config, id.as_deref(), all).await
                }
            }
        }),
        Command::Requests { command } => operator(cli.config, |config| async move {
            match command {
                RequestsCommand::Show { id } => withhold::operator_cmd::show_request(&config, &id).await,
                RequestsCommand::Find { email } => withhold::operator_cmd::find_requests(&config, &email).await,
            }
        }),
        Command::Admin { command: AdminCommand::List } => {
            operator(cli.config, |config| async move { withhold::operator_cmd::list_staff(&config).await })
        }
        Command::Admin { command: AdminCommand::Remove { name } } => {
            operator(cli.config, |config| async move { withhold::operator_cmd::remove_staff(&config, &name).await })
        }
        Command::Admin { command: AdminCommand::Unlock { name } } => {
            operator(cli.config, |config| async move { withhold::operator_cmd::unlock_staff(&config, &name).await })
        }
        Command::Token { command } => token(cli.config, command),
        Command::Admin { command: AdminCommand::AddUser { name, role } } => add_user(cli.config, &name, &role),
        Command::Receipt { command: ReceiptCommand::Verify { file, public_key } } => {
            return receipt_verify(cli.config, &file, public_key);
        }
        Command::Audit { command: AuditCommand::Verify { file } } => return audit_verify(cli.config, file),
        Command::Audit { command: AuditCommand::Export { out } } => audit_export(cli.config, out),
        Command::Purge { dry_run } => purge(cli.config, dry_run),
        Command::Accounts { command: AccountsCommand::Import { file } } => accounts_import(cli.config, &file),
        Command::Notify(args) => notify(cli.config, args),
        Command::Export { as_of, format, out, with_handles } => {
            export(cli.config, as_of.as_deref(), format.as_deref(), &out, with_handles)
        }
        Command::Filter(args) => {
            let config_file = cli.config;
            let settings_for = |url: &str| -> anyhow::Result<withhold::Config> {
                let mut raw = RawSettings::load(config_file.as_deref(), |name| std::env::var(name).ok())?;
                raw.database_url = Some(url.to_owned());
                raw.origin.insert("database_url".into(), "--database-url".into());
                withhold::settings_from(raw, Access::Existing)
            };
            withhold::filter_cmd::run(*args, |url, as_of| {
                let config = settings_for(url)?;
                block_on(async {
                    let store = withhold::open_store(&config, Access::Existing).await?;
                    let snapshot = withhold_enforce::snapshot::snapshot(&store, as_of).await?;
                    store.close().await;
                    Ok(snapshot)
                })
            })
            .and_then(|run| match run.database_url {
                // The run is recorded in the audit log of the database whose registry it applied.
                Some(url) if !run.dry_run => {
                    let config = settings_for(&url)?;
                    block_on(async {
                        let store = withhold::open_store(&config, Access::Existing).await?;
                        store.record_operation("cli", "filter_run", &run.summary).await?;
                        store.close().await;
                        Ok(())
                    })
                }
                _ => Ok(()),
            })
        }
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("withhold: {e:#}");
            ExitCode::FAILURE
        }
    }
}

fn serve(config_file: Option<PathBuf>) -> anyhow::Result<()> {
    private_files();
    let config = withhold::settings(config_file.as_deref(), Access::Initialize)?;
    let runtime = tokio::runtime::Builder::new_multi_thread().enable_all().build()?;
    runtime.block_on(async {
        let listener = tokio::net::TcpListener::bind(config.listen)
            .await
            .with_context(|| format!("listening on {} (set listen or WITHHOLD_LISTEN to another)", config.listen))?;
        let mail = match &config.mail {
            withhold::MailDestination::Smtp(_) => "SMTP".to_owned(),
            withhold::MailDestination::Directory(dir) => format!(".eml files in {}", dir.display()),
        };
        tracing::info!(url = %config.public_url, listen = %listener.local_addr()?, mail = %mail, "Withhold is serving");
        launch_with_tcp_listener(&config, listener, shutdown_signal()).await
    })
}

/// Files this process creates (the database and its log, the key, `.eml` files holding codes
/// and links, the mail journal) are readable by its owner only, folders likewise.
fn private_files() {
    #[cfg(unix)]
    rustix::process::umask(rustix::fs::Mode::from_raw_mode(0o077));
}

/// `withhold init`: a new database and key (or the existing ones, checked to belong together).
fn init(config_file: Option<PathBuf>) -> anyhow::Result<()> {
    private_files();
    let config = withhold::settings(config_file.as_deref(), Access::Initialize)?;
    block_on(async {
        let store = withhold::open_store(&config, Access::Initialize).await?;
        let fingerprint = store.key_fingerprint().await?.unwrap_or_default();
        store.close().await;
        println!(
            "database {} ready, initialized with the key from {} (fingerprint {fingerprint}); keep that key with the database",
            withhold_store::without_password(&config.database_url),
            config.key_source
        );
        Ok(())
    })
}

async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let terminate = async {
        if let Ok(mut signal) = tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            signal.recv().await;
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        _ = ctrl_c => {},
        _ = terminate => {},
    }
    tracing::info!("shutting down");
}

fn block_on<T>(future: impl std::future::Future<Output = anyhow::Result<T>>) -> anyhow::Result<T> {
    tokio::runtime::Builder::new_current_thread().enable_all().build()?.block_on(future)
}

fn accounts_import(config_file: Option<PathBuf>, file: &std::path::Path) -> anyhow::Result<()> {
    let config = withhold::settings(config_file.as_deref(), Access::Existing)?;
    let keys = withhold_core::Keys::derive(&config.secret_key);
    let started = std::time::Instant::now();
    let summary = block_on(async {
        let store = withhold::open_store(&config, Access::Existing).await?;
        let summary = withhold::accounts_cmd::import(&store, &keys, file).await?;
        let detail = serde_json::json!({ "imported": summary.imported, "skipped": summary.skipped.len() });
        store.record_operation("cli", "accounts_imported", &detail).await?;
        store.close().await;
        Ok(summary)
    })?;
    println!("imported {} accounts in {:.1}s", summary.imported, started.elapsed().as_secs_f64());
    for (line, reason) in summary.skipped.iter().take(20) {
        eprintln!("skipped line {line}: {reason}");
    }
    if !summary.skipped.is_empty() {
        anyhow::bail!(
            "{} rows were not imported (see above); fix them and import again (imports are idempotent)",
            summary.skipped.len()
        );
    }
    Ok(())
}

fn export(
    config_file: Option<PathBuf>,
    as_of: Option<&str>,
    format: Option<&str>,
    out: &std::path::Path,
    with_handles: bool,
) -> anyhow::Result<()> {
    let format = match format {
        Some(name) => withhold_enforce::Format::parse(name)
            .ok_or_else(|| anyhow::anyhow!("--format {name:?}: use parquet, csv or jsonl"))?,
        None => withhold_enforce::Format::from_path(out).ok_or_else(|| {
            anyhow::anyhow!(
                "cannot tell the format from {}: name it .parquet, .csv or .jsonl, or give --format",
                out.display()
            )
        })?,
    };
    let config = withhold::settings(config_file.as_deref(), Access::Existing)?;
    let as_of = match as_of {
        Some(text) => withhold_enforce::registry::parse_time(text)
            .ok_or_else(|| anyhow::anyhow!("--as-of {text:?} is not a time"))?,
        None => chrono::Utc::now().timestamp_micros(),
    };
    let snapshot = block_on(async {
        let store = withhold::open_store(&config, Access::Existing).await?;
        let snapshot = withhold_enforce::snapshot::snapshot(&store, as_of).await?;
        store.close().await;
        Ok(snapshot)
    })?;
    let registry = if with_handles { snapshot.registry_with_handles() } else { snapshot.registry.clone() };
    registry.write(out, format)?;
    block_on(async {
        let store = withhold::open_store(&config, Access::Existing).await?;
        let detail = serde_json::json!({
            "format": format!("{format:?}").to_lowercase(),
            "as_of_us": as_of,
            "registry_version": snapshot.registry.version(),
            "registry_sha256": registry.digest(),
            "entries": registry.entries().len(),
            "with_handles": with_handles,
        });
        store.record_operation("cli", "registry_exported", &detail).await?;
        store.close().await;
        Ok(())
    })?;
    println!(
        "exported {} registry entries (version {}, sha256 {}) to {}",
        registry.entries().len(),
        registry.version(),
        registry.digest(),
        out.display()
    );
    Ok(())
}

fn add_user(config_file: Option<PathBuf>, name: &str, role: &str) -> anyhow::Result<()> {
    use std::io::{BufRead, IsTerminal, Write};
    use withhold_core::staff::{Password, StaffName, StaffRole, hash_password};
    let name = StaffName::parse(name).context("a name is 1 to 64 of a-z, 0-9, '.', '_' and '-'")?;
    let role = StaffRole::parse(role).context("--role is reviewer or admin")?;
    let config = withhold::settings(config_file.as_deref(), Access::Existing)?;
    let stdin = std::io::stdin();
    let read_line = || -> anyhow::Result<String> {
        let mut line = String::new();
        stdin.lock().read_line(&mut line)?;
        Ok(line)
    };
    let password = if stdin.is_terminal() {
        let echo = |on: bool| {
            let _ = std::process::Command::new("stty").arg(if on { "echo" } else { "-echo" }).status();
        };
        eprint!("Password for {}: ", name.as_str());
        std::io::stderr().flush()?;
        echo(false);
        let first = read_line();
        eprint!("\nAgain: ");
        std::io::stderr().flush()?;
        let second = read_line();
        echo(true);
        eprintln!();
        let (first, second) = (first?, second?);
        anyhow::ensure!(first == second, "the passwords differ; nothing was changed");
        first
    } else {
        read_line()?
    };
    let password = Password::new(&password)?;
    let hash = hash_password(&password);
    block_on(async {
        let store = withhold::open_store(&config, Access::Existing).await?;
        store.put_staff(name.as_str(), role.as_str(), &hash, chrono::Utc::now()).await?;
        store.close().await;
        Ok(())
    })?;
    println!("staff member {} saved as {}", name.as_str(), role.as_str());
    Ok(())
}

fn token(config_file: Option<PathBuf>, command: TokenCommand) -> anyhow::Result<()> {
    use withhold_core::scope::ApiScope;
    let config = withhold::settings(config_file.as_deref(), Access::Existing)?;
    let keys = withhold_core::Keys::derive(&config.secret_key);
    block_on(async {
        let store = withhold::open_store(&config, Access::Existing).await?;
        let now = chrono::Utc::now();
        match command {
            TokenCommand::Create { name, scopes } => {
                let name = name.trim();
                anyhow::ensure!(!name.is_empty() && name.chars().count() <= 100, "--name is 1 to 100 characters");
                let scopes = scopes.iter().map(|s| ApiScope::parse(s)).collect::<Result<Vec<_>, _>>()?;
                let id = uuid::Uuid::new_v4().simple().to_string()[..12].to_owned();
                let secret = format!("whk_{}", withhold_core::AccessToken::generate().expose());
                let stored = ApiScope::join(&scopes);
                store.create_api_token(&id, name, &stored, &keys.api_token_hash(&secret), now, "cli").await?;
                println!("{secret}");
                eprintln!("token {id} ({stored}) created; it is shown only this once");
            }
            TokenCommand::List => {
                let tokens = store.api_tokens().await?;
                store
                    .record_operation("cli", "api_tokens_listed", &serde_json::json!({ "tokens": tokens.len() }))
                    .await?;
                for t in tokens {
                    let created = chrono::DateTime::from_timestamp_millis(t.created_at).unwrap_or_default();
                    let state = match t.revoked_at.and_then(chrono::DateTime::from_timestamp_millis) {
                        Some(at) => format!("revoked {}", at.format("%Y-%m-%d %H:%M")),
                        None => "active".to_owned(),
                    };
                    println!(
                        "{}  {:<24} {:<45} created {}  {state}",
                        t.id,
                        t.name,
                        t.scopes,
                        created.format("%Y-%m-%d %H:%M")
                    );
                }
            }
            TokenCommand::Revoke { id } => {
                anyhow::ensure!(store.revoke_api_token(&id, now, "cli").await?, "there is no active token {id}");
                println!("token {id} revoked");
            }
        }
        store.close().await;
        Ok(())
    })
}

fn receipt_verify(config_file: Option<PathBuf>, file: &std::path::Path, public_key: Option<String>) -> ExitCode {
    let checked = (|| -> anyhow::Result<_> {
        let key = match public_key {
            Some(key) => key,
            None => {
                // The key only: no database is needed to check a receipt.
                let config = RawSettings::load(config_file.as_deref(), |name| std::env::var(name).ok())?.validate()?;
                withhold_core::Keys::derive(&config.secret_key).receipt_signer().public_key_hex()
            }
        };
        let bytes = std::fs::read(file).with_context(|| format!("reading {}", file.display()))?;
        let verdict = withhold::receipt_cmd::verify(&bytes, &key);
        Ok((key, verdict))
    })();
    match checked {
        Ok((key, Ok(r))) => {
            println!("receipt VALID: signed by {} (key {key})", r.issuer);
            println!("  objection   {}", r.objection_id);
            println!("  decision    {} at {}", r.decision, r.decided_at);
            if let Some(from) = &r.effective_from {
                println!("  in effect   from {from}");
            }
            println!("  rule        {} ({}, {})", r.rule, r.jurisdiction, r.legal_basis);
            if let Some(reason) = &r.reason {
                println!("  reason      {reason}");
            }
            ExitCode::SUCCESS
        }
        Ok((_, Err(e))) => {
            println!("receipt INVALID: {e:#}");
            ExitCode::FAILURE
        }
        Err(e) => {
            eprintln!("withhold: {e:#}");
            ExitCode::from(2)
        }
    }
}

fn audit_verify(config_file: Option<PathBuf>, file: Option<PathBuf>) -> ExitCode {
    let verdict = match &file {
        Some(path) => std::fs::File::open(path)
            .map_err(anyhow::Error::from)
            .and_then(|f| withhold::audit_cmd::verify_export(std::io::BufReader::new(f))),
        None => verify_audit_database(config_file),
    };
    match verdict {
        Ok(withhold::audit_cmd::Verdict::Intact { entries, head }) => {
            println!("audit log intact: {entries} entries, head {head}");
            ExitCode::SUCCESS
        }
        Ok(withhold::audit_cmd::Verdict::Broken(broken)) => {
            println!("audit log BROKEN at entry {}: {broken}", broken.first_broken_seq());
            ExitCode::FAILURE
        }
        Err(e) => {
            eprintln!("withhold: {e:#}");
            ExitCode::from(2)
        }
    }
}

fn verify_audit_database(config_file: Option<PathBuf>) -> anyhow::Result<withhold::audit_cmd::Verdict> {
    let config = withhold::settings(config_file.as_deref(), Access::Existing)?;
    block_on(async {
        let store = withhold::open_store(&config, Access::Existing).await?;
        let verdict = withhold::audit_cmd::verify_database(&store).await;
        store.close().await;
        verdict
    })
}

fn audit_export(config_file: Option<PathBuf>, out: Option<PathBuf>) -> anyhow::Result<()> {
    let config = withhold::settings(config_file.as_deref(), Access::Existing)?;
    block_on(async {
        let store = withhold::open_store(&config, Access::Existing).await?;
        let count = match &out {
            Some(path) => {
                let mut file = std::io::BufWriter::new(std::fs::File::create(path)?);
                withhold::audit_cmd::export(&store, &mut file).await?
            }
            None => withhold::audit_cmd::export(&store, &mut std::io::stdout().lock()).await?,
        };
        store.record_operation("cli", "audit_exported", &serde_json::json!({ "entries": count })).await?;
        store.close().await;
        eprintln!("exported {count} audit entries");
        Ok(())
    })
}

fn notify(config_file: Option<PathBuf>, args: withhold::notify_cmd::NotifyArgs) -> anyhow::Result<()> {
    let config = withhold::settings(config_file.as_deref(), Access::Existing)?;
    let notify = args.validate()?;
    let dry_run = notify.dry_run();
    let summary = block_on(async {
        let app = withhold::App::build_with(&config, Access::Existing).await?;
        let summary = notify.run(&app.service).await?;
        let counts = app.store.campaign_counts(notify.campaign()).await?;
        if !notify.dry_run() {
            let detail =
                serde_json::json!({ "campaign": notify.campaign(), "run": summary, "queued_in_all": counts.queued });
            app.store.record_operation("cli", "campaign_notified", &detail).await?;
        }
        app.store.close().await;
        Ok((summary, counts))
    })?;
    let (summary, counts) = summary;
    let skipped = format!(
        "{} share a mailbox that has it, {} have an objection in effect, {} are in countries where the form is closed, \
         {} had it from an earlier run",
        summary.same_mailbox, summary.in_effect, summary.form_closed, summary.earlier_run
    );
    if dry_run {
        println!(
            "campaign {}: would send {} notices (one per mailbox); of the other accounts, {skipped} (dry run: nothing sent)",
            notify.campaign(),
            summary.queued
        );
    } else {
        println!(
            "campaign {}: {} notices queued now, one per mailbox; of the other accounts, {skipped}; {} notices in all \
             ({} accounts), {} delivered so far; links work for {} days",
            notify.campaign(),
            summary.queued,
            counts.queued,
            counts.accounts,
            counts.sent,
            notify.link_days()
        );
    }
    Ok(())
}

fn purge(config_file: Option<PathBuf>, dry_run: bool) -> anyhow::Result<()> {
    let config = withhold::settings(config_file.as_deref(), Access::Existing)?;
    let cutoff = chrono::Utc::now() - config.limits.unverified_retention;
    let summary = block_on(async {
        let store = withhold::open_store(&config, Access::Existing).await?;
        let summary = store.purge_unverified(cutoff, dry_run).await?;
        store.close().await;
        Ok(summary)
    })?;
    let verb = if dry_run { "would remove" } else { "removed" };
    println!("{verb} {} requests never confirmed and received before {}", summary.requests, cutoff.to_rfc3339());
    for (status, n) in &summary.by_status {
        println!("  {status}: {n}");
    }
    if let Some(oldest) = summary.oldest_received_at {
        println!("  oldest received {}", oldest.to_rfc3339());
    }
    Ok(())
}

/// Runs an operator command on the settings of an existing installation.
fn operator<F, Fut>(config_file: Option<PathBuf>, command: F) -> anyhow::Result<()>
where
    F: FnOnce(withhold::Config) -> Fut,
    Fut: std::future::Future<Output = anyhow::Result<()>>,
{
    let config = withhold::settings(config_file.as_deref(), Access::Existing)?;
    block_on(command(config))
}
