//! Any bytes as an accounts file, CSV and JSONL: every row is a stored row or a reason, and a
//! reason never quotes an address from the file (rows carry addresses; reasons are printed).
#![no_main]
use libfuzzer_sys::fuzz_target;
use withhold_core::email::EmailError;
use withhold_core::{Keys, SecretKey};

const EMAIL_ERRORS: [EmailError; 6] = [
    EmailError::Missing,
    EmailError::TooLong,
    EmailError::MissingAt,
    EmailError::LocalPartTooLong,
    EmailError::InvalidLocalPart,
    EmailError::InvalidDomain,
];
use withhold_service::accounts::{ImportFormat, parse_rows};

fuzz_target!(|data: &[u8]| {
    let keys = Keys::derive(&SecretKey::from_hex(&"ab".repeat(32)).unwrap());
    let now = chrono::Utc::now();
    for format in [ImportFormat::Csv, ImportFormat::Jsonl] {
        for (_, row) in parse_rows(data, format, &keys, now) {
            if let Err(reason) = row {
                // Besides the email messages' own wording, no reason contains an '@'.
                let mut own_words = reason.clone();
                for e in EMAIL_ERRORS {
                    own_words = own_words.replace(&e.to_string(), "");
                }
                assert!(!own_words.contains('@'), "the reason {reason:?} quotes the input");
            }
        }
    }
});
