//! Account files as the platform exports them (CSV or JSONL), parsed row by row into rows to
//! store. Errors say what is wrong with a row without quoting it: rows carry addresses.

use serde::Deserialize;
use std::io::{BufRead, BufReader, Read};
use withhold_core::{CountryCode, EmailAddress, Keys};
use withhold_store::AccountRow;

const READ_BUFFER: usize = 1 << 20;

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
    /// The language the account uses (a tag such as `fr` or `pt-BR`): its notices are in it.
    #[serde(default)]
    language: Option<String>,
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

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ImportFormat {
    /// A header row, then one account a row; lists are `;`-separated.
    Csv,
    /// One JSON object a line.
    Jsonl,
}

/// The accounts in `reader`, each with its line number: a row ready to store, or why it was
/// skipped (never the address itself). Any bytes in, never a panic (fuzzed: `fuzz/`).
pub fn parse_rows<'a, R: Read + 'a>(
    reader: R,
    format: ImportFormat,
    keys: &'a Keys,
    now: chrono::DateTime<chrono::Utc>,
) -> Box<dyn Iterator<Item = (u64, Result<AccountRow, String>)> + 'a> {
    let rows: Box<dyn Iterator<Item = (u64, Result<RawAccount, String>)> + 'a> = match format {
        ImportFormat::Csv => {
            let csv = csv::ReaderBuilder::new().has_headers(true).buffer_capacity(READ_BUFFER).from_reader(reader);
            Box::new(csv.into_deserialize::<CsvAccount>().enumerate().map(|(i, r)| {
                (
                    i as u64 + 2,
                    r.map(CsvAccount::into_raw).map_err(|e| format!("unreadable row: {}", csv_error_kind(&e))),
                )
            }))
        }
        ImportFormat::Jsonl => {
            Box::new(BufReader::with_capacity(READ_BUFFER, reader).lines().enumerate().filter_map(|(i, line)| {
                match line {
                    Ok(text) if text.trim().is_empty() => None,
                    Ok(text) => Some((
                        i as u64 + 1,
                        serde_json::from_str::<RawAccount>(&text)
                            .map_err(|e| format!("not an account: {}", e.classify_message())),
                    )),
                    Err(e) => Some((i as u64 + 1, Err(format!("unreadable line: {}", e.kind())))),
                }
            }))
        }
    };
    Box::new(rows.map(move |(line, parsed)| (line, parsed.and_then(|raw| to_row(raw, keys, now)))))
}

/// One account given as a JSON object (the integration API), ready to store, or why not.
pub fn parse_account(
    value: serde_json::Value,
    keys: &Keys,
    now: chrono::DateTime<chrono::Utc>,
) -> Result<AccountRow, String> {
    let raw: RawAccount =
        serde_json::from_value(value).map_err(|e| format!("not an account: {}", e.classify_message()))?;
    to_row(raw, keys, now)
}

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
    // A language we do not speak is no error: the country's language, or English, is used.
    let language = raw
        .language
        .as_deref()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .and_then(|l| l.parse::<withhold_core::Locale>().ok())
        .map(|l| l.tag().to_owned());
    Ok(AccountRow {
        email_key: keys.email_key(&email.normalized()),
        email_sealed: keys.seal(email.as_str().as_bytes(), &format!("account:{account_id}:email")),
        account_id,
        country,
        handles: raw.handles.map(ListField::into_json).unwrap_or_else(|| "[]".into()),
        names: raw.names.map(ListField::into_json).unwrap_or_else(|| "[]".into()),
        language,
        updated_at: now,
    })
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
    #[serde(default)]
    language: Option<String>,
}

impl CsvAccount {
    fn into_raw(self) -> RawAccount {
        RawAccount {
            account_id: serde_json::Value::String(self.account_id),
            email: self.email,
            country: self.country,
            handles: self.handles.map(ListField::Text),
            names: self.names.map(ListField::Text),
            language: self.language,
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
