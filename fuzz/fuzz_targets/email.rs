//! Any text: parsing never panics, and what it accepts is safe to use: no line break can
//! reach a mail header, normalizing is stable, masking shows one character of the local part.
#![no_main]
use libfuzzer_sys::fuzz_target;
use withhold_core::EmailAddress;

fuzz_target!(|text: &str| {
    if let Ok(email) = EmailAddress::parse(text) {
        assert!(!email.as_str().chars().any(|c| c.is_control() || c.is_whitespace()), "{:?}", email.as_str());
        let normalized = email.normalized();
        assert_eq!(normalized.to_lowercase(), normalized);
        let (local, domain) = email.as_str().rsplit_once('@').unwrap();
        let first: String = local.chars().take(1).collect();
        assert_eq!(email.masked(), format!("{first}•••@{domain}"));
        assert!(lettre::Address::try_from(email.as_str().to_owned()).is_ok() || !email.as_str().is_ascii());
    }
});
