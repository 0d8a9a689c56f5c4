//! `withhold filter`: flags turned into options, the registry loaded, the filter run, the
//! manifest written.

use anyhow::{Context, bail};
use std::io::IsTerminal;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Instant;
use withhold_enforce::filter::expand_inputs;
use withhold_enforce::manifest::{Manifest, RegistryInfo};
use withhold_enforce::{CATEGORY_TRAIN_AI, FilterOptions, Format, MentionsMode, Registry, filter_files};

#[derive(Debug, clap::Args)]
pub struct FilterArgs {
    /// Parquet, CSV or JSONL files, directories of them, or glob patterns.
    #[arg(required = true, value_name = "INPUT")]
    pub inputs: Vec<String>,
    /// Where the filtered files and manifest.json go (must be empty or new).
    #[arg(long, value_name = "DIR")]
    pub out: PathBuf,
    /// A registry export (parquet, csv or jsonl), as written by `withhold export`.
    #[arg(long, value_name = "FILE", conflicts_with = "database_url", required_unless_present = "database_url")]
    pub registry: Option<PathBuf>,
    /// Read the registry from the live database instead.
    #[arg(long, value_name = "URL")]
    pub database_url: Option<String>,
    /// Apply the objections in effect at this time (RFC 3339 or "YYYY-MM-DD HH:MM:SS", UTC); default now.
    #[arg(long, value_name = "TIME")]
    pub as_of: Option<String>,
    /// The column that identifies a row; it must then exist in every input, and the manifest names it.
    #[arg(long, value_name = "COLUMN")]
    pub id_column: Option<String>,
    #[arg(long, default_value = "author_id")]
    pub author_column: String,
    #[arg(long, default_value = "kind")]
    pub kind_column: String,
    #[arg(long, default_value = "mentions")]
    pub mentions_column: String,
    /// The text whose @handles `--mentions redact` removes.
    #[arg(long, default_value = "text")]
    pub text_column: String,
    /// More kinds never used for training (private_message always is).
    #[arg(long, value_delimiter = ',', value_name = "KIND,...")]
    pub never_kinds: Vec<String>,
    /// What to do with content by others that mentions or tags an objector.
    #[arg(long, value_enum, default_value = "keep")]
    pub mentions: MentionsArg,
    /// Output format (default: each input's own).
    #[arg(long, value_name = "parquet|csv|jsonl")]
    pub format: Option<String>,
    /// Files processed at once (default: one per core).
    #[arg(long)]
    pub threads: Option<usize>,
    /// Read and decide only: print what would be dropped, write nothing.
    #[arg(long)]
    pub dry_run: bool,
}

#[derive(Debug, Clone, Copy, clap::ValueEnum)]
pub enum MentionsArg {
    Keep,
    Exclude,
    Redact,
}

/// What a finished run tells the audit log (no paths, no personal data).
#[derive(Debug)]
pub struct FilterRun {
    /// The database the registry came from, if it came from one: the run is recorded there.
    pub database_url: Option<String>,
    pub dry_run: bool,
    pub summary: serde_json::Value,
}

/// Runs the filter. `snapshot_from_db(url, as_of)` reads the registry from a live database.
pub fn run(
    args: FilterArgs,
    snapshot_from_db: impl FnOnce(&str, i64) -> anyhow::Result<withhold_enforce::snapshot::Snapshot>,
) -> anyhow::Result<FilterRun> {
    let started = Instant::now();
    let as_of = match &args.as_of {
        Some(text) => {
            withhold_enforce::registry::parse_time(text).with_context(|| format!("--as-of {text:?} is not a time"))?
        }
        None => chrono::Utc::now().timestamp_micros(),
    };
    let format = match &args.format {
        Some(name) => {
            Some(Format::parse(name).with_context(|| format!("--format {name:?}: use parquet, csv or jsonl"))?)
        }
        None => None,
    };
    let mut options = FilterOptions {
        id_column: args.id_column,
        author_column: args.author_column,
        kind_column: args.kind_column,
        mentions_column: args.mentions_column,
        text_column: args.text_column,
        never_kinds: args.never_kinds.into_iter().filter(|k| !k.is_empty()).collect(),
        mentions: match args.mentions {
            MentionsArg::Keep => MentionsMode::Keep,
            MentionsArg::Exclude => MentionsMode::Exclude,
            MentionsArg::Redact => MentionsMode::Redact,
        },
        format,
        dry_run: args.dry_run,
        ..FilterOptions::default()
    };
    if let Some(threads) = args.threads {
        if threads == 0 {
            bail!("--threads must be at least 1");
        }
        options.threads = threads;
    }
    let inputs = expand_inputs(&args.inputs, format)?;
    let (registry, source, handles_source) = match (&args.registry, &args.database_url) {
        (Some(path), _) => {
            let registry = Registry::read(path)?;
            if options.mentions == MentionsMode::Redact {
                // Without the objectors' @handles, their names would stay in the text while
                // the manifest claimed a redaction.
                if !registry.has_handles() {
                    bail!(
                        "--mentions redact removes objectors' @handles from the text, and the registry {} carries \
                         none: export it with `withhold export --with-handles`, use --database-url, or choose \
                         --mentions exclude",
                        path.display()
                    );
                }
                options.objector_handles = registry.handles_as_of(as_of, CATEGORY_TRAIN_AI);
            }
            (registry, path.display().to_string(), "registry file (exported --with-handles)")
        }
        (None, Some(url)) => {
            let snapshot = snapshot_from_db(url, as_of)?;
            // The accounts directory knows the objectors' @handles, for redaction.
            options.objector_handles = snapshot.handles;
            (snapshot.registry, "database".to_owned(), "accounts directory (database)")
        }
        (None, None) => bail!("give --registry FILE or --database-url URL"),
    };
    let excluded = registry.excluded_as_of(as_of, CATEGORY_TRAIN_AI);

    let bar = progress_bar(&inputs);
    let done = AtomicU64::new(0);
    let progress = |rows: u64| {
        let total = done.fetch_add(rows, Ordering::Relaxed) + rows;
        if let Some(bar) = &bar {
            bar.set_position(total);
        }
    };
    let report = filter_files(&inputs, &args.out, &excluded, &options, &progress)?;
    if let Some(bar) = bar {
        bar.finish_and_clear();
    }
    let as_of_text = chrono::DateTime::from_timestamp_micros(as_of).map(|t| t.to_rfc3339()).unwrap_or_default();
    let info = RegistryInfo {
        source,
        version: registry.version(),
        sha256: registry.digest(),
        category: CATEGORY_TRAIN_AI.into(),
        subjects_excluded: excluded.len(),
    };
    let mut manifest = Manifest::new(as_of_text, info, &options, &report, started.elapsed().as_millis());
    if let Some(redaction) = &mut manifest.redaction {
        redaction.handles_source = handles_source.to_owned();
    }
    manifest.audit_log = match (&args.database_url, options.dry_run) {
        (_, true) => "none: a dry run writes nothing".to_owned(),
        (Some(_), false) => "recorded as filter_run in the audit log of the database the registry came from".to_owned(),
        (None, false) => "none: the registry came from a file; this manifest is the only record of the run".to_owned(),
    };
    if !options.dry_run {
        write_manifest(&args.out, &manifest)?;
    }
    eprintln!(
        "{}kept {} of {} rows ({} objectors' content, {} private messages, {} of other kinds never used, {} mentions \
         dropped; {} redacted) in {:.1}s",
        if options.dry_run { "dry run, nothing written: would have " } else { "" },
        manifest.rows_kept,
        manifest.rows_in,
        manifest.rows_dropped.objector_content,
        manifest.rows_dropped.private_message,
        manifest.rows_dropped.never_kind,
        manifest.rows_dropped.mention,
        manifest.rows_redacted,
        started.elapsed().as_secs_f64()
    );
    Ok(FilterRun {
        database_url: args.database_url,
        dry_run: options.dry_run,
        summary: serde_json::json!({
            "as_of": manifest.as_of,
            "registry_version": manifest.registry.version,
            "registry_sha256": manifest.registry.sha256,
            "subjects_excluded": manifest.registry.subjects_excluded,
            "inputs": manifest.inputs.iter().map(|i| &i.sha256).collect::<Vec<_>>(),
            "rows_in": manifest.rows_in,
            "rows_kept": manifest.rows_kept,
            "rows_dropped": {
                "objector_content": manifest.rows_dropped.objector_content,
                "private_message": manifest.rows_dropped.private_message,
                "never_kind": manifest.rows_dropped.never_kind,
                "mention": manifest.rows_dropped.mention,
            },
            "rows_redacted": manifest.rows_redacted,
        }),
    })
}

fn write_manifest(out: &Path, manifest: &Manifest) -> anyhow::Result<()> {
    let path = out.join("manifest.json");
    let tmp = out.join(".manifest.json.tmp");
    std::fs::write(&tmp, serde_json::to_vec_pretty(manifest)?).with_context(|| format!("writing {}", tmp.display()))?;
    std::fs::rename(&tmp, &path).with_context(|| format!("writing {}", path.display()))?;
    Ok(())
}

fn progress_bar(inputs: &[withhold_enforce::filter::Input]) -> Option<indicatif::ProgressBar> {
    if !std::io::stderr().is_terminal() {
        return None;
    }
    let total: u64 = inputs
        .iter()
        .filter(|i| i.format == Format::Parquet)
        .filter_map(|i| std::fs::File::open(&i.path).ok())
        .filter_map(|f| parquet::file::reader::SerializedFileReader::new(f).ok())
        .map(|r| parquet::file::reader::FileReader::metadata(&r).file_metadata().num_rows() as u64)
        .sum();
    let bar = if total > 0 && inputs.iter().all(|i| i.format == Format::Parquet) {
        indicatif::ProgressBar::new(total)
    } else {
        indicatif::ProgressBar::new_spinner()
    };
    bar.set_style(
        indicatif::ProgressStyle::with_template(
            "{spinner} filtering [{bar:40}] {human_pos}/{human_len} rows ({per_sec}, {eta})",
        )
        .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
    );
    Some(bar)
}
