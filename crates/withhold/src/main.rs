//! The `withhold` command.

use clap::{Parser, Subcommand};
use std::path::PathBuf;
use std::process::ExitCode;
use withhold::{RawSettings, launch_with_tcp_listener};

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
    Serve,
    /// Check a policy file and print the jurisdictions it defines.
    CheckPolicy { file: PathBuf },
    /// Remove objectors' content (and private messages) from training data files.
    Filter(withhold::filter_cmd::FilterArgs),
    /// Show the mail outbox: messages waiting, sent, and dead letters with their last error.
    Outbox {
        /// How many dead letters to list.
        #[arg(long, default_value_t = 20)]
        limit: i64,
    },
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
        Command::CheckPolicy { file } => check_policy(&file),
        Command::Outbox { limit } => outbox(cli.config, limit),
        Command::Filter(args) => withhold::filter_cmd::run(args, |_url| {
            anyhow::bail!("reading the registry from a database is not available yet; export it and use --registry")
        }),
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
    let config = RawSettings::load(config_file.as_deref(), |name| std::env::var(name).ok())?.validate()?;
    let runtime = tokio::runtime::Builder::new_multi_thread().enable_all().build()?;
    runtime.block_on(async {
        let listener = tokio::net::TcpListener::bind(config.listen).await?;
        let mail = match &config.mail {
            withhold::MailDestination::Smtp(_) => "SMTP".to_owned(),
            withhold::MailDestination::Directory(dir) => format!(".eml files in {}", dir.display()),
        };
        tracing::info!(url = %config.public_url, listen = %listener.local_addr()?, mail = %mail, "Withhold is serving");
        launch_with_tcp_listener(&config, listener, shutdown_signal()).await
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

fn outbox(config_file: Option<PathBuf>, limit: i64) -> anyhow::Result<()> {
    let config = RawSettings::load(config_file.as_deref(), |name| std::env::var(name).ok())?.validate()?;
    let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build()?;
    runtime.block_on(async {
        let store = withhold_store::Store::connect(&config.database_url).await?;
        let counts = store.outbox_counts().await?;
        println!("pending {}  sent {}  dead {}", counts.pending, counts.sent, counts.dead);
        for (message_id, kind, error) in store.dead_letters(limit).await? {
            println!("dead  {message_id}  {kind}  {}", error.unwrap_or_default());
        }
        store.close().await;
        Ok(())
    })
}

fn check_policy(file: &std::path::Path) -> anyhow::Result<()> {
    let text = std::fs::read_to_string(file)?;
    let policy = withhold_core::Policy::from_toml(&text)?;
    println!("policy {} is valid", policy.version());
    for j in policy.jurisdictions() {
        let countries = if j.countries.is_empty() {
            "everywhere else".to_owned()
        } else {
            format!("{} countries", j.countries.len())
        };
        println!(
            "  {:<16} {:<10} {:<14} deadline {:<9} review {:?}, statement {:?}",
            j.id,
            if j.available { "available" } else { "closed" },
            countries,
            j.deadline.describe(),
            j.review,
            j.statement
        );
    }
    Ok(())
}
