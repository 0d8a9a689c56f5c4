//! `withhold audit verify` and `withhold audit export`: the audit log's hash chain checked in
//! the database or in an export, and the log written as JSON Lines for a regulator.

use std::io::{BufRead, Write};
use withhold_core::audit::{ChainBreak, ChainVerifier};
use withhold_store::{ExportedEntry, Store};

const PAGE: i64 = 5_000;

/// What verifying found.
#[derive(Debug)]
pub enum Verdict {
    Intact { entries: i64, head: String },
    Broken(ChainBreak),
}

/// Chains what is not chained yet (chaining only adds links; it cannot mend a broken one), then
/// checks every link from the first entry to the recorded head.
pub async fn verify_database(store: &Store) -> anyhow::Result<Verdict> {
    store.chain_audit_log().await?;
    let head = store.audit_head().await?;
    let mut verifier = ChainVerifier::new();
    let mut after = 0;
    loop {
        let page = store.chained_events(after, PAGE).await?;
        let Some(last) = page.last() else { break };
        after = last.seq;
        for event in &page {
            if let Err(broken) = verifier.check(&event.entry(), &event.hash) {
                return Ok(Verdict::Broken(broken));
            }
        }
    }
    Ok(match verifier.finish(head.seq, &head.hash) {
        Ok(entries) => Verdict::Intact { entries, head: head.hash },
        Err(broken) => Verdict::Broken(broken),
    })
}

/// Checks an export file. An export has no separate head: a file cut short at its end reads as
/// a shorter, intact log, so compare its last hash with a receipt or a later export.
pub fn verify_export(reader: impl BufRead) -> anyhow::Result<Verdict> {
    let mut verifier = ChainVerifier::new();
    for (number, line) in reader.lines().enumerate() {
        let line = line?;
        if line.trim().is_empty() {
            continue;
        }
        let entry: ExportedEntry = serde_json::from_str(&line)
            .map_err(|e| anyhow::anyhow!("line {} is not an audit entry: {e}", number + 1))?;
        if let Err(broken) = verifier.check(&entry.entry(), &entry.hash) {
            return Ok(Verdict::Broken(broken));
        }
    }
    Ok(Verdict::Intact { entries: verifier.last_seq(), head: verifier.last_hash().to_owned() })
}

/// Writes the whole chained log, oldest first, one JSON object per line; returns the count.
pub async fn export(store: &Store, out: &mut impl Write) -> anyhow::Result<i64> {
    store.chain_audit_log().await?;
    let mut after = 0;
    let mut count = 0;
    loop {
        let page = store.chained_events(after, PAGE).await?;
        let Some(last) = page.last() else { break };
        after = last.seq;
        for event in page {
            serde_json::to_writer(&mut *out, &ExportedEntry::from_event(event))?;
            out.write_all(b"\n")?;
            count += 1;
        }
    }
    out.flush()?;
    Ok(count)
}
