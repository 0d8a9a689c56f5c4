//! Signing webhook events, so a receiver can tell an event came from this operator, unchanged,
//! and recently.
//!
//! The `Withhold-Signature` header is `t=UNIX_SECONDS,v1=HEX` where `HEX` is
//! HMAC-SHA256(secret, "UNIX_SECONDS." + body). The timestamp is inside the MAC, so a captured
//! request cannot be replayed later with a new time; receivers reject old timestamps.

use hmac::{Hmac, Mac};
use sha2::Sha256;
use std::fmt;

pub const SIGNATURE_HEADER: &str = "Withhold-Signature";

/// A webhook endpoint's shared secret (at least 16 bytes, as configured).
#[derive(Clone)]
pub struct WebhookSecret(Vec<u8>);

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("a webhook secret must be at least 16 characters")]
pub struct WeakWebhookSecret;

impl WebhookSecret {
    pub fn parse(raw: &str) -> Result<WebhookSecret, WeakWebhookSecret> {
        if raw.trim().len() < 16 {
            return Err(WeakWebhookSecret);
        }
        Ok(WebhookSecret(raw.trim().as_bytes().to_vec()))
    }

    fn mac(&self, timestamp: i64, body: &[u8]) -> Hmac<Sha256> {
        let mut mac = Hmac::<Sha256>::new_from_slice(&self.0).expect("HMAC takes keys of any length");
        mac.update(timestamp.to_string().as_bytes());
        mac.update(b".");
        mac.update(body);
        mac
    }

    /// The header value for `body` sent at `timestamp` (Unix seconds).
    pub fn sign(&self, timestamp: i64, body: &[u8]) -> String {
        format!("t={timestamp},v1={}", hex::encode(self.mac(timestamp, body).finalize().into_bytes()))
    }

    /// Checks a received header against the body, accepting timestamps within `tolerance_secs`
    /// of `now` (Unix seconds).
    pub fn verify(&self, header: &str, body: &[u8], now: i64, tolerance_secs: i64) -> Result<(), BadSignature> {
        let mut timestamp = None;
        let mut signatures = Vec::new();
        for part in header.split(',') {
            match part.trim().split_once('=') {
                Some(("t", value)) => timestamp = value.parse::<i64>().ok(),
                Some(("v1", value)) => signatures.push(hex::decode(value).map_err(|_| BadSignature::Malformed)?),
                _ => {}
            }
        }
        let timestamp = timestamp.ok_or(BadSignature::Malformed)?;
        if signatures.is_empty() {
            return Err(BadSignature::Malformed);
        }
        if (now - timestamp).abs() > tolerance_secs {
            return Err(BadSignature::Stale);
        }
        // Constant-time comparison, inside verify_slice.
        if signatures.iter().any(|signature| self.mac(timestamp, body).verify_slice(signature).is_ok()) {
            Ok(())
        } else {
            Err(BadSignature::Mismatch)
        }
    }
}

impl fmt::Debug for WebhookSecret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("WebhookSecret(..)")
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum BadSignature {
    #[error("the signature header is malformed")]
    Malformed,
    #[error("the signature's timestamp is too old or in the future")]
    Stale,
    #[error("the signature does not match the body")]
    Mismatch,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn secret() -> WebhookSecret {
        WebhookSecret::parse("a-long-shared-secret").unwrap()
    }

    #[test]
    fn a_signed_body_verifies() {
        let header = secret().sign(1_700_000_000, b"{\"a\":1}");
        assert_eq!(secret().verify(&header, b"{\"a\":1}", 1_700_000_010, 300), Ok(()));
    }

    #[test]
    fn a_changed_body_time_or_secret_does_not() {
        let header = secret().sign(1_700_000_000, b"{\"a\":1}");
        assert_eq!(secret().verify(&header, b"{\"a\":2}", 1_700_000_000, 300), Err(BadSignature::Mismatch));
        assert_eq!(secret().verify(&header, b"{\"a\":1}", 1_700_000_400, 300), Err(BadSignature::Stale));
        let replayed = header.replace("t=1700000000", "t=1700000300");
        assert_eq!(secret().verify(&replayed, b"{\"a\":1}", 1_700_000_300, 300), Err(BadSignature::Mismatch));
        let other = WebhookSecret::parse("another-long-secret").unwrap();
        assert_eq!(other.verify(&header, b"{\"a\":1}", 1_700_000_000, 300), Err(BadSignature::Mismatch));
        assert_eq!(secret().verify("v1=zz", b"", 0, 300), Err(BadSignature::Malformed));
    }

    #[test]
    fn short_secrets_are_refused() {
        assert!(WebhookSecret::parse("short").is_err());
    }
}
