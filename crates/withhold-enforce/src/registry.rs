//! The exclusion registry: one entry per subject and objection, with when it took effect and
//! when (if ever) it ended. A subject is excluded from a dataset built as of T exactly when an
//! entry has `effective_from <= T` and no `effective_until <= T`.

use crate::format::Format;
use arrow::array::{Array, ArrayRef, AsArray, Int64Array, RecordBatch, StringArray, TimestampMicrosecondArray};
use arrow::datatypes::{DataType, Field, Schema, TimeUnit};
pub use arrow::error::ArrowError;
use rustc_hash::FxHashSet;
use sha2::{Digest, Sha256};
use std::fs::File;
use std::io::BufReader;
use std::path::Path;
use std::sync::Arc;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum KeyType {
    /// An account id of the platform (the author id in content exports).
    Account,
    /// A keyed hash of a normalized email address, for datasets keyed by email.
    EmailHmac,
    /// A public @handle of an objector's account: only in an export made `--with-handles`,
    /// for `filter --mentions redact` to remove from text. Never matched against authors.
    Handle,
}

impl KeyType {
    pub fn as_str(self) -> &'static str {
        match self {
            KeyType::Account => "account",
            KeyType::EmailHmac => "email_hmac",
            KeyType::Handle => "handle",
        }
    }
    pub fn parse(s: &str) -> Option<KeyType> {
        match s {
            "account" => Some(KeyType::Account),
            "email_hmac" => Some(KeyType::EmailHmac),
            "handle" => Some(KeyType::Handle),
            _ => None,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct RegistryEntry {
    pub subject_key: String,
    pub key_type: KeyType,
    pub category: String,
    /// Microseconds since the Unix epoch, UTC.
    pub effective_from: i64,
    pub effective_until: Option<i64>,
    pub registry_version: i64,
}

impl RegistryEntry {
    pub fn in_effect_at(&self, as_of: i64) -> bool {
        self.effective_from <= as_of && self.effective_until.is_none_or(|until| until > as_of)
    }
}

#[derive(Debug, thiserror::Error)]
pub enum RegistryError {
    #[error("cannot read the registry {path}: {message}")]
    Unreadable { path: String, message: String },
    #[error(
        "the registry {path} has no column {column:?} (expected subject_key, key_type, category, effective_from, effective_until, registry_version)"
    )]
    MissingColumn { path: String, column: &'static str },
    #[error("the registry {path} has a bad value in {column:?} at row {row}: {message}")]
    BadValue { path: String, column: &'static str, row: usize, message: String },
    #[error("cannot write the registry to {path}: {message}")]
    Write { path: String, message: String },
}

/// All entries, in a canonical order.
#[derive(Debug, Clone, Default)]
pub struct Registry {
    entries: Vec<RegistryEntry>,
}

/// The subjects excluded as of one time, ready for fast lookups.
#[derive(Debug, Clone)]
pub struct Excluded {
    ids: IdSet,
    keys: FxHashSet<String>,
}

/// Integer subject keys: a bitmap when they are small and dense (the usual case for account
/// ids), a hash set otherwise.
#[derive(Debug, Clone)]
enum IdSet {
    Bitmap(Vec<u64>),
    Hash(FxHashSet<i64>),
}

const BITMAP_LIMIT: i64 = 1 << 31;

impl Excluded {
    pub fn from_keys<'a>(keys: impl IntoIterator<Item = &'a str>) -> Excluded {
        let keys: FxHashSet<String> = keys.into_iter().map(str::to_owned).collect();
        let ints: Vec<i64> = keys.iter().filter_map(|k| canonical_int(k)).collect();
        let max = ints.iter().copied().max().unwrap_or(0);
        let ids = if ints.iter().all(|&i| i >= 0) && max < BITMAP_LIMIT && (max as usize) < ints.len().max(1) * 512 {
            let mut bits = vec![0u64; (max as usize >> 6) + 1];
            for i in ints {
                bits[(i as usize) >> 6] |= 1 << (i & 63);
            }
            IdSet::Bitmap(bits)
        } else {
            IdSet::Hash(ints.into_iter().collect())
        };
        Excluded { ids, keys }
    }

    #[inline]
    pub fn contains_int(&self, id: i64) -> bool {
        match &self.ids {
            IdSet::Bitmap(bits) => {
                id >= 0 && bits.get((id as usize) >> 6).is_some_and(|word| word & (1 << (id & 63)) != 0)
            }
            IdSet::Hash(set) => set.contains(&id),
        }
    }

    #[inline]
    pub fn contains_str(&self, key: &str) -> bool {
        self.keys.contains(key)
    }

    pub fn len(&self) -> usize {
        self.keys.len()
    }

    pub fn is_empty(&self) -> bool {
        self.keys.is_empty()
    }

    pub fn keys(&self) -> impl Iterator<Item = &str> {
        self.keys.iter().map(String::as_str)
    }
}

/// The integer a key stands for, if it is an integer written in canonical decimal form
/// ("42", "-7"; not "042" or "+42"), so that integer id columns match string keys exactly.
fn canonical_int(key: &str) -> Option<i64> {
    let n: i64 = key.parse().ok()?;
    (n.to_string() == key).then_some(n)
}

impl Registry {
    pub fn from_entries(mut entries: Vec<RegistryEntry>) -> Registry {
        entries.sort();
        Registry { entries }
    }

    pub fn entries(&self) -> &[RegistryEntry] {
        &self.entries
    }

    /// The highest registry version any entry carries.
    pub fn version(&self) -> i64 {
        self.entries.iter().map(|e| e.registry_version).max().unwrap_or(0)
    }

    /// SHA-256 over the canonical text of every entry: the same registry gives the same digest
    /// whatever file format it came in.
    pub fn digest(&self) -> String {
        let mut hasher = Sha256::new();
        for e in &self.entries {
            let until = e.effective_until.map(|u| u.to_string()).unwrap_or_default();
            hasher.update(format!(
                "{}\t{}\t{}\t{}\t{}\t{}\n",
                e.subject_key,
                e.key_type.as_str(),
                e.category,
                e.effective_from,
                until,
                e.registry_version
            ));
        }
        hex::encode(hasher.finalize())
    }

    /// The subjects whose objection to `category` is in effect at `as_of` (µs since epoch).
    pub fn excluded_as_of(&self, as_of: i64, category: &str) -> Excluded {
        Excluded::from_keys(
            self.entries
                .iter()
                .filter(|e| e.key_type != KeyType::Handle && e.category == category && e.in_effect_at(as_of))
                .map(|e| e.subject_key.as_str()),
        )
    }

    /// Whether the registry carries objectors' @handles (an export made `--with-handles`).
    pub fn has_handles(&self) -> bool {
        self.entries.iter().any(|e| e.key_type == KeyType::Handle)
    }

    /// The @handles of objectors whose objection is in effect at `as_of`.
    pub fn handles_as_of(&self, as_of: i64, category: &str) -> Vec<String> {
        let mut handles: Vec<String> = self
            .entries
            .iter()
            .filter(|e| e.key_type == KeyType::Handle && e.category == category && e.in_effect_at(as_of))
            .map(|e| e.subject_key.clone())
            .collect();
        handles.sort();
        handles.dedup();
        handles
    }

    pub fn read(path: &Path) -> Result<Registry, RegistryError> {
        let name = path.display().to_string();
        let unreadable = |message: String| RegistryError::Unreadable { path: name.clone(), message };
        let format = Format::from_path(path)
            .ok_or_else(|| unreadable("unknown format (use .parquet, .csv or .jsonl)".into()))?;
        let file = File::open(path).map_err(|e| unreadable(e.to_string()))?;
        let batches: Vec<RecordBatch> = match format {
            Format::Parquet => parquet::arrow::arrow_reader::ParquetRecordBatchReaderBuilder::try_new(file)
                .and_then(|b| b.build())
                .map_err(|e| unreadable(e.to_string()))?
                .collect::<Result<_, _>>()
                .map_err(|e| unreadable(e.to_string()))?,
            Format::Csv => arrow::csv::ReaderBuilder::new(text_schema())
                .with_header(true)
                .build(BufReader::new(file))
                .map_err(|e| unreadable(e.to_string()))?
                .collect::<Result<_, _>>()
                .map_err(|e| unreadable(e.to_string()))?,
            Format::Jsonl => arrow::json::ReaderBuilder::new(text_schema())
                .build(BufReader::new(file))
                .map_err(|e| unreadable(e.to_string()))?
                .collect::<Result<_, _>>()
                .map_err(|e| unreadable(e.to_string()))?,
        };
        let mut entries = Vec::new();
        for batch in &batches {
            read_batch(&name, batch, &mut entries)?;
        }
        Ok(Registry::from_entries(entries))
    }

    pub fn write(&self, path: &Path, format: Format) -> Result<(), RegistryError> {
        let name = path.display().to_string();
        let err = |message: String| RegistryError::Write { path: name.clone(), message };
        let batch = batch_of(&self.entries).map_err(|e| err(e.to_string()))?;
        let mut file = File::create(path).map_err(|e| err(e.to_string()))?;
        match format {
            Format::Parquet => {
                let props = parquet::file::properties::WriterProperties::builder()
                    .set_compression(parquet::basic::Compression::ZSTD(Default::default()))
                    .build();
                let mut w = parquet::arrow::ArrowWriter::try_new(file, batch.schema(), Some(props))
                    .map_err(|e| err(e.to_string()))?;
                w.write(&batch).map_err(|e| err(e.to_string()))?;
                w.close().map_err(|e| err(e.to_string()))?;
            }
            Format::Csv | Format::Jsonl => {
                use std::io::Write;
                let text = render_text(&self.entries, format, true).map_err(|e| err(e.to_string()))?;
                file.write_all(&text).map_err(|e| err(e.to_string()))?;
                file.sync_all().map_err(|e| err(e.to_string()))?;
            }
        }
        Ok(())
    }
}

/// `entries` as CSV (with the header line if `header`) or JSON Lines, byte for byte as
/// [`Registry::write`] writes them: the API streams the registry in chunks rendered by this,
/// so a download and an export file are the same bytes.
pub fn render_text(entries: &[RegistryEntry], format: Format, header: bool) -> Result<Vec<u8>, ArrowError> {
    let batch = batch_of(entries)?;
    let mut out = Vec::with_capacity(entries.len() * 128);
    match format {
        Format::Csv => {
            let mut w = arrow::csv::WriterBuilder::new().with_header(header).build(&mut out);
            w.write(&batch)?;
        }
        Format::Jsonl | Format::Parquet => {
            let mut w = arrow::json::LineDelimitedWriter::new(&mut out);
            w.write(&batch)?;
            w.finish()?;
        }
    }
    Ok(out)
}

fn batch_of(e: &[RegistryEntry]) -> Result<RecordBatch, ArrowError> {
    let columns: Vec<ArrayRef> = vec![
        Arc::new(StringArray::from_iter_values(e.iter().map(|e| e.subject_key.as_str()))),
        Arc::new(StringArray::from_iter_values(e.iter().map(|e| e.key_type.as_str()))),
        Arc::new(StringArray::from_iter_values(e.iter().map(|e| e.category.as_str()))),
        Arc::new(
            TimestampMicrosecondArray::from_iter_values(e.iter().map(|e| e.effective_from)).with_timezone("+00:00"),
        ),
        Arc::new(TimestampMicrosecondArray::from_iter(e.iter().map(|e| e.effective_until)).with_timezone("+00:00")),
        Arc::new(Int64Array::from_iter_values(e.iter().map(|e| e.registry_version))),
    ];
    RecordBatch::try_new(Arc::new(export_schema()), columns)
}

/// The export's columns as written.
pub fn export_schema() -> Schema {
    let ts = DataType::Timestamp(TimeUnit::Microsecond, Some("+00:00".into()));
    Schema::new(vec![
        Field::new("subject_key", DataType::Utf8, false),
        Field::new("key_type", DataType::Utf8, false),
        Field::new("category", DataType::Utf8, false),
        Field::new("effective_from", ts.clone(), false),
        Field::new("effective_until", ts, true),
        Field::new("registry_version", DataType::Int64, false),
    ])
}

/// Text files are read as text and their times parsed here, to accept the usual spellings.
fn text_schema() -> Arc<Schema> {
    let mut fields: Vec<Field> = ["subject_key", "key_type", "category", "effective_from", "effective_until"]
        .map(|name| Field::new(name, DataType::Utf8, true))
        .to_vec();
    fields.push(Field::new("registry_version", DataType::Int64, true));
    Arc::new(Schema::new(fields))
}

/// Parses a time as written in CSV/JSONL exports (RFC 3339, or "YYYY-MM-DD HH:MM:SS[.f]" as UTC).
pub fn parse_time(text: &str) -> Option<i64> {
    let text = text.trim();
    if let Ok(t) = chrono::DateTime::parse_from_rfc3339(text) {
        return Some(t.timestamp_micros());
    }
    for fmt in ["%Y-%m-%d %H:%M:%S%.f", "%Y-%m-%dT%H:%M:%S%.f", "%Y-%m-%d %H:%M:%S%.f%#z"] {
        if let Ok(t) = chrono::NaiveDateTime::parse_from_str(text, fmt) {
            return Some(t.and_utc().timestamp_micros());
        }
    }
    if let Ok(t) = chrono::DateTime::parse_from_str(text, "%Y-%m-%d %H:%M:%S%.f%#z") {
        return Some(t.timestamp_micros());
    }
    chrono::NaiveDate::parse_from_str(text, "%Y-%m-%d")
        .ok()
        .map(|d| d.and_hms_opt(0, 0, 0).unwrap_or_default().and_utc().timestamp_micros())
}

fn column<'a>(path: &str, batch: &'a RecordBatch, name: &'static str) -> Result<&'a ArrayRef, RegistryError> {
    batch.column_by_name(name).ok_or(RegistryError::MissingColumn { path: path.to_owned(), column: name })
}

fn as_text(path: &str, array: &ArrayRef, name: &'static str) -> Result<StringArray, RegistryError> {
    let cast = arrow::compute::cast(array, &DataType::Utf8).map_err(|e| RegistryError::BadValue {
        path: path.into(),
        column: name,
        row: 0,
        message: e.to_string(),
    })?;
    Ok(cast.as_string::<i32>().clone())
}

fn as_micros(path: &str, array: &ArrayRef, name: &'static str) -> Result<Vec<Option<i64>>, RegistryError> {
    if let DataType::Timestamp(_, _) = array.data_type() {
        let cast = arrow::compute::cast(array, &DataType::Timestamp(TimeUnit::Microsecond, None))
            .map_err(|e| RegistryError::BadValue { path: path.into(), column: name, row: 0, message: e.to_string() })?;
        return Ok(cast.as_primitive::<arrow::datatypes::TimestampMicrosecondType>().iter().collect());
    }
    let text = as_text(path, array, name)?;
    text.iter()
        .enumerate()
        .map(|(row, v)| match v {
            None => Ok(None),
            Some(s) if s.trim().is_empty() => Ok(None),
            Some(s) => parse_time(s).map(Some).ok_or_else(|| RegistryError::BadValue {
                path: path.into(),
                column: name,
                row,
                message: format!("{s:?} is not a time"),
            }),
        })
        .collect()
}

fn read_batch(path: &str, batch: &RecordBatch, out: &mut Vec<RegistryEntry>) -> Result<(), RegistryError> {
    let keys = as_text(path, column(path, batch, "subject_key")?, "subject_key")?;
    let types = as_text(path, column(path, batch, "key_type")?, "key_type")?;
    let categories = as_text(path, column(path, batch, "category")?, "category")?;
    let from = as_micros(path, column(path, batch, "effective_from")?, "effective_from")?;
    let until = as_micros(path, column(path, batch, "effective_until")?, "effective_until")?;
    let versions = as_text(path, column(path, batch, "registry_version")?, "registry_version")?;
    for row in 0..batch.num_rows() {
        let bad = |column: &'static str, message: &str| RegistryError::BadValue {
            path: path.into(),
            column,
            row,
            message: message.into(),
        };
        if keys.is_null(row) {
            return Err(bad("subject_key", "empty"));
        }
        let key_type = KeyType::parse(types.value(row))
            .ok_or_else(|| bad("key_type", "expected account, email_hmac or handle"))?;
        let version = versions.value(row).trim().parse().map_err(|_| bad("registry_version", "not an integer"))?;
        out.push(RegistryEntry {
            subject_key: keys.value(row).to_owned(),
            key_type,
            category: categories.value(row).to_owned(),
            effective_from: from[row].ok_or_else(|| bad("effective_from", "empty"))?,
            effective_until: until[row],
            registry_version: version,
        });
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(key: &str, from: i64, until: Option<i64>) -> RegistryEntry {
        RegistryEntry {
            subject_key: key.into(),
            key_type: KeyType::Account,
            category: "train-ai".into(),
            effective_from: from,
            effective_until: until,
            registry_version: 3,
        }
    }

    #[test]
    fn in_effect_from_start_until_end_exclusive() {
        let e = entry("1", 100, Some(200));
        assert!(!e.in_effect_at(99));
        assert!(e.in_effect_at(100));
        assert!(e.in_effect_at(199));
        assert!(!e.in_effect_at(200));
        assert!(entry("1", 100, None).in_effect_at(i64::MAX));
    }

    #[test]
    fn integer_ids_match_only_canonical_decimal_keys() {
        let ex = Excluded::from_keys(["42", "007", "-3", "abc", "1000000"]);
        assert!(ex.contains_int(42) && ex.contains_int(1_000_000));
        assert!(!ex.contains_int(7), "\"007\" is not the decimal form of 7");
        assert!(ex.contains_int(-3));
        assert!(ex.contains_str("abc") && ex.contains_str("007"));
        assert!(!ex.contains_int(43));
        let sparse = Excluded::from_keys(["1", "9000000000"]);
        assert!(sparse.contains_int(9_000_000_000) && !sparse.contains_int(2));
    }

    #[test]
    fn round_trips_through_every_format_with_the_same_digest() {
        let reg = Registry::from_entries(vec![entry("5", 1_700_000_000_000_000, None), entry("abc", 1, Some(2))]);
        let dir = tempfile::tempdir().unwrap();
        for format in [Format::Parquet, Format::Csv, Format::Jsonl] {
            let path = dir.path().join(format!("r.{}", format.extension()));
            reg.write(&path, format).unwrap();
            let back = Registry::read(&path).unwrap();
            assert_eq!(back.entries(), reg.entries(), "{format:?}");
            assert_eq!(back.digest(), reg.digest());
            assert_eq!(back.version(), 3);
        }
    }

    #[test]
    fn parses_the_usual_time_spellings() {
        let t = parse_time("2024-06-01 00:00:00").unwrap();
        assert_eq!(parse_time("2024-06-01T00:00:00Z"), Some(t));
        assert_eq!(parse_time("2024-06-01T02:00:00+02:00"), Some(t));
        assert_eq!(parse_time("2024-06-01"), Some(t));
        assert_eq!(parse_time("2024-06-01 00:00:00.000001").unwrap(), t + 1);
        assert!(parse_time("yesterday").is_none());
    }
}
