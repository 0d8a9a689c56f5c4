//! The audit log's hash chain.
//!
//! Every audit entry, once chained, carries a sequence number (1, 2, 3, … with no gaps) and a
//! SHA-256 hash over the previous entry's hash and its own content. Changing, removing or
//! reordering any chained entry breaks every link from there on, and the chain head (the last
//! sequence number and hash) is kept separately so that removing entries from the end shows too.
//!
//! The hash input is documented here so a regulator can check an export without our code:
//! SHA-256 over `"withhold-audit/v1"` followed by each field as an 8-byte big-endian length and
//! its UTF-8 bytes, in this order: previous hash (hex), seq, event id, objection id ("" if none),
//! at (ms since the epoch), actor, kind, from status (""), to status (""), detail (JSON text).

use sha2::{Digest, Sha256};

/// The "previous hash" of the first entry.
pub const GENESIS_HASH: &str = "0000000000000000000000000000000000000000000000000000000000000000";

/// The content of one audit entry, as it is hashed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ChainEntry<'a> {
    pub seq: i64,
    pub event_id: i64,
    pub objection_id: Option<&'a str>,
    pub at: i64,
    pub actor: &'a str,
    pub kind: &'a str,
    pub from_status: Option<&'a str>,
    pub to_status: Option<&'a str>,
    pub detail: &'a str,
}

/// The hash of `entry` chained to the entry before it, whose hash is `previous`.
pub fn link_hash(previous: &str, entry: &ChainEntry<'_>) -> String {
    let mut hasher = Sha256::new();
    hasher.update(b"withhold-audit/v1");
    let seq = entry.seq.to_string();
    let event_id = entry.event_id.to_string();
    let at = entry.at.to_string();
    let fields: [&str; 10] = [
        previous,
        &seq,
        &event_id,
        entry.objection_id.unwrap_or(""),
        &at,
        entry.actor,
        entry.kind,
        entry.from_status.unwrap_or(""),
        entry.to_status.unwrap_or(""),
        entry.detail,
    ];
    for field in fields {
        hasher.update((field.len() as u64).to_be_bytes());
        hasher.update(field.as_bytes());
    }
    hex::encode(hasher.finalize())
}

/// Why the chain does not hold, at the first entry where it stops holding.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ChainBreak {
    #[error("entry {found} follows entry {expected_after}: entries are missing or out of order")]
    Gap { expected_after: i64, found: i64 },
    #[error("entry {seq} (event {event_id}) does not match its hash: it was changed, or an entry before it was")]
    HashMismatch { seq: i64, event_id: i64 },
    #[error(
        "the chain ends at entry {last_seq} but its recorded head is entry {head_seq}: entries were removed or the head was changed"
    )]
    HeadMismatch { last_seq: i64, head_seq: i64 },
}

impl ChainBreak {
    /// The sequence number of the first entry that cannot be trusted.
    pub fn first_broken_seq(&self) -> i64 {
        match self {
            ChainBreak::Gap { expected_after, .. } => expected_after + 1,
            ChainBreak::HashMismatch { seq, .. } => *seq,
            ChainBreak::HeadMismatch { last_seq, head_seq } => (*last_seq).min(*head_seq) + 1,
        }
    }
}

/// Checks entries one at a time, in sequence order, so a log of any length is verified in
/// constant memory.
#[derive(Debug, Clone)]
pub struct ChainVerifier {
    last_seq: i64,
    last_hash: String,
}

impl Default for ChainVerifier {
    fn default() -> Self {
        ChainVerifier { last_seq: 0, last_hash: GENESIS_HASH.to_owned() }
    }
}

impl ChainVerifier {
    pub fn new() -> ChainVerifier {
        ChainVerifier::default()
    }

    /// Checks the next entry and its stored hash.
    pub fn check(&mut self, entry: &ChainEntry<'_>, stored_hash: &str) -> Result<(), ChainBreak> {
        if entry.seq != self.last_seq + 1 {
            return Err(ChainBreak::Gap { expected_after: self.last_seq, found: entry.seq });
        }
        let computed = link_hash(&self.last_hash, entry);
        if computed != stored_hash {
            return Err(ChainBreak::HashMismatch { seq: entry.seq, event_id: entry.event_id });
        }
        self.last_seq = entry.seq;
        self.last_hash = computed;
        Ok(())
    }

    /// After the last entry: the chain must end where its head says it does.
    pub fn finish(&self, head_seq: i64, head_hash: &str) -> Result<i64, ChainBreak> {
        if head_seq != self.last_seq || head_hash != self.last_hash {
            return Err(ChainBreak::HeadMismatch { last_seq: self.last_seq, head_seq });
        }
        Ok(self.last_seq)
    }

    pub fn last_seq(&self) -> i64 {
        self.last_seq
    }

    pub fn last_hash(&self) -> &str {
        &self.last_hash
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(seq: i64, detail: &str) -> ChainEntry<'_> {
        ChainEntry {
            seq,
            event_id: seq * 10,
            objection_id: Some("obj"),
            at: 1_700_000_000_000 + seq,
            actor: "system",
            kind: "verified",
            from_status: Some("pending_verification"),
            to_status: Some("verified"),
            detail,
        }
    }

    fn chain(details: &[&'static str]) -> Vec<(ChainEntry<'static>, String)> {
        let mut previous = GENESIS_HASH.to_owned();
        details
            .iter()
            .enumerate()
            .map(|(i, d)| {
                let e = entry(i as i64 + 1, d);
                previous = link_hash(&previous, &e);
                (e, previous.clone())
            })
            .collect()
    }

    #[test]
    fn an_intact_chain_verifies_to_its_head() {
        let entries = chain(&["{}", "{\"a\":1}", "{}"]);
        let mut verifier = ChainVerifier::new();
        for (e, h) in &entries {
            verifier.check(e, h).unwrap();
        }
        assert_eq!(verifier.finish(3, &entries[2].1), Ok(3));
    }

    #[test]
    fn a_changed_entry_breaks_at_that_entry() {
        let entries = chain(&["{}", "{\"a\":1}", "{}"]);
        let mut verifier = ChainVerifier::new();
        verifier.check(&entries[0].0, &entries[0].1).unwrap();
        let tampered = ChainEntry { detail: "{\"a\":2}", ..entries[1].0 };
        let broken = verifier.check(&tampered, &entries[1].1).unwrap_err();
        assert_eq!(broken, ChainBreak::HashMismatch { seq: 2, event_id: 20 });
        assert_eq!(broken.first_broken_seq(), 2);
    }

    #[test]
    fn a_removed_entry_is_a_gap_and_a_removed_tail_misses_the_head() {
        let entries = chain(&["{}", "{}", "{}"]);
        let mut verifier = ChainVerifier::new();
        verifier.check(&entries[0].0, &entries[0].1).unwrap();
        assert_eq!(verifier.check(&entries[2].0, &entries[2].1), Err(ChainBreak::Gap { expected_after: 1, found: 3 }));
        let mut verifier = ChainVerifier::new();
        verifier.check(&entries[0].0, &entries[0].1).unwrap();
        verifier.check(&entries[1].0, &entries[1].1).unwrap();
        assert_eq!(verifier.finish(3, &entries[2].1), Err(ChainBreak::HeadMismatch { last_seq: 2, head_seq: 3 }));
    }

    #[test]
    fn every_field_is_covered_and_fields_cannot_shift() {
        let base = entry(1, "{}");
        let h = link_hash(GENESIS_HASH, &base);
        let variants = [
            ChainEntry { objection_id: None, ..base },
            ChainEntry { at: base.at + 1, ..base },
            ChainEntry { actor: "staff:ann", ..base },
            ChainEntry { kind: "honored", ..base },
            ChainEntry { from_status: None, ..base },
            ChainEntry { to_status: None, ..base },
            ChainEntry { event_id: 11, ..base },
            ChainEntry { actor: "syste", kind: "mverified", ..base },
        ];
        for v in variants {
            assert_ne!(link_hash(GENESIS_HASH, &v), h, "{v:?}");
        }
        assert_ne!(link_hash(&"1".repeat(64), &base), h);
    }
}
