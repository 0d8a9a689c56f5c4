//! Any bytes as the body of a form POST, decoded as the web layer does, then parsed by the
//! policy: a submission or a list of field errors, each naming a real field.
#![no_main]
use libfuzzer_sys::fuzz_target;
use std::sync::LazyLock;
use withhold_core::Policy;
use withhold_service::{RawSubmission, parse_submission};

static POLICY: LazyLock<Policy> = LazyLock::new(Policy::shipped);

fuzz_target!(|data: &[u8]| {
    let policy = &*POLICY;
    if let Ok(raw) = serde_urlencoded::from_bytes::<RawSubmission>(data) {
        match parse_submission(&raw, policy) {
            Ok(submission) => assert!(policy.jurisdiction_for(submission.country).available),
            Err(errors) => {
                assert!(!errors.is_empty());
                for e in errors {
                    assert!(["country", "email", "impact", "details"].contains(&e.field));
                }
            }
        }
    }
});
