//! Keyed secrets: the operator's master key and what is derived from it.
//!
//! Nothing secret is stored in the clear: codes and access tokens are kept as HMACs,
//! addresses are matched by an HMAC of their normalized form, and the address and free text a
//! person gave are sealed with an AEAD so a copy of the database alone reveals nothing.

use base64::Engine;
use base64::engine::general_purpose::{STANDARD, URL_SAFE_NO_PAD};
use chacha20poly1305::aead::{Aead, KeyInit, Payload};
use chacha20poly1305::{XChaCha20Poly1305, XNonce};
use hmac::{Hmac, Mac};
use rand::rngs::OsRng;
use rand::{Rng, RngCore};
use sha2::Sha256;
use std::fmt;
use subtle::ConstantTimeEq;

type HmacSha256 = Hmac<Sha256>;

/// Where failed staff sign-ins are counted: per account name tried from one client address,
/// and per client address; `name` finds every count of one name (to unlock it).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SignInKeys {
    pub name_from_address: String,
    pub address: String,
    pub name: String,
}

/// The operator's 32-byte master key.
#[derive(Clone)]
pub struct SecretKey([u8; 32]);

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("a secret key is 64 hexadecimal characters (32 bytes)")]
pub struct InvalidSecretKey;

impl SecretKey {
    pub fn generate() -> SecretKey {
        let mut bytes = [0u8; 32];
        OsRng.fill_bytes(&mut bytes);
        SecretKey(bytes)
    }

    pub fn from_hex(text: &str) -> Result<SecretKey, InvalidSecretKey> {
        let bytes = hex::decode(text.trim()).map_err(|_| InvalidSecretKey)?;
        let bytes: [u8; 32] = bytes.try_into().map_err(|_| InvalidSecretKey)?;
        Ok(SecretKey(bytes))
    }

    pub fn to_hex(&self) -> String {
        hex::encode(self.0)
    }

    /// What a database records of the key it was initialized with, so that a command run with
    /// another key is refused instead of quietly failing to open what is stored: a keyed hash of
    /// a fixed label, which says nothing about the key itself.
    pub fn fingerprint(&self) -> String {
        hex::encode(&mac(&self.0, &[b"withhold key fingerprint v1"])[..16])
    }
}

impl fmt::Debug for SecretKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("SecretKey(<redacted>)")
    }
}

/// Purpose-bound keys derived from the master key, so that no two uses share a key.
#[derive(Clone)]
pub struct Keys {
    code: [u8; 32],
    token: [u8; 32],
    csrf: [u8; 32],
    email: [u8; 32],
    seal: [u8; 32],
    receipt: [u8; 32],
    api: [u8; 32],
    invite: [u8; 32],
}

impl fmt::Debug for Keys {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Keys(<redacted>)")
    }
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("sealed data could not be opened (wrong key or tampered)")]
pub struct SealError;

fn mac(key: &[u8], parts: &[&[u8]]) -> [u8; 32] {
    let mut m = <HmacSha256 as Mac>::new_from_slice(key).expect("HMAC takes keys of any length");
    for part in parts {
        // Length-prefix each part so that ("ab","c") and ("a","bc") differ.
        m.update(&(part.len() as u64).to_be_bytes());
        m.update(part);
    }
    m.finalize().into_bytes().into()
}

impl Keys {
    pub fn derive(master: &SecretKey) -> Keys {
        let sub = |label: &str| mac(&master.0, &[b"withhold/v1", label.as_bytes()]);
        Keys {
            code: sub("verification-code"),
            token: sub("access-token"),
            csrf: sub("csrf"),
            email: sub("email-key"),
            seal: sub("seal"),
            receipt: sub("receipt-signing"),
            api: sub("api-token"),
            invite: sub("invite-link"),
        }
    }

    /// The MAC that signs a personal notice link's payload (see [`crate::invite`]).
    pub fn invite_mac(&self, payload: &str) -> [u8; 32] {
        mac(&self.invite, &[payload.as_bytes()])
    }

    /// The stored form of an integration API token; tokens are looked up by this value.
    pub fn api_token_hash(&self, presented: &str) -> String {
        hex::encode(mac(&self.api, &[presented.as_bytes()]))
    }

    /// The Ed25519 key decision receipts are signed with; its public half is published.
    pub fn receipt_signer(&self) -> crate::receipt::ReceiptSigner {
        crate::receipt::ReceiptSigner::from_seed(&self.receipt)
    }

    /// The stored form of a verification code, bound to what it was issued for: the mailbox
    /// (its email key), whose requests awaiting confirmation share one code. (Codes issued
    /// before that were bound to one objection id; they are still accepted while they live.)
    pub fn code_hash(&self, bound_to: &str, code: &VerificationCode) -> String {
        hex::encode(mac(&self.code, &[bound_to.as_bytes(), code.0.as_bytes()]))
    }

    /// Constant-time comparison of an entered code with the stored hash.
    pub fn code_matches(&self, bound_to: &str, entered: &VerificationCode, stored_hash: &str) -> bool {
        let computed = self.code_hash(bound_to, entered);
        computed.as_bytes().ct_eq(stored_hash.as_bytes()).into()
    }

    /// The keys failed staff sign-ins are counted under (see [`SignInKeys`]). Keyed hashes, so
    /// that names someone tried (perhaps a password typed into the wrong field) are never
    /// stored.
    pub fn sign_in_keys(&self, name: &str, address: &str) -> SignInKeys {
        let name = name.trim().to_lowercase();
        SignInKeys {
            name_from_address: hex::encode(mac(
                &self.token,
                &[b"sign-in:name-from-address", name.as_bytes(), address.as_bytes()],
            )),
            address: hex::encode(mac(&self.token, &[b"sign-in:address", address.as_bytes()])),
            name: hex::encode(mac(&self.token, &[b"sign-in:name", name.as_bytes()])),
        }
    }

    /// The stored form of an access token; tokens are looked up by this value.
    pub fn token_hash(&self, token: &AccessToken) -> String {
        hex::encode(mac(&self.token, &[token.0.as_bytes()]))
    }

    /// The keyed hash that identifies a mailbox (of the normalized address) without storing it.
    pub fn email_key(&self, normalized_email: &str) -> String {
        hex::encode(mac(&self.email, &[normalized_email.as_bytes()]))
    }

    /// The CSRF token that goes with a browser's CSRF cookie nonce.
    /// A form's CSRF token: the keyed MAC of the browser's nonce and of the staff session the
    /// form was shown in (empty outside the console), so a token is good only for that
    /// browser and that session.
    pub fn csrf_token(&self, nonce: &str, session: &str) -> String {
        URL_SAFE_NO_PAD.encode(mac(&self.csrf, &[nonce.as_bytes(), session.as_bytes()]))
    }

    pub fn csrf_token_matches(&self, nonce: &str, session: &str, token: &str) -> bool {
        self.csrf_token(nonce, session).as_bytes().ct_eq(token.as_bytes()).into()
    }

    /// Encrypts `plaintext`, binding it to `context` (for example the row it belongs to), so a
    /// sealed value copied to another row does not open.
    pub fn seal(&self, plaintext: &[u8], context: &str) -> String {
        let cipher = XChaCha20Poly1305::new((&self.seal).into());
        let mut nonce = [0u8; 24];
        OsRng.fill_bytes(&mut nonce);
        let ciphertext = cipher
            .encrypt(XNonce::from_slice(&nonce), Payload { msg: plaintext, aad: context.as_bytes() })
            .expect("XChaCha20-Poly1305 encryption does not fail for in-memory buffers");
        let mut out = Vec::with_capacity(24 + ciphertext.len());
        out.extend_from_slice(&nonce);
        out.extend_from_slice(&ciphertext);
        STANDARD.encode(out)
    }

    pub fn open(&self, sealed: &str, context: &str) -> Result<Vec<u8>, SealError> {
        let raw = STANDARD.decode(sealed).map_err(|_| SealError)?;
        if raw.len() < 24 {
            return Err(SealError);
        }
        let (nonce, ciphertext) = raw.split_at(24);
        let cipher = XChaCha20Poly1305::new((&self.seal).into());
        cipher
            .decrypt(XNonce::from_slice(nonce), Payload { msg: ciphertext, aad: context.as_bytes() })
            .map_err(|_| SealError)
    }

    pub fn open_string(&self, sealed: &str, context: &str) -> Result<String, SealError> {
        String::from_utf8(self.open(sealed, context)?).map_err(|_| SealError)
    }
}

/// A one-time email confirmation code: six decimal digits.
#[derive(Clone, PartialEq, Eq)]
pub struct VerificationCode(String);

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum CodeError {
    #[error("enter the 6-digit code from the email")]
    Missing,
    #[error("the code is 6 digits, like 123456")]
    Malformed,
}

impl VerificationCode {
    pub const DIGITS: usize = 6;

    pub fn generate() -> VerificationCode {
        let n: u32 = OsRng.gen_range(0..1_000_000);
        VerificationCode(format!("{n:06}"))
    }

    /// Accepts what people type: spaces and dashes between digits are ignored.
    pub fn parse(raw: &str) -> Result<VerificationCode, CodeError> {
        let digits: String = raw.chars().filter(|c| !c.is_whitespace() && *c != '-').collect();
        if digits.is_empty() {
            return Err(CodeError::Missing);
        }
        if digits.len() != Self::DIGITS || !digits.chars().all(|c| c.is_ascii_digit()) {
            return Err(CodeError::Malformed);
        }
        Ok(VerificationCode(digits))
    }

    /// The digits, for the email that carries them. Never log this.
    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for VerificationCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("VerificationCode(<redacted>)")
    }
}

/// An unguessable bearer token (256 bits) giving access to one objection's status page.
#[derive(Clone, PartialEq, Eq)]
pub struct AccessToken(String);

impl AccessToken {
    pub fn generate() -> AccessToken {
        let mut bytes = [0u8; 32];
        OsRng.fill_bytes(&mut bytes);
        AccessToken(URL_SAFE_NO_PAD.encode(bytes))
    }

    /// Any presented text; a wrong token simply matches no stored hash.
    pub fn from_presented(raw: &str) -> AccessToken {
        AccessToken(raw.trim().to_owned())
    }

    /// The token, for a link. Never log this.
    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for AccessToken {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("AccessToken(<redacted>)")
    }
}

/// A random nonce for a browser's CSRF cookie.
pub fn random_nonce() -> String {
    let mut bytes = [0u8; 16];
    OsRng.fill_bytes(&mut bytes);
    URL_SAFE_NO_PAD.encode(bytes)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn keys() -> Keys {
        Keys::derive(&SecretKey::from_hex(&"11".repeat(32)).unwrap())
    }

    #[test]
    fn codes_are_six_digits_and_parse_leniently() {
        for _ in 0..100 {
            let c = VerificationCode::generate();
            assert_eq!(c.expose().len(), 6);
            assert!(c.expose().chars().all(|d| d.is_ascii_digit()));
        }
        assert_eq!(VerificationCode::parse(" 123 456 ").unwrap().expose(), "123456");
        assert_eq!(VerificationCode::parse("123-456").unwrap().expose(), "123456");
        assert_eq!(VerificationCode::parse("12345"), Err(CodeError::Malformed));
        assert_eq!(VerificationCode::parse("12345a"), Err(CodeError::Malformed));
        assert_eq!(VerificationCode::parse(""), Err(CodeError::Missing));
    }

    #[test]
    fn code_hash_is_keyed_and_bound_to_the_objection() {
        let k = keys();
        let code = VerificationCode::parse("123456").unwrap();
        let stored = k.code_hash("obj-1", &code);
        assert!(!stored.contains("123456"));
        assert!(k.code_matches("obj-1", &code, &stored));
        assert!(!k.code_matches("obj-2", &code, &stored));
        assert!(!k.code_matches("obj-1", &VerificationCode::parse("123457").unwrap(), &stored));
        let other = Keys::derive(&SecretKey::from_hex(&"22".repeat(32)).unwrap());
        assert!(!other.code_matches("obj-1", &code, &stored));
    }

    #[test]
    fn sealing_round_trips_and_detects_tampering_and_context() {
        let k = keys();
        let sealed = k.seal(b"jane@example.com", "objection:1:email");
        assert!(!sealed.contains("jane"));
        assert_eq!(k.open(&sealed, "objection:1:email").unwrap(), b"jane@example.com");
        assert_eq!(k.open(&sealed, "objection:2:email"), Err(SealError));
        let mut tampered = STANDARD.decode(&sealed).unwrap();
        let last = tampered.len() - 1;
        tampered[last] ^= 1;
        assert_eq!(k.open(&STANDARD.encode(tampered), "objection:1:email"), Err(SealError));
    }

    #[test]
    fn fingerprints_tell_keys_apart_and_reveal_nothing_of_them() {
        let a = SecretKey::from_hex(&"11".repeat(32)).unwrap();
        let b = SecretKey::from_hex(&"22".repeat(32)).unwrap();
        assert_eq!(a.fingerprint(), SecretKey::from_hex(&"11".repeat(32)).unwrap().fingerprint());
        assert_ne!(a.fingerprint(), b.fingerprint());
        assert_eq!(a.fingerprint().len(), 32);
        assert!(!a.fingerprint().contains("1111"));
    }

    #[test]
    fn csrf_tokens_match_only_their_nonce() {
        let k = keys();
        let nonce = random_nonce();
        let token = k.csrf_token(&nonce, "session-a");
        assert!(k.csrf_token_matches(&nonce, "session-a", &token));
        assert!(!k.csrf_token_matches(&random_nonce(), "session-a", &token));
        assert!(!k.csrf_token_matches(&nonce, "session-b", &token), "bound to the staff session");
        assert!(!k.csrf_token_matches(&nonce, "", &token));
    }

    #[test]
    fn secrets_never_show_in_debug() {
        let k = keys();
        assert_eq!(format!("{k:?}"), "Keys(<redacted>)");
        assert!(!format!("{:?}", VerificationCode::parse("123456").unwrap()).contains("123456"));
        let t = AccessToken::generate();
        assert!(!format!("{t:?}").contains(t.expose()));
        assert_eq!(SecretKey::from_hex(&"ab".repeat(32)).unwrap().to_hex(), "ab".repeat(32));
        assert!(SecretKey::from_hex("abcd").is_err());
    }
}
