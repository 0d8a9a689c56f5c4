//! The delivery journal: closes most of the gap between "the SMTP server accepted the message"
//! and "the outbox says it was sent".
//!
//! SMTP has no idempotency: if the process dies after the server's `250` and before the outbox
//! row is marked sent, the message would be sent again after a restart. Marking the row is a
//! database transaction, which under load can wait for other writers for milliseconds; the
//! journal line is one `write(2)` made right after the `250`. The kernel keeps it when the
//! process is killed, and the next worker to start marks every journaled message sent before it
//! delivers anything. The remaining window (between the server's reply and that write) is
//! microseconds; a message caught in it is resent under the same Message-ID, so mail clients
//! show it once.

use std::fs::{File, OpenOptions};
use std::io::{Read, Seek, Write};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

/// Past this size the journal is emptied, once every line in it is also in the database.
const COMPACT_AT_BYTES: u64 = 64 * 1024;

#[derive(Debug, Clone)]
pub struct DeliveryJournal {
    path: PathBuf,
    file: Arc<Mutex<File>>,
}

impl DeliveryJournal {
    pub fn open(path: impl Into<PathBuf>) -> std::io::Result<DeliveryJournal> {
        let path = path.into();
        let mut options = OpenOptions::new();
        options.create(true).read(true).append(true);
        #[cfg(unix)]
        std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
        let file = options.open(&path)?;
        Ok(DeliveryJournal { path, file: Arc::new(Mutex::new(file)) })
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Notes that the server accepted outbox message `id`.
    pub fn record(&self, id: i64) -> std::io::Result<()> {
        let mut file = self.file.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        // One write call per line: a kill leaves whole lines (or an unparsable tail, ignored).
        file.write_all(format!("{id}\n").as_bytes())
    }

    /// The ids journaled and not yet known to be marked in the database.
    pub fn recorded(&self) -> std::io::Result<Vec<i64>> {
        let mut file = self.file.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        file.rewind()?;
        let mut text = String::new();
        file.read_to_string(&mut text)?;
        // Only whole lines count: a torn "42\n" must not be read as id 4.
        Ok(text
            .split_inclusive('\n')
            .filter(|line| line.ends_with('\n'))
            .filter_map(|line| line.trim().parse().ok())
            .collect())
    }

    /// Empties the journal. Only call when every recorded id is marked sent in the database.
    pub fn clear(&self) -> std::io::Result<()> {
        let file = self.file.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        file.set_len(0)
    }

    /// Empties the journal if it has grown large; same precondition as [`clear`](Self::clear).
    pub fn compact(&self) -> std::io::Result<()> {
        let len = self.file.lock().unwrap_or_else(|poisoned| poisoned.into_inner()).metadata()?.len();
        if len > COMPACT_AT_BYTES { self.clear() } else { Ok(()) }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn records_survive_reopening_and_clear_empties() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("journal");
        let journal = DeliveryJournal::open(&path).unwrap();
        journal.record(7).unwrap();
        journal.record(42).unwrap();
        drop(journal);
        // A torn last line (the process died mid-write) is ignored.
        std::fs::OpenOptions::new().append(true).open(&path).unwrap().write_all(b"4").unwrap();
        let reopened = DeliveryJournal::open(&path).unwrap();
        assert_eq!(reopened.recorded().unwrap(), vec![7, 42]);
        reopened.clear().unwrap();
        assert!(reopened.recorded().unwrap().is_empty());
        reopened.record(9).unwrap();
        assert_eq!(reopened.recorded().unwrap(), vec![9]);
    }
}
