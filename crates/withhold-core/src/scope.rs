//! What an integration API token may do.

use std::fmt;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ApiScope {
    /// Read the exclusion registry.
    RegistryRead,
    /// Ask whether subjects are excluded.
    SubjectsRead,
    /// Create and update accounts in the directory.
    AccountsWrite,
    /// Decide objections that await a person's decision.
    ObjectionsWrite,
}

pub const ALL_SCOPES: [ApiScope; 4] =
    [ApiScope::RegistryRead, ApiScope::SubjectsRead, ApiScope::AccountsWrite, ApiScope::ObjectionsWrite];

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown scope {0:?} (use registry:read, subjects:read, accounts:write or objections:write)")]
pub struct UnknownScope(pub String);

impl ApiScope {
    pub fn as_str(self) -> &'static str {
        match self {
            ApiScope::RegistryRead => "registry:read",
            ApiScope::SubjectsRead => "subjects:read",
            ApiScope::AccountsWrite => "accounts:write",
            ApiScope::ObjectionsWrite => "objections:write",
        }
    }

    pub fn parse(text: &str) -> Result<ApiScope, UnknownScope> {
        ALL_SCOPES.into_iter().find(|s| s.as_str() == text.trim()).ok_or_else(|| UnknownScope(text.trim().to_owned()))
    }

    /// Scopes as stored: space-separated, each once, in a fixed order.
    pub fn join(scopes: &[ApiScope]) -> String {
        let mut sorted = scopes.to_vec();
        sorted.sort();
        sorted.dedup();
        sorted.iter().map(|s| s.as_str()).collect::<Vec<_>>().join(" ")
    }

    /// Stored scopes back; unknown words (from a newer version) grant nothing.
    pub fn split(stored: &str) -> Vec<ApiScope> {
        stored.split_whitespace().filter_map(|s| ApiScope::parse(s).ok()).collect()
    }
}

impl fmt::Display for ApiScope {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scopes_round_trip_and_unknown_ones_grant_nothing() {
        for s in ALL_SCOPES {
            assert_eq!(ApiScope::parse(s.as_str()), Ok(s));
        }
        assert!(ApiScope::parse("registry:write").is_err());
        let stored = ApiScope::join(&[ApiScope::SubjectsRead, ApiScope::RegistryRead, ApiScope::SubjectsRead]);
        assert_eq!(stored, "registry:read subjects:read");
        assert_eq!(ApiScope::split("subjects:read admin:all"), vec![ApiScope::SubjectsRead]);
    }
}
