//! Enforcement: the exclusion registry (who is excluded from AI training as of a time) and the
//! dataset filter that removes objectors' content from Parquet, CSV and JSONL files.
//! No web stack here: the binary's `export` and `filter` commands drive it.

pub mod filter;
pub mod format;
pub mod manifest;
pub mod registry;
pub mod snapshot;
pub mod subjects;

pub use filter::{FilterError, FilterOptions, FilterReport, MentionsMode, filter_files};
pub use format::Format;
pub use registry::{Excluded, KeyType, Registry, RegistryEntry, RegistryError};

/// The IETF AI-preferences vocabulary's category for AI training.
pub const CATEGORY_TRAIN_AI: &str = "train-ai";
