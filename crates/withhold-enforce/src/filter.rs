//! The dataset filter. Each input file is read in batches; for each batch the rows to drop are
//! decided from the author, kind and mentions columns alone, then the batch is filtered and
//! written to the matching output file. Files are processed in parallel, one per core.
//!
//! Output is written into a hidden staging folder inside the output directory and moved into
//! place only when every file succeeded; `manifest.json` is written last. A failed run leaves
//! no output that could be taken for complete.

use crate::format::Format;
use crate::registry::Excluded;
use arrow::array::{
    Array, ArrayRef, AsArray, BooleanArray, GenericListArray, OffsetSizeTrait, RecordBatch, StringArray,
};
use arrow::buffer::{BooleanBuffer, OffsetBuffer};
use arrow::datatypes::{DataType, Field, Int64Type, SchemaRef};
use parquet::arrow::ArrowWriter;
use parquet::arrow::arrow_reader::ParquetRecordBatchReaderBuilder;
use parquet::basic::{Compression, ZstdLevel};
use parquet::file::properties::{EnabledStatistics, WriterProperties};
use parquet::schema::types::ColumnPath;
use sha2::{Digest, Sha256};
use std::fs::File;
use std::io::{BufReader, BufWriter, Read, Seek};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::Mutex;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};

/// Kinds that are never used for training, whatever the registry says.
pub const ALWAYS_DROPPED_KINDS: &[&str] = &["private_message"];

#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum MentionsMode {
    /// Content by others that mentions an objector is kept (as the original process did).
    Keep,
    /// Rows that mention or tag an objector are dropped.
    Exclude,
    /// Objectors are removed from the mentions list and their @handles from the text.
    Redact,
}

#[derive(Debug, Clone, serde::Serialize)]
pub struct FilterOptions {
    /// The column that identifies a row. When set it must exist in every input; the manifest
    /// names it so that a dataset's rows can be traced.
    pub id_column: Option<String>,
    pub author_column: String,
    pub kind_column: String,
    pub mentions_column: String,
    pub text_column: String,
    /// Kinds dropped in addition to [`ALWAYS_DROPPED_KINDS`].
    pub never_kinds: Vec<String>,
    pub mentions: MentionsMode,
    /// Output format; by default each output keeps its input's format.
    pub format: Option<Format>,
    #[serde(skip)]
    pub threads: usize,
    /// Read and decide only: count what would be dropped, write nothing.
    pub dry_run: bool,
    /// The @handles of excluded subjects, for redaction (besides `@<subject key>`).
    #[serde(skip)]
    pub objector_handles: Vec<String>,
}

impl Default for FilterOptions {
    fn default() -> Self {
        FilterOptions {
            id_column: None,
            author_column: "author_id".into(),
            kind_column: "kind".into(),
            mentions_column: "mentions".into(),
            text_column: "text".into(),
            never_kinds: Vec::new(),
            mentions: MentionsMode::Keep,
            format: None,
            threads: std::thread::available_parallelism().map(|n| n.get()).unwrap_or(1),
            objector_handles: Vec::new(),
            dry_run: false,
        }
    }
}

#[derive(Debug, thiserror::Error)]
pub enum FilterError {
    #[error("no input files matched {0:?}")]
    NoInputs(String),
    #[error("{0}: not a Parquet, CSV or JSONL file (by its extension)")]
    UnknownFormat(PathBuf),
    #[error("two inputs would both be written as {0}")]
    NameClash(String),
    #[error("the output directory {0} is not empty; choose an empty or new directory")]
    OutputNotEmpty(PathBuf),
    #[error("{file}: there is no column {column:?} (set it with --{flag})")]
    MissingColumn { file: PathBuf, column: String, flag: &'static str },
    #[error("{file}: column {column:?} has type {found}, expected {expected}")]
    WrongType { file: PathBuf, column: String, found: String, expected: &'static str },
    #[error("{file}: cannot read it: {message}")]
    Unreadable { file: PathBuf, message: String },
    #[error("{file}: cannot write the output: {message}")]
    Write { file: PathBuf, message: String },
}

/// What happened to one input file.
#[derive(Debug, Clone, Default, serde::Serialize)]
pub struct FileReport {
    pub input: String,
    pub input_bytes: u64,
    pub input_sha256: String,
    pub output: String,
    pub output_bytes: u64,
    pub rows_in: u64,
    pub rows_kept: u64,
    pub dropped_objector_content: u64,
    pub dropped_private_message: u64,
    /// Kinds listed with `--never-kinds` (besides private messages).
    pub dropped_never_kind: u64,
    pub dropped_mention: u64,
    /// Rows kept with something of an objector removed (from the mentions list or the text).
    pub rows_redacted: u64,
    /// … of which objectors were removed from the mentions list.
    pub rows_mentions_redacted: u64,
    /// … of which @handles were removed from the text.
    pub rows_text_redacted: u64,
}

#[derive(Debug, Clone, Default, serde::Serialize)]
pub struct FilterReport {
    pub files: Vec<FileReport>,
}

impl FilterReport {
    pub fn total(&self, f: impl Fn(&FileReport) -> u64) -> u64 {
        self.files.iter().map(f).sum()
    }
}

/// One input and the name its output gets.
#[derive(Debug, Clone)]
pub struct Input {
    pub path: PathBuf,
    pub format: Format,
    pub output_name: String,
}

/// Expands files, directories (their data files, sorted) and glob patterns into inputs.
pub fn expand_inputs(specs: &[String], output_format: Option<Format>) -> Result<Vec<Input>, FilterError> {
    let mut paths = Vec::new();
    for spec in specs {
        let path = Path::new(spec);
        if path.is_dir() {
            let mut found: Vec<PathBuf> = std::fs::read_dir(path)
                .map_err(|e| FilterError::Unreadable { file: path.into(), message: e.to_string() })?
                .filter_map(|entry| entry.ok().map(|e| e.path()))
                .filter(|p| p.is_file() && Format::from_path(p).is_some())
                .collect();
            found.sort();
            if found.is_empty() {
                return Err(FilterError::NoInputs(spec.clone()));
            }
            paths.extend(found);
        } else if path.exists() {
            paths.push(path.to_path_buf());
        } else {
            let mut found: Vec<PathBuf> = glob::glob(spec)
                .map_err(|_| FilterError::NoInputs(spec.clone()))?
                .filter_map(Result::ok)
                .filter(|p| p.is_file())
                .collect();
            found.sort();
            if found.is_empty() {
                return Err(FilterError::NoInputs(spec.clone()));
            }
            paths.extend(found);
        }
    }
    let mut inputs: Vec<Input> = Vec::with_capacity(paths.len());
    for path in paths {
        let format = Format::from_path(&path).ok_or_else(|| FilterError::UnknownFormat(path.clone()))?;
        let out_format = output_format.unwrap_or(format);
        let stem = path.file_stem().and_then(|s| s.to_str()).unwrap_or("data");
        let output_name = format!("{stem}.{}", out_format.extension());
        if inputs.iter().any(|i| i.output_name == output_name) {
            return Err(FilterError::NameClash(output_name));
        }
        inputs.push(Input { path, format, output_name });
    }
    Ok(inputs)
}

const STAGING: &str = ".withhold-filter-partial";

/// Filters every input into `out_dir`. `progress` is called with the number of rows each batch adds.
pub fn filter_files(
    inputs: &[Input],
    out_dir: &Path,
    excluded: &Excluded,
    options: &FilterOptions,
    progress: &(dyn Fn(u64) + Sync),
) -> Result<FilterReport, FilterError> {
    if options.dry_run {
        return run(inputs, None, excluded, options, progress);
    }
    prepare_output_dir(out_dir)?;
    let staging = out_dir.join(STAGING);
    std::fs::create_dir_all(&staging)
        .map_err(|e| FilterError::Write { file: staging.clone(), message: e.to_string() })?;
    let result = run(inputs, Some(&staging), excluded, options, progress);
    match result {
        Ok(report) => {
            for input in inputs {
                let from = staging.join(&input.output_name);
                let to = out_dir.join(&input.output_name);
                std::fs::rename(&from, &to)
                    .map_err(|e| FilterError::Write { file: to.clone(), message: e.to_string() })?;
            }
            let _ = std::fs::remove_dir(&staging);
            Ok(report)
        }
        Err(e) => {
            let _ = std::fs::remove_dir_all(&staging);
            Err(e)
        }
    }
}

fn prepare_output_dir(out_dir: &Path) -> Result<(), FilterError> {
    match std::fs::read_dir(out_dir) {
        Ok(mut entries) => {
            if entries.next().is_some() {
                return Err(FilterError::OutputNotEmpty(out_dir.into()));
            }
            Ok(())
        }
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => std::fs::create_dir_all(out_dir)
            .map_err(|e| FilterError::Write { file: out_dir.into(), message: e.to_string() }),
        Err(e) => Err(FilterError::Write { file: out_dir.into(), message: e.to_string() }),
    }
}

fn run(
    inputs: &[Input],
    staging: Option<&Path>,
    excluded: &Excluded,
    options: &FilterOptions,
    progress: &(dyn Fn(u64) + Sync),
) -> Result<FilterReport, FilterError> {
    let decider = Decider::new(excluded, options);
    let next = AtomicUsize::new(0);
    let failed = AtomicBool::new(false);
    let reports: Mutex<Vec<Option<Result<FileReport, FilterError>>>> =
        Mutex::new((0..inputs.len()).map(|_| None).collect());
    let threads = options.threads.clamp(1, inputs.len().max(1));
    std::thread::scope(|scope| {
        for _ in 0..threads {
            scope.spawn(|| {
                loop {
                    let i = next.fetch_add(1, Ordering::Relaxed);
                    if i >= inputs.len() || failed.load(Ordering::Relaxed) {
                        return;
                    }
                    let out = staging.map(|dir| dir.join(&inputs[i].output_name));
                    let result = filter_one(&inputs[i], out.as_deref(), &decider, options, progress);
                    if result.is_err() {
                        failed.store(true, Ordering::Relaxed);
                    }
                    reports.lock().unwrap_or_else(|p| p.into_inner())[i] = Some(result);
                }
            });
        }
    });
    let mut files = Vec::with_capacity(inputs.len());
    for result in reports.into_inner().unwrap_or_else(|p| p.into_inner()).into_iter().flatten() {
        files.push(result?);
    }
    Ok(FilterReport { files })
}

fn sha256_file(path: &Path) -> Result<(u64, String), std::io::Error> {
    let mut file = File::open(path)?;
    let mut hasher = Sha256::new();
    let mut buf = vec![0u8; 1 << 20];
    let mut total = 0u64;
    loop {
        let n = file.read(&mut buf)?;
        if n == 0 {
            break;
        }
        total += n as u64;
        hasher.update(&buf[..n]);
    }
    Ok((total, hex::encode(hasher.finalize())))
}

/// The batches of one input, whatever its format.
type Batches = Box<dyn Iterator<Item = Result<RecordBatch, arrow::error::ArrowError>>>;

/// Opens an input. `only` names the columns to decode (a dry run needs only the deciding ones);
/// None decodes every column.
fn open_input(
    input: &Input,
    only: Option<&[&str]>,
) -> Result<(SchemaRef, Batches, Option<WriterProperties>), FilterError> {
    let unreadable = |message: String| FilterError::Unreadable { file: input.path.clone(), message };
    let file = File::open(&input.path).map_err(|e| unreadable(e.to_string()))?;
    match input.format {
        Format::Parquet => {
            let builder = ParquetRecordBatchReaderBuilder::try_new(file).map_err(|e| unreadable(e.to_string()))?;
            let props = writer_properties_like(builder.metadata());
            let mut builder = builder.with_batch_size(BATCH_ROWS);
            if let Some(names) = only {
                let roots: Vec<usize> = names.iter().filter_map(|n| builder.schema().index_of(n).ok()).collect();
                let mask = parquet::arrow::ProjectionMask::roots(builder.parquet_schema(), roots);
                builder = builder.with_projection(mask);
            }
            let reader = builder.build().map_err(|e| unreadable(e.to_string()))?;
            let schema = arrow::record_batch::RecordBatchReader::schema(&reader);
            Ok((schema, Box::new(reader), Some(props)))
        }
        Format::Csv => {
            let mut file = file;
            let (schema, _) = arrow::csv::reader::Format::default()
                .with_header(true)
                .infer_schema(&mut file, Some(10_000))
                .map_err(|e| unreadable(e.to_string()))?;
            file.rewind().map_err(|e| unreadable(e.to_string()))?;
            let schema = Arc::new(schema);
            let reader = arrow::csv::ReaderBuilder::new(schema.clone())
                .with_header(true)
                .with_batch_size(BATCH_ROWS)
                .build(BufReader::new(file))
                .map_err(|e| unreadable(e.to_string()))?;
            Ok((schema, Box::new(reader), None))
        }
        Format::Jsonl => {
            let mut reader = BufReader::new(file);
            let (schema, _) = arrow::json::reader::infer_json_schema_from_seekable(&mut reader, Some(10_000))
                .map_err(|e| unreadable(e.to_string()))?;
            let schema = Arc::new(schema);
            let reader = arrow::json::ReaderBuilder::new(schema.clone())
                .with_batch_size(BATCH_ROWS)
                .build(reader)
                .map_err(|e| unreadable(e.to_string()))?;
            Ok((schema, Box::new(reader), None))
        }
    }
}

const BATCH_ROWS: usize = 64 * 1024;

/// Writer settings that follow the input: dictionary encoding only for the columns where the
/// input used it (it pays for low-cardinality columns, costs time on unique ones), zstd,
/// chunk-level statistics (what readers use to skip), the input's row group size.
fn writer_properties_like(metadata: &parquet::file::metadata::ParquetMetaData) -> WriterProperties {
    let mut builder = WriterProperties::builder()
        .set_compression(Compression::ZSTD(ZstdLevel::try_new(1).expect("zstd level 1 is valid")))
        .set_statistics_enabled(EnabledStatistics::Chunk)
        .set_dictionary_enabled(false);
    if let Some(first) = metadata.row_groups().first() {
        let rows = usize::try_from(first.num_rows()).unwrap_or(1 << 20).clamp(64 * 1024, 1 << 20);
        builder = builder.set_max_row_group_row_count(Some(rows));
        for column in first.columns() {
            if column.dictionary_page_offset().is_some() {
                builder =
                    builder.set_column_dictionary_enabled(ColumnPath::new(column.column_path().parts().to_vec()), true);
            }
        }
    }
    builder.build()
}

fn default_writer_properties() -> WriterProperties {
    WriterProperties::builder()
        .set_compression(Compression::ZSTD(ZstdLevel::try_new(1).expect("zstd level 1 is valid")))
        .set_statistics_enabled(EnabledStatistics::Chunk)
        .build()
}

enum Sink {
    /// A dry run: nothing is written.
    Discard,
    Parquet(ArrowWriter<BufWriter<File>>),
    Csv(arrow::csv::Writer<BufWriter<File>>),
    Jsonl(arrow::json::LineDelimitedWriter<BufWriter<File>>),
}

impl Sink {
    fn write(&mut self, batch: &RecordBatch) -> Result<(), String> {
        match self {
            Sink::Discard => Ok(()),
            Sink::Parquet(w) => w.write(batch).map_err(|e| e.to_string()),
            Sink::Csv(w) => w.write(batch).map_err(|e| e.to_string()),
            Sink::Jsonl(w) => w.write(batch).map_err(|e| e.to_string()),
        }
    }

    fn finish(self) -> Result<(), String> {
        match self {
            Sink::Discard => Ok(()),
            Sink::Parquet(w) => w.close().map(|_| ()).map_err(|e| e.to_string()),
            Sink::Csv(w) => {
                let mut inner = w.into_inner();
                std::io::Write::flush(&mut inner).map_err(|e| e.to_string())
            }
            Sink::Jsonl(mut w) => {
                w.finish().map_err(|e| e.to_string())?;
                let mut inner = w.into_inner();
                std::io::Write::flush(&mut inner).map_err(|e| e.to_string())
            }
        }
    }
}

fn filter_one(
    input: &Input,
    out_path: Option<&Path>,
    decider: &Decider,
    options: &FilterOptions,
    progress: &(dyn Fn(u64) + Sync),
) -> Result<FileReport, FilterError> {
    let (input_bytes, input_sha256) = sha256_file(&input.path)
        .map_err(|e| FilterError::Unreadable { file: input.path.clone(), message: e.to_string() })?;
    let deciding = [
        options.author_column.as_str(),
        options.kind_column.as_str(),
        options.mentions_column.as_str(),
        options.text_column.as_str(),
    ];
    let (schema, batches, props) = open_input(input, out_path.is_none().then_some(&deciding[..]))?;
    let columns = decider.columns(&input.path, &schema)?;
    let write_err =
        |message: String| FilterError::Write { file: out_path.map(Path::to_path_buf).unwrap_or_default(), message };
    let mut sink = match out_path {
        None => Sink::Discard,
        Some(out_path) => {
            let file = BufWriter::with_capacity(1 << 20, File::create(out_path).map_err(|e| write_err(e.to_string()))?);
            match options.format.unwrap_or(input.format) {
                Format::Parquet => Sink::Parquet(
                    ArrowWriter::try_new(file, schema.clone(), Some(props.unwrap_or_else(default_writer_properties)))
                        .map_err(|e| write_err(e.to_string()))?,
                ),
                Format::Csv => Sink::Csv(arrow::csv::WriterBuilder::new().with_header(true).build(file)),
                Format::Jsonl => Sink::Jsonl(arrow::json::LineDelimitedWriter::new(file)),
            }
        }
    };
    let mut report = FileReport {
        input: input.path.display().to_string(),
        input_bytes,
        input_sha256,
        output: input.output_name.clone(),
        ..FileReport::default()
    };
    for batch in batches {
        let batch = batch.map_err(|e| FilterError::Unreadable { file: input.path.clone(), message: e.to_string() })?;
        let decided = decider.decide(&batch, &columns);
        let batch_rows = batch.num_rows() as u64;
        report.rows_in += batch_rows;
        report.dropped_objector_content += decided.objector;
        report.dropped_private_message += decided.private;
        report.dropped_never_kind += decided.never_kind;
        report.dropped_mention += decided.mention;
        report.rows_redacted += decided.redacted;
        report.rows_mentions_redacted += decided.mentions_redacted;
        report.rows_text_redacted += decided.text_redacted;
        let batch = match decided.replaced {
            Some(replaced) => {
                let mut cols = batch.columns().to_vec();
                for (index, array) in replaced {
                    cols[index] = array;
                }
                RecordBatch::try_new(batch.schema(), cols).map_err(|e| write_err(e.to_string()))?
            }
            None => batch,
        };
        let kept = match decided.keep {
            Some(keep) => arrow::compute::filter_record_batch(&batch, &keep).map_err(|e| write_err(e.to_string()))?,
            None => batch,
        };
        report.rows_kept += kept.num_rows() as u64;
        if kept.num_rows() > 0 {
            sink.write(&kept).map_err(write_err)?;
        }
        progress(batch_rows);
    }
    if report.rows_kept == 0 {
        // An empty output still carries the schema (a CSV its header line).
        sink.write(&RecordBatch::new_empty(schema.clone())).map_err(write_err)?;
    }
    sink.finish().map_err(write_err)?;
    report.output_bytes = out_path.and_then(|p| std::fs::metadata(p).ok()).map(|m| m.len()).unwrap_or(0);
    Ok(report)
}

/// Where the deciding columns are in one file's schema.
struct Columns {
    author: usize,
    kind: usize,
    mentions: Option<usize>,
    text: Option<usize>,
}

struct Decided {
    keep: Option<BooleanArray>,
    objector: u64,
    private: u64,
    never_kind: u64,
    mention: u64,
    redacted: u64,
    mentions_redacted: u64,
    text_redacted: u64,
    replaced: Option<Vec<(usize, ArrayRef)>>,
}

struct Decider<'a> {
    excluded: &'a Excluded,
    never_kinds: Vec<String>,
    mentions: MentionsMode,
    options: &'a FilterOptions,
    handles: Vec<String>,
}

fn is_text(t: &DataType) -> bool {
    matches!(t, DataType::Utf8 | DataType::LargeUtf8 | DataType::Utf8View)
}

fn is_integer(t: &DataType) -> bool {
    t.is_integer()
}

impl<'a> Decider<'a> {
    fn new(excluded: &'a Excluded, options: &'a FilterOptions) -> Self {
        let mut never_kinds: Vec<String> = ALWAYS_DROPPED_KINDS.iter().map(|s| (*s).to_owned()).collect();
        for kind in &options.never_kinds {
            if !never_kinds.contains(kind) {
                never_kinds.push(kind.clone());
            }
        }
        let mut handles: Vec<String> =
            options.objector_handles.iter().map(|h| format!("@{}", h.trim_start_matches('@'))).collect();
        if options.mentions == MentionsMode::Redact {
            handles.extend(excluded.keys().map(|k| format!("@{k}")));
        }
        // Longest first, so "@ann" does not cut "@anna" short.
        handles.sort_by_key(|h| std::cmp::Reverse(h.len()));
        Decider { excluded, never_kinds, mentions: options.mentions, options, handles }
    }

    fn columns(&self, file: &Path, schema: &SchemaRef) -> Result<Columns, FilterError> {
        let find = |name: &str, flag: &'static str| {
            schema.index_of(name).map_err(|_| FilterError::MissingColumn {
                file: file.into(),
                column: name.into(),
                flag,
            })
        };
        let wrong = |name: &str, found: &DataType, expected: &'static str| FilterError::WrongType {
            file: file.into(),
            column: name.into(),
            found: found.to_string(),
            expected,
        };
        let o = self.options;
        if let Some(id) = &o.id_column {
            find(id, "id-column")?;
        }
        let author = find(&o.author_column, "author-column")?;
        let t = schema.field(author).data_type();
        if !(is_integer(t) || is_text(t)) {
            return Err(wrong(&o.author_column, t, "an integer or a string"));
        }
        let kind = find(&o.kind_column, "kind-column")?;
        let t = schema.field(kind).data_type();
        if !is_text(t) && !matches!(t, DataType::Dictionary(_, v) if is_text(v)) {
            return Err(wrong(&o.kind_column, t, "a string"));
        }
        let mentions = if self.mentions == MentionsMode::Keep {
            None
        } else {
            let index = find(&o.mentions_column, "mentions-column")?;
            let t = schema.field(index).data_type();
            let ok = match t {
                DataType::List(f) | DataType::LargeList(f) => is_integer(f.data_type()) || is_text(f.data_type()),
                t => is_text(t),
            };
            if !ok {
                return Err(wrong(&o.mentions_column, t, "a list of ids (or text of ids in CSV)"));
            }
            Some(index)
        };
        let text = if self.mentions == MentionsMode::Redact {
            schema.index_of(&o.text_column).ok().filter(|&i| is_text(schema.field(i).data_type()))
        } else {
            None
        };
        Ok(Columns { author, kind, mentions, text })
    }

    fn decide(&self, batch: &RecordBatch, columns: &Columns) -> Decided {
        let rows = batch.num_rows();
        let mut drop = vec![false; rows];
        let (mut objector, mut private, mut never_kind, mut mention) = (0u64, 0u64, 0u64, 0u64);
        let (mut redacted, mut mentions_redacted, mut text_redacted) = (0u64, 0u64, 0u64);

        // 1. The objector's own content, whatever its kind.
        let author = batch.column(columns.author);
        self.mark_authors(author, &mut drop);
        objector += drop.iter().filter(|d| **d).count() as u64;

        // 2. Private messages, always, and the kinds the run lists: each counted as itself.
        let kind = text_values(batch.column(columns.kind));
        for (row, d) in drop.iter_mut().enumerate() {
            if !*d && kind.is_valid(row) && self.never_kinds.iter().any(|k| k == kind.value(row)) {
                *d = true;
                if ALWAYS_DROPPED_KINDS.contains(&kind.value(row)) {
                    private += 1;
                } else {
                    never_kind += 1;
                }
            }
        }

        // 3. Mentions of objectors.
        let mut replaced = Vec::new();
        if let Some(index) = columns.mentions {
            let hits = self.mention_hits(batch.column(index));
            match self.mentions {
                MentionsMode::Exclude => {
                    for (row, d) in drop.iter_mut().enumerate() {
                        if !*d && hits[row] {
                            *d = true;
                            mention += 1;
                        }
                    }
                }
                MentionsMode::Redact => {
                    if hits.iter().any(|h| *h) {
                        replaced.push((index, self.redact_mentions(batch.column(index))));
                    }
                    let changed = match columns.text {
                        Some(text_index) => {
                            let (text, changed) = self.redact_text(batch.column(text_index), &drop);
                            if let Some(text) = text {
                                replaced.push((text_index, text));
                            }
                            changed
                        }
                        None => vec![false; rows],
                    };
                    for row in (0..rows).filter(|&row| !drop[row]) {
                        mentions_redacted += u64::from(hits[row]);
                        text_redacted += u64::from(changed[row]);
                        redacted += u64::from(hits[row] || changed[row]);
                    }
                }
                MentionsMode::Keep => {}
            }
        }
        let dropped = objector + private + never_kind + mention;
        let keep = (dropped > 0).then(|| BooleanArray::new(BooleanBuffer::from_iter(drop.iter().map(|d| !d)), None));
        Decided {
            keep,
            objector,
            private,
            never_kind,
            mention,
            redacted,
            mentions_redacted,
            text_redacted,
            replaced: (!replaced.is_empty()).then_some(replaced),
        }
    }

    fn mark_authors(&self, author: &ArrayRef, drop: &mut [bool]) {
        if is_integer(author.data_type()) {
            let ints = arrow::compute::cast(author, &DataType::Int64).expect("integers cast to Int64");
            let ints = ints.as_primitive::<Int64Type>();
            let values = ints.values();
            match ints.nulls() {
                None => {
                    for (d, &v) in drop.iter_mut().zip(values.iter()) {
                        *d = self.excluded.contains_int(v);
                    }
                }
                Some(nulls) => {
                    for (row, d) in drop.iter_mut().enumerate() {
                        *d = nulls.is_valid(row) && self.excluded.contains_int(values[row]);
                    }
                }
            }
        } else {
            let text = text_values(author);
            for (row, d) in drop.iter_mut().enumerate() {
                *d = text.is_valid(row) && self.excluded.contains_str(text.value(row));
            }
        }
    }

    /// For each row: does it mention an excluded subject?
    fn mention_hits(&self, mentions: &ArrayRef) -> Vec<bool> {
        match mentions.data_type() {
            DataType::List(_) => self.list_hits(mentions.as_list::<i32>()),
            DataType::LargeList(_) => self.list_hits(mentions.as_list::<i64>()),
            _ => {
                let text = text_values(mentions);
                (0..text.len())
                    .map(|row| text.is_valid(row) && id_tokens(text.value(row)).any(|t| self.excluded.contains_str(t)))
                    .collect()
            }
        }
    }

    fn list_hits<O: OffsetSizeTrait>(&self, list: &GenericListArray<O>) -> Vec<bool> {
        let offsets = list.value_offsets();
        let values = list.values();
        let hit: Vec<bool> = if is_integer(values.data_type()) {
            let ints = arrow::compute::cast(values, &DataType::Int64).expect("integers cast to Int64");
            let ints = ints.as_primitive::<Int64Type>();
            (0..ints.len()).map(|i| ints.is_valid(i) && self.excluded.contains_int(ints.value(i))).collect()
        } else {
            let text = text_values(values);
            (0..text.len()).map(|i| text.is_valid(i) && self.excluded.contains_str(text.value(i))).collect()
        };
        (0..list.len())
            .map(|row| {
                list.is_valid(row) && {
                    let (start, end) = (offsets[row].as_usize(), offsets[row + 1].as_usize());
                    hit[start..end].iter().any(|h| *h)
                }
            })
            .collect()
    }

    /// The mentions column without excluded subjects.
    fn redact_mentions(&self, mentions: &ArrayRef) -> ArrayRef {
        match mentions.data_type() {
            DataType::List(field) => self.redact_list(mentions.as_list::<i32>(), field.clone()),
            DataType::LargeList(field) => self.redact_list(mentions.as_list::<i64>(), field.clone()),
            _ => {
                let text = text_values(mentions);
                let out: StringArray = (0..text.len())
                    .map(|row| {
                        text.is_valid(row).then(|| {
                            let value = text.value(row);
                            let mut result = value.to_owned();
                            for token in id_tokens(value).filter(|t| self.excluded.contains_str(t)) {
                                result = remove_list_token(&result, token);
                            }
                            result
                        })
                    })
                    .collect();
                arrow::compute::cast(&(Arc::new(out) as ArrayRef), mentions.data_type()).expect("text casts back")
            }
        }
    }

    fn redact_list<O: OffsetSizeTrait>(&self, list: &GenericListArray<O>, field: Arc<Field>) -> ArrayRef {
        let values = list.values();
        let keep: Vec<bool> = if is_integer(values.data_type()) {
            let ints = arrow::compute::cast(values, &DataType::Int64).expect("integers cast to Int64");
            let ints = ints.as_primitive::<Int64Type>();
            (0..ints.len()).map(|i| !(ints.is_valid(i) && self.excluded.contains_int(ints.value(i)))).collect()
        } else {
            let text = text_values(values);
            (0..text.len()).map(|i| !(text.is_valid(i) && self.excluded.contains_str(text.value(i)))).collect()
        };
        let offsets = list.value_offsets();
        let mut new_offsets = Vec::with_capacity(list.len() + 1);
        new_offsets.push(O::usize_as(0));
        let mut total = 0usize;
        for row in 0..list.len() {
            let (start, end) = (offsets[row].as_usize(), offsets[row + 1].as_usize());
            total += keep[start..end].iter().filter(|k| **k).count();
            new_offsets.push(O::usize_as(total));
        }
        let mask = BooleanArray::new(BooleanBuffer::from_iter(keep), None);
        let new_values = arrow::compute::filter(values, &mask).expect("filter list values");
        Arc::new(GenericListArray::<O>::new(
            field,
            OffsetBuffer::new(new_offsets.into()),
            new_values,
            list.nulls().cloned(),
        ))
    }

    /// The text column with objectors' @handles removed; and which rows changed.
    fn redact_text(&self, text: &ArrayRef, dropped: &[bool]) -> (Option<ArrayRef>, Vec<bool>) {
        let values = text_values(text);
        let mut changed = vec![false; values.len()];
        if self.handles.is_empty() {
            return (None, changed);
        }
        let out: StringArray = (0..values.len())
            .map(|row| {
                if !values.is_valid(row) {
                    return None;
                }
                let value = values.value(row);
                if dropped[row] || !value.contains('@') {
                    return Some(value.to_owned());
                }
                let redacted = remove_handles(value, &self.handles);
                if redacted != value {
                    changed[row] = true;
                }
                Some(redacted)
            })
            .collect();
        if !changed.iter().any(|c| *c) {
            return (None, changed);
        }
        let array = arrow::compute::cast(&(Arc::new(out) as ArrayRef), text.data_type()).expect("text casts back");
        (Some(array), changed)
    }
}

/// Any text column as a `StringArray` (casting LargeUtf8, views and dictionaries).
fn text_values(array: &ArrayRef) -> StringArray {
    match array.data_type() {
        DataType::Utf8 => array.as_string::<i32>().clone(),
        _ => arrow::compute::cast(array, &DataType::Utf8).expect("text casts to Utf8").as_string::<i32>().clone(),
    }
}

/// The ids in a textual list such as `[1, 2]`, `1;2` or `["a","b"]`.
fn id_tokens(text: &str) -> impl Iterator<Item = &str> {
    text.split(|c: char| !(c.is_alphanumeric() || c == '_' || c == '-' || c == '.')).filter(|t| !t.is_empty())
}

fn remove_list_token(text: &str, token: &str) -> String {
    let parts: Vec<&str> = text
        .trim_matches(|c| c == '[' || c == ']')
        .split([',', ';'])
        .filter(|part| part.trim().trim_matches('"') != token)
        .collect();
    let sep = if text.contains(';') { ";" } else { "," };
    let joined = parts.iter().map(|p| p.trim()).collect::<Vec<_>>().join(sep);
    if text.trim_start().starts_with('[') { format!("[{joined}]") } else { joined }
}

/// Removes whole-word @handles (case-insensitively), so "@ann" leaves "@anna" alone.
fn remove_handles(text: &str, handles: &[String]) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    'scan: while let Some(at) = rest.find('@') {
        out.push_str(&rest[..at]);
        let candidate = &rest[at..];
        for handle in handles {
            if candidate.len() >= handle.len()
                && candidate.is_char_boundary(handle.len())
                && candidate[..handle.len()].eq_ignore_ascii_case(handle)
                && !candidate[handle.len()..].chars().next().is_some_and(|c| c.is_alphanumeric() || c == '_')
            {
                rest = &candidate[handle.len()..];
                continue 'scan;
            }
        }
        out.push('@');
        rest = &candidate[1..];
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn handles_are_removed_as_whole_words() {
        let handles = vec!["@anna".to_owned(), "@ann".to_owned()];
        assert_eq!(remove_handles("hi @ann and @annabel, @ANNA!", &handles), "hi  and @annabel, !");
        assert_eq!(remove_handles("mail a@b.c", &handles), "mail a@b.c");
    }

    #[test]
    fn textual_lists_lose_only_the_objector() {
        assert_eq!(remove_list_token("[1, 22, 3]", "22"), "[1,3]");
        assert_eq!(remove_list_token("1;2", "1"), "2");
        assert_eq!(id_tokens("[\"a\", \"b-c\"]").collect::<Vec<_>>(), ["a", "b-c"]);
    }
}
