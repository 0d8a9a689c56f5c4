//! Answers "may I train on this subject's content?" at machine speed: an in-memory index of the
//! whole registry history, keyed by subject, rebuilt whenever the registry version moves.
//!
//! Every lookup first reads the current registry version (one indexed row); if it moved, the
//! index is rebuilt before answering, so an answer is never older than the last committed
//! change. Concurrent lookups share one rebuild.

use crate::CATEGORY_TRAIN_AI;
use crate::registry::{KeyType, RegistryEntry};
use crate::snapshot::snapshot;
use rustc_hash::FxHashMap;
use std::sync::{Arc, RwLock};
use withhold_store::{Store, StoreError};

/// One subject's answer as of a time.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SubjectStatus {
    pub excluded: bool,
    /// When the exclusion in effect began (µs since the epoch).
    pub since: Option<i64>,
}

/// The registry's whole history, as of one registry version.
#[derive(Debug, Default)]
pub struct SubjectIndex {
    version: i64,
    /// Every entry, in the registry's canonical order (for streaming exports).
    entries: Vec<RegistryEntry>,
    /// Subject key → the entries' (effective_from, effective_until), for account keys.
    periods: FxHashMap<String, Vec<(i64, Option<i64>)>>,
}

impl SubjectIndex {
    pub async fn load(store: &Store) -> Result<SubjectIndex, StoreError> {
        // As of the end of time: every entry, with its end if it ended.
        let snapshot = snapshot(store, i64::MAX).await?;
        let entries = snapshot.registry.entries().to_vec();
        let mut periods: FxHashMap<String, Vec<(i64, Option<i64>)>> = FxHashMap::default();
        for e in &entries {
            if e.key_type == KeyType::Account && e.category == CATEGORY_TRAIN_AI {
                periods.entry(e.subject_key.clone()).or_default().push((e.effective_from, e.effective_until));
            }
        }
        Ok(SubjectIndex { version: snapshot.registry.version(), entries, periods })
    }

    pub fn version(&self) -> i64 {
        self.version
    }

    /// Whether content by account `key` is excluded from AI training as of `as_of` (µs).
    pub fn check(&self, key: &str, as_of: i64) -> SubjectStatus {
        let since = self.periods.get(key).and_then(|periods| {
            periods
                .iter()
                .filter(|(from, until)| *from <= as_of && until.is_none_or(|u| u > as_of))
                .map(|(from, _)| *from)
                .min()
        });
        SubjectStatus { excluded: since.is_some(), since }
    }

    /// The registry as a `withhold export` taken at `as_of` would hold it, entry by entry.
    pub fn entries_as_of(&self, as_of: i64) -> impl Iterator<Item = RegistryEntry> + '_ {
        self.entries.iter().filter(move |e| e.effective_from <= as_of).map(move |e| RegistryEntry {
            effective_until: e.effective_until.filter(|&until| until <= as_of),
            ..e.clone()
        })
    }

    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }
}

/// The shared, self-refreshing index.
#[derive(Debug)]
pub struct SubjectChecker {
    store: Store,
    current: RwLock<Arc<SubjectIndex>>,
    rebuild: tokio::sync::Mutex<()>,
}

impl SubjectChecker {
    pub fn new(store: Store) -> SubjectChecker {
        // Version -1 never matches, so the first lookup builds the index.
        let empty = SubjectIndex { version: -1, ..SubjectIndex::default() };
        SubjectChecker { store, current: RwLock::new(Arc::new(empty)), rebuild: tokio::sync::Mutex::new(()) }
    }

    fn cached(&self) -> Arc<SubjectIndex> {
        self.current.read().unwrap_or_else(|poisoned| poisoned.into_inner()).clone()
    }

    /// The index for the registry as it is now.
    pub async fn index(&self) -> Result<Arc<SubjectIndex>, StoreError> {
        let version = self.store.registry_version().await?;
        let cached = self.cached();
        if cached.version == version {
            return Ok(cached);
        }
        let _one_rebuild = self.rebuild.lock().await;
        let cached = self.cached();
        if cached.version >= version {
            return Ok(cached);
        }
        let fresh = Arc::new(SubjectIndex::load(&self.store).await?);
        *self.current.write().unwrap_or_else(|poisoned| poisoned.into_inner()) = fresh.clone();
        tracing::info!(version = fresh.version, entries = fresh.len(), "subject index rebuilt");
        Ok(fresh)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn index(periods: &[(&str, i64, Option<i64>)]) -> SubjectIndex {
        let mut map: FxHashMap<String, Vec<(i64, Option<i64>)>> = FxHashMap::default();
        for (k, from, until) in periods {
            map.entry((*k).to_owned()).or_default().push((*from, *until));
        }
        SubjectIndex { version: 1, entries: Vec::new(), periods: map }
    }

    #[test]
    fn excluded_from_start_until_end_exclusive_and_again_after_a_new_objection() {
        let idx = index(&[("7", 100, Some(200)), ("7", 300, None)]);
        assert_eq!(idx.check("7", 99), SubjectStatus { excluded: false, since: None });
        assert_eq!(idx.check("7", 100), SubjectStatus { excluded: true, since: Some(100) });
        assert!(!idx.check("7", 200).excluded);
        assert_eq!(idx.check("7", 300), SubjectStatus { excluded: true, since: Some(300) });
        assert!(!idx.check("8", 300).excluded);
    }
}
