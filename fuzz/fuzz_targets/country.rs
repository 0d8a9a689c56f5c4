//! Any text: parsing never panics; an accepted code round-trips and has a name.
#![no_main]
use libfuzzer_sys::fuzz_target;
use withhold_core::CountryCode;

fuzz_target!(|text: &str| {
    if let Ok(country) = CountryCode::parse(text) {
        assert_eq!(CountryCode::parse(country.as_str()).unwrap(), country);
        assert!(!country.name().is_empty());
    }
});
