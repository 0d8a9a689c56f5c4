//! Any text as a policy file: an error or a policy that answers for every country.
#![no_main]
use libfuzzer_sys::fuzz_target;
use withhold_core::{CountryCode, Policy};

fuzz_target!(|text: &str| {
    if let Ok(policy) = Policy::from_toml(text) {
        for country in CountryCode::all() {
            let _ = policy.jurisdiction_for(country);
        }
    }
});
