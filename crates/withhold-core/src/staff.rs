//! Staff members: names, roles and passwords (Argon2id, never stored or logged in the clear).

use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use argon2::{Algorithm, Argon2, Params, Version};
use rand::RngCore;
use rand::rngs::OsRng;
use std::fmt;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StaffRole {
    /// Reviews and decides objections.
    Reviewer,
    /// Also sees the audit log, exports and the dashboard.
    Admin,
}

impl StaffRole {
    pub fn as_str(self) -> &'static str {
        match self {
            StaffRole::Reviewer => "reviewer",
            StaffRole::Admin => "admin",
        }
    }

    pub fn parse(text: &str) -> Option<StaffRole> {
        match text {
            "reviewer" => Some(StaffRole::Reviewer),
            "admin" => Some(StaffRole::Admin),
            _ => None,
        }
    }
}

/// A staff login name: 1 to 64 of a-z, 0-9, '.', '_' and '-'.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StaffName(String);

impl StaffName {
    pub fn parse(raw: &str) -> Option<StaffName> {
        let name = raw.trim();
        let valid = !name.is_empty()
            && name.len() <= 64
            && name.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || "._-".contains(c));
        valid.then(|| StaffName(name.to_owned()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// A password as typed. Debug never shows it.
#[derive(Clone)]
pub struct Password(String);

impl fmt::Debug for Password {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Password(<redacted>)")
    }
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PasswordError {
    #[error("a password is at least 12 characters")]
    TooShort,
    #[error("a password is at most 256 characters")]
    TooLong,
}

impl Password {
    /// A new password being set: it must be long enough to resist guessing.
    pub fn new(raw: &str) -> Result<Password, PasswordError> {
        let raw = raw.trim_end_matches(['\r', '\n']);
        match raw.chars().count() {
            n if n < 12 => Err(PasswordError::TooShort),
            n if n > 256 => Err(PasswordError::TooLong),
            _ => Ok(Password(raw.to_owned())),
        }
    }

    /// A password presented at login (checked, not judged; overlong input is cut).
    pub fn presented(raw: &str) -> Password {
        Password(raw.chars().take(256).collect())
    }
}

fn argon2() -> Argon2<'static> {
    // OWASP's Argon2id recommendation: 19 MiB, 2 passes, 1 lane.
    Argon2::new(Algorithm::Argon2id, Version::V0x13, Params::new(19 * 1024, 2, 1, None).expect("valid parameters"))
}

/// The PHC string to store for `password`.
pub fn hash_password(password: &Password) -> String {
    let mut salt = [0u8; 16];
    OsRng.fill_bytes(&mut salt);
    let salt = SaltString::encode_b64(&salt).expect("16 bytes make a valid salt");
    argon2().hash_password(password.0.as_bytes(), &salt).expect("Argon2id hashes any password").to_string()
}

/// Whether `password` matches the stored PHC string.
pub fn verify_password(password: &Password, stored: &str) -> bool {
    PasswordHash::new(stored).is_ok_and(|hash| argon2().verify_password(password.0.as_bytes(), &hash).is_ok())
}

/// A hash no password matches, verified when the name is unknown so that a login takes as
/// long for a wrong name as for a wrong password.
pub fn decoy_hash() -> &'static str {
    static DECOY: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    DECOY.get_or_init(|| hash_password(&Password("decoy-password-never-matches".into())))
}

/// How failed staff sign-ins slow further tries. Failures are counted per account name tried
/// from one client address, and per client address whatever the name: after `free` failures,
/// each further try must wait, twice as long each time, up to `max`. There is deliberately no
/// lock on the account itself: whoever hammers a name would hold the lock, and the owner
/// signing in from their own address would be shut out. Guessing spread across many addresses
/// meets the per-address delays, the cost of Argon2id and the per-IP rate limit instead.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SignInThrottle {
    pub free: u32,
    pub base: std::time::Duration,
    pub max: std::time::Duration,
}

impl SignInThrottle {
    /// Per account name and client address: three tries, then 1 s, 2 s, 4 s … up to 15 minutes.
    pub const NAME_FROM_ADDRESS: SignInThrottle = SignInThrottle {
        free: 3,
        base: std::time::Duration::from_secs(1),
        max: std::time::Duration::from_secs(15 * 60),
    };
    /// Per client address, across names: ten tries, then the same growth.
    pub const ADDRESS: SignInThrottle = SignInThrottle {
        free: 10,
        base: std::time::Duration::from_secs(1),
        max: std::time::Duration::from_secs(15 * 60),
    };
    /// A count is forgotten after this long without a new failure.
    pub const FORGET_AFTER: std::time::Duration = std::time::Duration::from_secs(24 * 3600);

    /// How long after the last of `failures` the next try must wait.
    pub fn delay(&self, failures: i64) -> std::time::Duration {
        let over = failures.saturating_sub(i64::from(self.free));
        if over < 0 {
            return std::time::Duration::ZERO;
        }
        let doublings = u32::try_from(over.min(31)).unwrap_or(31);
        self.base.saturating_mul(2u32.saturating_pow(doublings)).min(self.max)
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn sign_in_delays_grow_after_the_free_tries_and_stop_at_the_maximum() {
        use super::SignInThrottle;
        use std::time::Duration;
        let t = SignInThrottle::NAME_FROM_ADDRESS;
        assert_eq!(t.delay(0), Duration::ZERO);
        assert_eq!(t.delay(2), Duration::ZERO);
        assert_eq!(t.delay(3), Duration::from_secs(1));
        assert_eq!(t.delay(4), Duration::from_secs(2));
        assert_eq!(t.delay(6), Duration::from_secs(8));
        assert_eq!(t.delay(40), Duration::from_secs(900));
        assert_eq!(t.delay(i64::MAX), Duration::from_secs(900));
        assert_eq!(SignInThrottle::ADDRESS.delay(9), Duration::ZERO);
    }

    use super::*;

    #[test]
    fn passwords_are_argon2id_salted_and_verified() {
        let password = Password::new("correct horse battery").unwrap();
        let a = hash_password(&password);
        let b = hash_password(&password);
        assert!(a.starts_with("$argon2id$v=19$m=19456,t=2,p=1$"), "{a}");
        assert_ne!(a, b, "salted");
        assert!(verify_password(&password, &a));
        assert!(!verify_password(&Password::presented("correct horse battery!"), &a));
        assert!(!verify_password(&password, "not a hash"));
        assert!(!verify_password(&password, decoy_hash()));
        assert!(matches!(Password::new("short"), Err(PasswordError::TooShort)));
        assert_eq!(format!("{password:?}"), "Password(<redacted>)");
    }

    #[test]
    fn names_and_roles() {
        assert!(StaffName::parse("alice.smith").is_some());
        assert!(StaffName::parse("Alice").is_none());
        assert!(StaffName::parse("").is_none());
        assert!(StaffName::parse("a b").is_none());
        assert_eq!(StaffRole::parse("admin"), Some(StaffRole::Admin));
        assert_eq!(StaffRole::parse("root"), None);
    }
}
