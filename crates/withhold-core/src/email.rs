//! Email addresses, checked against RFC 5321 lengths and a conservative syntax.

use std::fmt;

/// An email address a message can be delivered to.
///
/// The local part keeps the case the person typed (some servers honour it); the domain is
/// lowercased. [`EmailAddress::normalized`] gives the form used to recognise the same person.
#[derive(Clone, PartialEq, Eq)]
pub struct EmailAddress(String);

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum EmailError {
    #[error("enter your email address")]
    Missing,
    #[error("an email address is at most 254 characters long")]
    TooLong,
    #[error("an email address needs an @ between the name and the domain, like name@example.com")]
    MissingAt,
    #[error("the part before the @ is at most 64 characters long")]
    LocalPartTooLong,
    #[error("the part before the @ has a character or dot that email addresses cannot use")]
    InvalidLocalPart,
    #[error("the part after the @ is not a valid domain, like example.com")]
    InvalidDomain,
}

/// RFC 5321 4.5.3.1: a path is at most 256 octets including the angle brackets.
const MAX_ADDRESS_LEN: usize = 254;
const MAX_LOCAL_LEN: usize = 64;
const MAX_LABEL_LEN: usize = 63;

impl EmailAddress {
    pub fn parse(raw: &str) -> Result<Self, EmailError> {
        let trimmed = raw.trim();
        if trimmed.is_empty() {
            return Err(EmailError::Missing);
        }
        if trimmed.len() > MAX_ADDRESS_LEN {
            return Err(EmailError::TooLong);
        }
        let (local, domain) = trimmed.rsplit_once('@').ok_or(EmailError::MissingAt)?;
        if local.is_empty() {
            return Err(EmailError::InvalidLocalPart);
        }
        if local.len() > MAX_LOCAL_LEN {
            return Err(EmailError::LocalPartTooLong);
        }
        if !is_dot_atom(local) {
            return Err(EmailError::InvalidLocalPart);
        }
        let domain = domain.to_ascii_lowercase();
        if !is_domain(&domain) {
            return Err(EmailError::InvalidDomain);
        }
        Ok(EmailAddress(format!("{local}@{domain}")))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The form that identifies a mailbox for matching: the whole address lowercased.
    pub fn normalized(&self) -> String {
        self.0.to_lowercase()
    }

    /// A masked form safe to show on a page: `j•••@example.com`.
    pub fn masked(&self) -> String {
        let (local, domain) = self.0.rsplit_once('@').unwrap_or((&self.0, ""));
        let first: String = local.chars().take(1).collect();
        format!("{first}•••@{domain}")
    }
}

impl fmt::Debug for EmailAddress {
    // Addresses must never reach logs, even through a derived Debug.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("EmailAddress(<redacted>)")
    }
}

fn is_atext(c: char) -> bool {
    c.is_ascii_alphanumeric()
        || "!#$%&'*+/=?^_`{|}~-".contains(c)
        || (!c.is_ascii() && !c.is_control() && !c.is_whitespace())
}

fn is_dot_atom(local: &str) -> bool {
    local.split('.').all(|atom| !atom.is_empty() && atom.chars().all(is_atext))
}

fn is_domain(domain: &str) -> bool {
    let labels: Vec<&str> = domain.split('.').collect();
    if labels.len() < 2 {
        return false;
    }
    let label_ok = |label: &&str| {
        !label.is_empty()
            && label.len() <= MAX_LABEL_LEN
            && label.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
            && !label.starts_with('-')
            && !label.ends_with('-')
    };
    let tld = labels[labels.len() - 1];
    labels.iter().all(label_ok) && !tld.chars().all(|c| c.is_ascii_digit())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts_ordinary_addresses() {
        for ok in ["a@example.com", "first.last+tag@sub.example.co.uk", "o'neil@example.ie", "ü@example.de"] {
            assert!(EmailAddress::parse(ok).is_ok(), "{ok}");
        }
    }

    #[test]
    fn lowercases_domain_and_normalizes() {
        let e = EmailAddress::parse("  Jane.Doe@Example.COM ").unwrap();
        assert_eq!(e.as_str(), "Jane.Doe@example.com");
        assert_eq!(e.normalized(), "jane.doe@example.com");
        assert_eq!(e.masked(), "J•••@example.com");
    }

    #[test]
    fn rejects_bad_addresses_with_a_reason() {
        use EmailError::*;
        let cases = [
            ("", Missing),
            ("janeexample.com", MissingAt),
            ("@example.com", InvalidLocalPart),
            ("jane..doe@example.com", InvalidLocalPart),
            (".jane@example.com", InvalidLocalPart),
            ("ja ne@example.com", InvalidLocalPart),
            ("jane@localhost", InvalidDomain),
            ("jane@-example.com", InvalidDomain),
            ("jane@example.123", InvalidDomain),
            ("jane@exa_mple.com", InvalidDomain),
            ("jane@example.com\r\nBcc: x@y.z", InvalidLocalPart),
            ("jane@exa\r\nmple.com", InvalidDomain),
        ];
        for (raw, want) in cases {
            assert_eq!(EmailAddress::parse(raw), Err(want), "{raw:?}");
        }
    }

    #[test]
    fn enforces_rfc_5321_lengths() {
        let local64 = "a".repeat(64);
        assert!(EmailAddress::parse(&format!("{local64}@example.com")).is_ok());
        assert_eq!(EmailAddress::parse(&format!("a{local64}@example.com")), Err(EmailError::LocalPartTooLong));
        let label = "b".repeat(63);
        let long = format!("a@{label}.{label}.{label}.{label}.com");
        assert!(long.len() > 254);
        assert_eq!(EmailAddress::parse(&long), Err(EmailError::TooLong));
        let label64 = "c".repeat(64);
        assert_eq!(EmailAddress::parse(&format!("a@{label64}.com")), Err(EmailError::InvalidDomain));
    }

    #[test]
    fn debug_never_shows_the_address() {
        let e = EmailAddress::parse("secret@example.com").unwrap();
        assert!(!format!("{e:?}").contains("secret"));
    }
}
