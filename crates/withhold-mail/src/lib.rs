//! Email: rendering the messages people receive, and delivering them from the outbox.
//!
//! Messages are rendered when the change that causes them is committed, sealed with the
//! operator's key and stored in the outbox in the same transaction. The [`worker`] delivers
//! them over SMTP or into a folder of `.eml` files, marks one sent only after the server took
//! it, retries with exponential backoff and keeps what never went out as a visible dead letter.

pub mod journal;
pub mod render;
pub mod transport;
pub mod worker;

pub use journal::DeliveryJournal;
pub use render::{MailKind, Rendered, Sender};
pub use transport::{DeliveryError, Transport};
pub use worker::{MailWorker, RetryPolicy};

/// Replaces anything that looks like an email address, so that server replies can be stored
/// and logged ("550 <jane@example.com>: no such user").
pub fn redact_addresses(text: &str) -> String {
    text.split_inclusive(|c: char| c.is_whitespace() || c == '<' || c == '>' || c == ',' || c == ';')
        .map(|piece| {
            let core =
                piece.trim_end_matches(|c: char| c.is_whitespace() || c == '<' || c == '>' || c == ',' || c == ';');
            if core.contains('@') { piece.replacen(core, "[address]", 1) } else { piece.to_owned() }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    #[test]
    fn redacts_addresses_in_server_replies() {
        let r = super::redact_addresses("550 5.1.1 <jane.doe@example.com>: Recipient rejected, also bob@x.org; ok");
        assert_eq!(r, "550 5.1.1 <[address]>: Recipient rejected, also [address]; ok");
        assert!(!super::redact_addresses("to: a@b.c").contains("a@b.c"));
    }
}
