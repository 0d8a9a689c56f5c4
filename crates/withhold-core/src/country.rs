//! ISO 3166-1 alpha-2 country codes.

use crate::countries_data::COUNTRIES;
use std::fmt;

/// A country of residence, as an ISO 3166-1 alpha-2 code that exists.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct CountryCode([u8; 2]);

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum CountryError {
    #[error("choose your country of residence")]
    Missing,
    #[error("that is not a country code we know (ISO 3166-1 alpha-2)")]
    Unknown,
}

impl CountryCode {
    pub fn parse(raw: &str) -> Result<Self, CountryError> {
        let raw = raw.trim();
        if raw.is_empty() {
            return Err(CountryError::Missing);
        }
        let upper = raw.to_ascii_uppercase();
        COUNTRIES
            .iter()
            .find(|(code, _)| *code == upper)
            .map(|(code, _)| {
                let bytes = code.as_bytes();
                CountryCode([bytes[0], bytes[1]])
            })
            .ok_or(CountryError::Unknown)
    }

    pub fn as_str(&self) -> &str {
        // Only constructed from the ASCII table above.
        std::str::from_utf8(&self.0).unwrap_or("??")
    }

    /// The English short name.
    pub fn name(&self) -> &'static str {
        COUNTRIES.iter().find(|(code, _)| code.as_bytes() == self.0).map(|(_, name)| *name).unwrap_or("Unknown")
    }

    /// Every country, ordered by code.
    pub fn all() -> impl Iterator<Item = CountryCode> {
        COUNTRIES.iter().map(|(code, _)| {
            let bytes = code.as_bytes();
            CountryCode([bytes[0], bytes[1]])
        })
    }
}

impl fmt::Display for CountryCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_known_codes_case_insensitively() {
        assert_eq!(CountryCode::parse("de").unwrap().as_str(), "DE");
        assert_eq!(CountryCode::parse(" GB ").unwrap().name(), "United Kingdom");
    }

    #[test]
    fn rejects_unknown_and_missing() {
        assert_eq!(CountryCode::parse("XX"), Err(CountryError::Unknown));
        assert_eq!(CountryCode::parse("DEU"), Err(CountryError::Unknown));
        assert_eq!(CountryCode::parse(""), Err(CountryError::Missing));
    }

    #[test]
    fn lists_every_country() {
        assert_eq!(CountryCode::all().count(), 249);
    }
}
