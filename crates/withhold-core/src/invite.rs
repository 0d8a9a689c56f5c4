//! Personal links in notice emails: a signed, expiring token that names one imported account,
//! so the form can open filled in for that person and the objection is bound to the account.
//!
//! The token is `PAYLOAD.MAC`, both base64url: the payload is JSON (account id, campaign,
//! expiry in Unix seconds), the MAC is HMAC-SHA256 under a key derived for this purpose only.
//! Nothing secret is in the payload; the MAC stops anyone from naming another account.

use crate::Keys;
use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use serde::{Deserialize, Serialize};
use subtle::ConstantTimeEq;

/// Longest token accepted, so a hostile query string costs nothing to refuse.
const MAX_TOKEN_LEN: usize = 1_024;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Invite {
    #[serde(rename = "a")]
    pub account_id: String,
    #[serde(rename = "c")]
    pub campaign: String,
    /// Unix seconds after which the link no longer fills in the form.
    #[serde(rename = "e")]
    pub expires_at: i64,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum InviteError {
    #[error("the link is not one of ours, or was changed")]
    Invalid,
    #[error("the link has expired")]
    Expired,
}

impl Invite {
    pub fn sign(&self, keys: &Keys) -> String {
        let payload = URL_SAFE_NO_PAD.encode(serde_json::to_vec(self).expect("an invite serializes"));
        let mac = URL_SAFE_NO_PAD.encode(keys.invite_mac(&payload));
        format!("{payload}.{mac}")
    }

    /// The invite a token names, if its MAC is ours and it has not expired at `now` (Unix s).
    pub fn open(token: &str, keys: &Keys, now: i64) -> Result<Invite, InviteError> {
        if token.len() > MAX_TOKEN_LEN {
            return Err(InviteError::Invalid);
        }
        let (payload, mac) = token.split_once('.').ok_or(InviteError::Invalid)?;
        let presented = URL_SAFE_NO_PAD.decode(mac).map_err(|_| InviteError::Invalid)?;
        if !bool::from(keys.invite_mac(payload).as_slice().ct_eq(&presented)) {
            return Err(InviteError::Invalid);
        }
        let json = URL_SAFE_NO_PAD.decode(payload).map_err(|_| InviteError::Invalid)?;
        let invite: Invite = serde_json::from_slice(&json).map_err(|_| InviteError::Invalid)?;
        if now >= invite.expires_at {
            return Err(InviteError::Expired);
        }
        Ok(invite)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::SecretKey;

    fn keys() -> Keys {
        Keys::derive(&SecretKey::from_hex(&"42".repeat(32)).unwrap())
    }

    fn invite() -> Invite {
        Invite { account_id: "u-17".into(), campaign: "launch".into(), expires_at: 2_000 }
    }

    #[test]
    fn a_signed_link_opens_until_it_expires() {
        let token = invite().sign(&keys());
        assert_eq!(Invite::open(&token, &keys(), 1_999), Ok(invite()));
        assert_eq!(Invite::open(&token, &keys(), 2_000), Err(InviteError::Expired));
    }

    #[test]
    fn a_changed_or_foreign_link_does_not() {
        let token = invite().sign(&keys());
        let (payload, mac) = token.split_once('.').unwrap();
        let other = Invite { account_id: "u-18".into(), ..invite() };
        let forged_payload = URL_SAFE_NO_PAD.encode(serde_json::to_vec(&other).unwrap());
        assert_eq!(Invite::open(&format!("{forged_payload}.{mac}"), &keys(), 0), Err(InviteError::Invalid));
        assert_eq!(Invite::open(payload, &keys(), 0), Err(InviteError::Invalid));
        let foreign = Keys::derive(&SecretKey::from_hex(&"43".repeat(32)).unwrap());
        assert_eq!(Invite::open(&token, &foreign, 0), Err(InviteError::Invalid));
        assert_eq!(Invite::open(&"x".repeat(5_000), &keys(), 0), Err(InviteError::Invalid));
    }
}
