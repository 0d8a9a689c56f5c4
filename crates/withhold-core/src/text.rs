//! The free text a person writes, bounded so that nothing unbounded reaches storage.

/// Why a piece of free text was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum TextError {
    #[error("this is required in your country: tell us how the processing affects you")]
    Required,
    #[error("this is {actual} characters long; the limit is {max}")]
    TooLong { max: usize, actual: usize },
}

macro_rules! bounded_text {
    ($(#[$doc:meta])* $name:ident, $max:expr) => {
        $(#[$doc])*
        #[derive(Clone, PartialEq, Eq)]
        pub struct $name(String);

        impl $name {
            pub const MAX_CHARS: usize = $max;

            /// Empty (after trimming) means "not given".
            pub fn parse(raw: &str) -> Result<Option<Self>, TextError> {
                let trimmed = raw.trim();
                if trimmed.is_empty() {
                    return Ok(None);
                }
                let actual = trimmed.chars().count();
                if actual > Self::MAX_CHARS {
                    return Err(TextError::TooLong { max: Self::MAX_CHARS, actual });
                }
                Ok(Some($name(trimmed.to_owned())))
            }

            pub fn as_str(&self) -> &str {
                &self.0
            }
        }

        impl std::fmt::Debug for $name {
            // People's own words must never reach logs.
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                write!(f, "{}(<{} chars redacted>)", stringify!($name), self.0.chars().count())
            }
        }
    };
}

bounded_text!(
    /// "How does this processing affect you?"
    Impact,
    5_000
);
bounded_text!(
    /// "Anything else you'd like us to know?"
    Details,
    10_000
);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn empty_is_not_given() {
        assert_eq!(Impact::parse("   \n").unwrap(), None);
    }

    #[test]
    fn counts_characters_not_bytes() {
        let exactly = "é".repeat(Impact::MAX_CHARS);
        assert!(Impact::parse(&exactly).unwrap().is_some());
        let over = "é".repeat(Impact::MAX_CHARS + 1);
        assert_eq!(Impact::parse(&over), Err(TextError::TooLong { max: 5_000, actual: 5_001 }));
        assert!(Details::parse(&"x".repeat(10_000)).unwrap().is_some());
        assert!(Details::parse(&"x".repeat(10_001)).is_err());
    }
}
