//! A registry snapshot from the live database: every objection that restricted processing,
//! keyed by the keyed hash of its mailbox and by every account of that mailbox, whether the
//! account was imported before or after the decision.

use crate::CATEGORY_TRAIN_AI;
use crate::registry::{KeyType, Registry, RegistryEntry};
use std::collections::{BTreeMap, BTreeSet};
use withhold_store::{Store, StoreError};

/// The registry as of `as_of` (µs since the epoch), and the @handles of the accounts it
/// excludes at that time (for `--mentions redact`).
#[derive(Debug, Clone)]
pub struct Snapshot {
    pub registry: Registry,
    pub handles: Vec<String>,
    /// The same handles as registry entries (`key_type` handle), for an export made
    /// `--with-handles`.
    pub handle_entries: Vec<RegistryEntry>,
}

impl Snapshot {
    /// The registry with the objectors' handles in it, for `withhold export --with-handles`.
    pub fn registry_with_handles(&self) -> Registry {
        let mut entries = self.registry.entries().to_vec();
        entries.extend(self.handle_entries.iter().cloned());
        Registry::from_entries(entries)
    }
}

pub async fn snapshot(store: &Store, as_of: i64) -> Result<Snapshot, StoreError> {
    let (version, rows) = store.registry_rows().await?;
    let mut entries: BTreeSet<RegistryEntry> = BTreeSet::new();
    let mut handles: BTreeMap<String, ()> = BTreeMap::new();
    let mut handle_entries: BTreeSet<RegistryEntry> = BTreeSet::new();
    for row in rows {
        let Some(verified_ms) = row.verified_at else { continue };
        let effective_from = verified_ms.saturating_mul(1000);
        if effective_from > as_of {
            continue;
        }
        let ended = matches!(row.status.as_str(), "declined" | "withdrawn");
        let effective_until =
            row.ended_at.filter(|_| ended).map(|ms| ms.saturating_mul(1000)).filter(|&until| until <= as_of);
        let entry = |subject_key: String, key_type: KeyType| RegistryEntry {
            subject_key,
            key_type,
            category: CATEGORY_TRAIN_AI.to_owned(),
            effective_from,
            effective_until,
            registry_version: version,
        };
        entries.insert(entry(row.email_key.clone(), KeyType::EmailHmac));
        if let Some(account) = row.account_id {
            if effective_until.is_none() {
                let list: Vec<String> =
                    row.handles.as_deref().and_then(|h| serde_json::from_str(h).ok()).unwrap_or_default();
                for handle in list {
                    handle_entries.insert(entry(handle.clone(), KeyType::Handle));
                    handles.insert(handle, ());
                }
            }
            entries.insert(entry(account, KeyType::Account));
        }
    }
    Ok(Snapshot {
        registry: Registry::from_entries(entries.into_iter().collect()),
        handles: handles.into_keys().collect(),
        handle_entries: handle_entries.into_iter().collect(),
    })
}
