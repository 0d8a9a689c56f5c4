//! Signed decision receipts.
//!
//! Every decision email carries a receipt: what was decided about which objection, when, under
//! which rule, signed with the operator's Ed25519 key. The person can later prove what was
//! decided and when, and anyone holding the operator's public key (served at
//! `/.well-known/withhold-receipt-key`) can check it.
//!
//! The signature covers the exact bytes of `payload` (base64url of the receipt's JSON), so no
//! JSON canonicalization is needed; `receipt` repeats it readably and must match it.

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use ed25519_dalek::{Signature, Signer, SigningKey, VerifyingKey};
use serde::{Deserialize, Serialize};
use std::fmt;

/// What a receipt attests.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Receipt {
    /// Always "withhold-receipt/v1".
    pub format: String,
    pub issuer: String,
    pub objection_id: String,
    /// The address the objection was confirmed from (the receipt goes only to it).
    pub subject_email: String,
    /// honored, declined or withdrawn.
    pub decision: String,
    /// When it was decided (RFC 3339, UTC).
    pub decided_at: String,
    /// From when the objection restricts processing (honored), RFC 3339.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub effective_from: Option<String>,
    pub jurisdiction: String,
    pub rule: String,
    pub legal_basis: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
}

pub const RECEIPT_FORMAT: &str = "withhold-receipt/v1";

/// A receipt as attached to an email and checked by `withhold receipt verify`.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct SignedReceipt {
    pub receipt: Receipt,
    /// base64url (no padding) of the receipt's JSON: the signed bytes.
    pub payload: String,
    /// base64url (no padding) Ed25519 signature over `payload`'s bytes.
    pub signature: String,
    /// The signer's public key, hex; trust it only if it is the operator's published key.
    pub public_key: String,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ReceiptError {
    #[error("this is not a Withhold receipt: {0}")]
    Malformed(String),
    #[error("the receipt was signed with key {found}, not the operator's key {expected}")]
    WrongKey { found: String, expected: String },
    #[error("the signature does not match: the receipt was changed after it was signed")]
    BadSignature,
    #[error("the readable copy of the receipt differs from what was signed")]
    CopyDiffers,
}

/// The operator's receipt signing key.
#[derive(Clone)]
pub struct ReceiptSigner(SigningKey);

impl fmt::Debug for ReceiptSigner {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "ReceiptSigner(public {})", self.public_key_hex())
    }
}

impl ReceiptSigner {
    pub(crate) fn from_seed(seed: &[u8; 32]) -> ReceiptSigner {
        ReceiptSigner(SigningKey::from_bytes(seed))
    }

    pub fn public_key_hex(&self) -> String {
        hex::encode(self.0.verifying_key().as_bytes())
    }

    pub fn sign(&self, receipt: Receipt) -> SignedReceipt {
        let json = serde_json::to_vec(&receipt).expect("a receipt serializes");
        let payload = URL_SAFE_NO_PAD.encode(&json);
        let signature = self.0.sign(payload.as_bytes());
        SignedReceipt {
            receipt,
            payload,
            signature: URL_SAFE_NO_PAD.encode(signature.to_bytes()),
            public_key: self.public_key_hex(),
        }
    }
}

/// Parses a public key given as 64 hex characters.
pub fn parse_public_key(hex_text: &str) -> Result<VerifyingKey, ReceiptError> {
    let bytes: [u8; 32] = hex::decode(hex_text.trim())
        .ok()
        .and_then(|b| b.try_into().ok())
        .ok_or_else(|| ReceiptError::Malformed("a public key is 64 hexadecimal characters".into()))?;
    VerifyingKey::from_bytes(&bytes).map_err(|_| ReceiptError::Malformed("not an Ed25519 public key".into()))
}

impl SignedReceipt {
    /// Checks the signature against `trusted` (the operator's published key) and returns what
    /// was signed.
    pub fn verify(&self, trusted: &VerifyingKey) -> Result<Receipt, ReceiptError> {
        let expected = hex::encode(trusted.as_bytes());
        if !self.public_key.trim().eq_ignore_ascii_case(&expected) {
            return Err(ReceiptError::WrongKey { found: self.public_key.clone(), expected });
        }
        let signature: [u8; 64] = URL_SAFE_NO_PAD
            .decode(self.signature.trim())
            .ok()
            .and_then(|b| b.try_into().ok())
            .ok_or_else(|| ReceiptError::Malformed("the signature is not 64 bytes of base64url".into()))?;
        trusted
            .verify_strict(self.payload.as_bytes(), &Signature::from_bytes(&signature))
            .map_err(|_| ReceiptError::BadSignature)?;
        let json = URL_SAFE_NO_PAD
            .decode(self.payload.trim())
            .map_err(|_| ReceiptError::Malformed("the payload is not base64url".into()))?;
        let signed: Receipt =
            serde_json::from_slice(&json).map_err(|e| ReceiptError::Malformed(format!("the payload: {e}")))?;
        if signed.format != RECEIPT_FORMAT {
            return Err(ReceiptError::Malformed(format!("unknown format {:?}", signed.format)));
        }
        if signed != self.receipt {
            return Err(ReceiptError::CopyDiffers);
        }
        Ok(signed)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Keys, SecretKey};

    fn receipt() -> Receipt {
        Receipt {
            format: RECEIPT_FORMAT.into(),
            issuer: "Example Social".into(),
            objection_id: "obj_1".into(),
            subject_email: "jane@example.com".into(),
            decision: "honored".into(),
            decided_at: "2026-11-23T10:00:00+00:00".into(),
            effective_from: Some("2026-11-23T09:59:00+00:00".into()),
            jurisdiction: "eu-gdpr".into(),
            rule: "eu-gdpr/auto-honor".into(),
            legal_basis: "GDPR Art. 21(1)".into(),
            reason: None,
        }
    }

    #[test]
    fn a_signed_receipt_verifies_with_the_operators_key_only() {
        let signer = Keys::derive(&SecretKey::from_hex(&"11".repeat(32)).unwrap()).receipt_signer();
        let other = Keys::derive(&SecretKey::from_hex(&"22".repeat(32)).unwrap()).receipt_signer();
        let signed = signer.sign(receipt());
        let key = parse_public_key(&signer.public_key_hex()).unwrap();
        assert_eq!(signed.verify(&key), Ok(receipt()));
        let other_key = parse_public_key(&other.public_key_hex()).unwrap();
        assert!(matches!(signed.verify(&other_key), Err(ReceiptError::WrongKey { .. })));
        // A forger who swaps in their own key and signature is caught by the key check.
        let forged = other.sign(Receipt { decision: "declined".into(), ..receipt() });
        assert!(matches!(forged.verify(&key), Err(ReceiptError::WrongKey { .. })));
    }

    #[test]
    fn changes_after_signing_are_caught() {
        let signer = Keys::derive(&SecretKey::from_hex(&"11".repeat(32)).unwrap()).receipt_signer();
        let key = parse_public_key(&signer.public_key_hex()).unwrap();
        let signed = signer.sign(receipt());
        let mut copy_changed = signed.clone();
        copy_changed.receipt.decided_at = "2026-12-31T00:00:00+00:00".into();
        assert_eq!(copy_changed.verify(&key), Err(ReceiptError::CopyDiffers));
        let mut payload_changed = signed.clone();
        let json = serde_json::to_vec(&Receipt { decision: "declined".into(), ..receipt() }).unwrap();
        payload_changed.payload = URL_SAFE_NO_PAD.encode(json);
        assert_eq!(payload_changed.verify(&key), Err(ReceiptError::BadSignature));
    }

    #[test]
    fn the_signing_key_is_derived_not_random() {
        let master = SecretKey::from_hex(&"33".repeat(32)).unwrap();
        assert_eq!(
            Keys::derive(&master).receipt_signer().public_key_hex(),
            Keys::derive(&master).receipt_signer().public_key_hex()
        );
    }
}
