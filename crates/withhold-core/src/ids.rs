//! Identifiers.

use std::fmt;

/// An objection's public identifier: a random UUID, unguessable and safe to put in a URL.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct ObjectionId(uuid::Uuid);

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("not an objection id")]
pub struct InvalidObjectionId;

impl ObjectionId {
    pub fn new_random() -> Self {
        ObjectionId(uuid::Uuid::new_v4())
    }

    pub fn parse(raw: &str) -> Result<Self, InvalidObjectionId> {
        uuid::Uuid::try_parse(raw).map(ObjectionId).map_err(|_| InvalidObjectionId)
    }
}

impl fmt::Display for ObjectionId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.hyphenated().fmt(f)
    }
}
