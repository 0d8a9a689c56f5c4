//! `withhold accounts import FILE`: the platform's accounts, streamed from CSV or JSONL and
//! upserted by id, so that an objection applies to every account of its mailbox.

use anyhow::Context;
use std::io::{IsTerminal, Read};
use std::path::Path;
use withhold_core::Keys;
use withhold_service::accounts::{ImportFormat, parse_rows};
use withhold_store::{AccountRow, Store};

/// What an import did.
#[derive(Debug, Default)]
pub struct ImportSummary {
    pub imported: u64,
    /// (line number, reason) for rows that were not imported. Never the address itself.
    pub skipped: Vec<(u64, String)>,
}

const ROWS_PER_STATEMENT: usize = 1_000;
/// 100,000 rows a transaction: fewer rewrites of the same index pages to the WAL, while the
/// writer is still released every second or two for the web server's own writes.
const STATEMENTS_PER_TRANSACTION: usize = 100;

/// Counts bytes read, for the progress bar.
struct Counting<R> {
    inner: R,
    bar: Option<indicatif::ProgressBar>,
}

impl<R: Read> Read for Counting<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.inner.read(buf)?;
        if let Some(bar) = &self.bar {
            bar.inc(n as u64);
        }
        Ok(n)
    }
}

pub async fn import(store: &Store, keys: &Keys, path: &Path) -> anyhow::Result<ImportSummary> {
    let file = std::fs::File::open(path).with_context(|| format!("opening {}", path.display()))?;
    let size = file.metadata().map(|m| m.len()).unwrap_or(0);
    let bar = std::io::stderr().is_terminal().then(|| {
        let bar = indicatif::ProgressBar::new(size);
        bar.set_style(
            indicatif::ProgressStyle::with_template("importing [{bar:40}] {binary_bytes}/{binary_total_bytes} ({eta})")
                .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
        );
        bar
    });
    let reader = Counting { inner: file, bar: bar.clone() };
    let format = if path.extension().and_then(|e| e.to_str()).is_some_and(|e| e.eq_ignore_ascii_case("csv")) {
        ImportFormat::Csv
    } else {
        ImportFormat::Jsonl
    };
    let now = chrono::Utc::now();
    let mut summary = ImportSummary::default();
    let mut batch: Vec<AccountRow> = Vec::with_capacity(ROWS_PER_STATEMENT);
    let mut tx = store.begin().await?;
    let mut statements = 0;
    for (line, parsed) in parse_rows(reader, format, keys, now) {
        match parsed {
            Ok(row) => batch.push(row),
            Err(reason) => summary.skipped.push((line, reason)),
        }
        if batch.len() == ROWS_PER_STATEMENT {
            tx.upsert_accounts(&batch).await?;
            summary.imported += batch.len() as u64;
            batch.clear();
            statements += 1;
            if statements == STATEMENTS_PER_TRANSACTION {
                tx.commit().await?;
                tx = store.begin().await?;
                statements = 0;
            }
        }
    }
    tx.upsert_accounts(&batch).await?;
    summary.imported += batch.len() as u64;
    tx.commit().await?;
    if let Some(bar) = bar {
        bar.finish_and_clear();
    }
    Ok(summary)
}
