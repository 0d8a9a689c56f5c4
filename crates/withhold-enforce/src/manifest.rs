//! `manifest.json`: what a filter run read, which registry it applied and what it did, so an
//! operator can prove that a dataset honored every objection in effect when it was built.

use crate::filter::{FilterOptions, FilterReport};
use serde::Serialize;

#[derive(Debug, Serialize)]
pub struct Manifest<'a> {
    pub tool: &'static str,
    pub tool_version: &'static str,
    pub created_at: String,
    pub as_of: String,
    pub registry: RegistryInfo,
    pub options: &'a FilterOptions,
    pub inputs: Vec<InputInfo>,
    pub rows_in: u64,
    pub rows_kept: u64,
    pub rows_dropped: RowsDropped,
    pub rows_redacted: u64,
    /// With `--mentions redact`: where the objectors' @handles came from and what was removed.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub redaction: Option<Redaction>,
    /// Whether the run is in an audit log, and whose.
    pub audit_log: String,
    pub duration_ms: u128,
}

#[derive(Debug, Serialize)]
pub struct Redaction {
    /// "accounts directory (database)", "registry file (exported --with-handles)".
    pub handles_source: String,
    /// How many objectors' @handles were looked for in the text.
    pub handles: usize,
    pub rows_mentions_redacted: u64,
    pub rows_text_redacted: u64,
}

#[derive(Debug, Serialize)]
pub struct RegistryInfo {
    /// Where the registry came from: an export file's path, or "database".
    pub source: String,
    pub version: i64,
    pub sha256: String,
    pub category: String,
    pub subjects_excluded: usize,
}

#[derive(Debug, Serialize)]
pub struct InputInfo {
    pub path: String,
    pub bytes: u64,
    pub sha256: String,
    pub output: String,
    pub output_bytes: u64,
    pub rows_in: u64,
    pub rows_kept: u64,
}

#[derive(Debug, Serialize)]
pub struct RowsDropped {
    pub objector_content: u64,
    pub private_message: u64,
    /// Kinds listed with `--never-kinds`.
    pub never_kind: u64,
    pub mention: u64,
}

impl<'a> Manifest<'a> {
    pub fn new(
        as_of: String,
        registry: RegistryInfo,
        options: &'a FilterOptions,
        report: &FilterReport,
        duration_ms: u128,
    ) -> Manifest<'a> {
        let redaction = (options.mentions == crate::MentionsMode::Redact).then(|| Redaction {
            handles_source: String::new(),
            handles: options.objector_handles.len(),
            rows_mentions_redacted: report.total(|f| f.rows_mentions_redacted),
            rows_text_redacted: report.total(|f| f.rows_text_redacted),
        });
        Manifest {
            tool: "withhold filter",
            tool_version: env!("CARGO_PKG_VERSION"),
            created_at: chrono::Utc::now().to_rfc3339(),
            as_of,
            registry,
            options,
            inputs: report
                .files
                .iter()
                .map(|f| InputInfo {
                    path: f.input.clone(),
                    bytes: f.input_bytes,
                    sha256: f.input_sha256.clone(),
                    output: f.output.clone(),
                    output_bytes: f.output_bytes,
                    rows_in: f.rows_in,
                    rows_kept: f.rows_kept,
                })
                .collect(),
            rows_in: report.total(|f| f.rows_in),
            rows_kept: report.total(|f| f.rows_kept),
            rows_dropped: RowsDropped {
                objector_content: report.total(|f| f.dropped_objector_content),
                private_message: report.total(|f| f.dropped_private_message),
                never_kind: report.total(|f| f.dropped_never_kind),
                mention: report.total(|f| f.dropped_mention),
            },
            rows_redacted: report.total(|f| f.rows_redacted),
            redaction,
            audit_log: String::new(),
            duration_ms,
        }
    }
}
