//! `withhold accounts import FILE`: the platform's accounts, streamed from CSV or JSONL and
//! upserted by id, so that an objection applies to every account of its mailbox.

use anyhow::Context;
use serde::Deserialize;
use std::io::{BufRead, BufReader, IsTerminal, Read};
use std::path::Path;
use withhold_core::{CountryCode, EmailAddress, Keys};
use withhold_store::{AccountRow, Store};

/// One account as it appears in the file. `account_id` may be a number or a string.
#[derive(Debug, Deserialize)]
struct RawAccount {
    account_id: serde_json::Value,
    email: String,
    #[serde(default)]
    country: Option<String>,
    #[serde(default)]
    handles: Option<ListField>,
    #[serde(default)]
    names: Option<ListField>,
}

/// A list: a JSON array, or in CSV a text with `;` between items.
#[derive(Debug, Deserialize)]
#[serde(untagged)]
enum ListField {
    Many(Vec<String>),
    Text(String),
}

impl ListField {
    fn into_json(self) -> String {
        let items: Vec<String> = match self {
            ListField::Many(items) => items,
            ListField::Text(text) => text.split(';').map(|s| s.trim().to_owned()).filter(|s| !s.is_empty()).collect(),
        };
        serde_json::to_string(&items).unwrap_or_else(|_| "[]".into())
    }
}

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

fn to_row(raw: RawAccount, keys: &Keys, now: chrono::DateTime<chrono::Utc>) -> Result<AccountRow, String> {
    let account_id = match raw.account_id {
        serde_json::Value::Number(n) => n.to_string(),
        serde_json::Value::String(s) if !s.trim().is_empty() => s.trim().to_owned(),
        _ => return Err("account_id must be a number or a non-empty string".into()),
    };
    let email = EmailAddress::parse(&raw.email).map_err(|e| format!("email: {e}"))?;
    let country = match raw.country.as_deref().map(str::trim).filter(|c| !c.is_empty()) {
        Some(c) => Some(CountryCode::parse(c).map_err(|e| format!("country: {e}"))?.to_string()),
        None => None,
    };
    Ok(AccountRow {
        email_key: keys.email_key(&email.normalized()),
        email_sealed: keys.seal(email.as_str().as_bytes(), &format!("account:{account_id}:email")),
        account_id,
        country,
        handles: raw.handles.map(ListField::into_json).unwrap_or_else(|| "[]".into()),
        names: raw.names.map(ListField::into_json).unwrap_or_else(|| "[]".into()),
        updated_at: now,
    })
}

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
    let reader = BufReader::with_capacity(1 << 20, Counting { inner: file, bar: bar.clone() });
    let is_csv = path.extension().and_then(|e| e.to_str()).is_some_and(|e| e.eq_ignore_ascii_case("csv"));
    let now = chrono::Utc::now();
    let mut summary = ImportSummary::default();
    let mut batch: Vec<AccountRow> = Vec::with_capacity(ROWS_PER_STATEMENT);
    let mut tx = store.begin().await?;
    let mut statements = 0;
    let accept =
        |line: u64, parsed: Result<RawAccount, String>, batch: &mut Vec<AccountRow>, summary: &mut ImportSummary| {
            match parsed.and_then(|raw| to_row(raw, keys, now)) {
                Ok(row) => batch.push(row),
                Err(reason) => summary.skipped.push((line, reason)),
            }
        };
    let mut rows: Box<dyn Iterator<Item = (u64, Result<RawAccount, String>)>> = if is_csv {
        let csv = csv::ReaderBuilder::new().has_headers(true).from_reader(reader);
        Box::new(csv.into_deserialize::<CsvAccount>().enumerate().map(|(i, r)| {
            (i as u64 + 2, r.map(CsvAccount::into_raw).map_err(|e| format!("unreadable row: {}", csv_error_kind(&e))))
        }))
    } else {
        Box::new(reader.lines().enumerate().filter_map(|(i, line)| {
            match line {
                Ok(text) if text.trim().is_empty() => None,
                Ok(text) => Some((
                    i as u64 + 1,
                    serde_json::from_str::<RawAccount>(&text)
                        .map_err(|e| format!("not an account: {}", e.classify_message())),
                )),
                Err(e) => Some((i as u64 + 1, Err(format!("unreadable line: {e}")))),
            }
        }))
    };
    for (line, parsed) in &mut rows {
        accept(line, parsed, &mut batch, &mut summary);
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

/// CSV has no nested values: lists are `;`-separated text.
#[derive(Debug, Deserialize)]
struct CsvAccount {
    account_id: String,
    email: String,
    #[serde(default)]
    country: Option<String>,
    #[serde(default)]
    handles: Option<String>,
    #[serde(default)]
    names: Option<String>,
}

impl CsvAccount {
    fn into_raw(self) -> RawAccount {
        RawAccount {
            account_id: serde_json::Value::String(self.account_id),
            email: self.email,
            country: self.country,
            handles: self.handles.map(ListField::Text),
            names: self.names.map(ListField::Text),
        }
    }
}

/// A CSV error without the offending value (it may be an address).
fn csv_error_kind(e: &csv::Error) -> String {
    match e.kind() {
        csv::ErrorKind::Deserialize { err, .. } => match err.field() {
            Some(field) => format!("field {field}: {:?}", err.kind()).chars().take(120).collect(),
            None => "a field is missing or malformed".into(),
        },
        csv::ErrorKind::UnequalLengths { .. } => "the row has a different number of fields than the header".into(),
        _ => "malformed CSV".into(),
    }
}

trait ClassifyMessage {
    fn classify_message(&self) -> &'static str;
}

impl ClassifyMessage for serde_json::Error {
    /// The category only: serde_json's message can quote the input.
    fn classify_message(&self) -> &'static str {
        match self.classify() {
            serde_json::error::Category::Syntax | serde_json::error::Category::Eof => "not valid JSON",
            serde_json::error::Category::Data => "a field is missing or has the wrong type",
            serde_json::error::Category::Io => "unreadable",
        }
    }
}
