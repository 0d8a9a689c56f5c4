//! `withhold receipt verify FILE`: checks a decision receipt, given as the JSON attachment or
//! as the whole email (.eml) it came in.

use anyhow::{Context, bail};
use base64::Engine;
use withhold_core::receipt::{Receipt, SignedReceipt, parse_public_key};

/// Reads a receipt from the attachment's JSON or from a whole message that carries it.
pub fn read_receipt(bytes: &[u8]) -> anyhow::Result<SignedReceipt> {
    if let Ok(receipt) = serde_json::from_slice::<SignedReceipt>(bytes) {
        return Ok(receipt);
    }
    let text = String::from_utf8_lossy(bytes);
    let json = attachment_from_email(&text)
        .context("the file is neither a receipt (withhold-receipt.json) nor an email with a receipt attached")?;
    serde_json::from_slice(&json).context("the attached receipt is not readable")
}

/// The decoded body of the MIME part named withhold-receipt.json.
fn attachment_from_email(text: &str) -> Option<Vec<u8>> {
    let text = text.replace("\r\n", "\n");
    let at = text.find("filename=\"withhold-receipt.json\"")?;
    // The part starts at the boundary line before the name and ends at the same line's next
    // appearance; its headers end at the first blank line.
    let delimiter_start = text[..at].rfind("\n--")? + 1;
    let delimiter_end = delimiter_start + text[delimiter_start..].find('\n')?;
    let delimiter = &text[delimiter_start..delimiter_end];
    let body_start = delimiter_end + text[delimiter_end..].find("\n\n")? + 2;
    let headers = text[delimiter_end..body_start].to_ascii_lowercase();
    let body_end = body_start + text[body_start..].find(&format!("\n{delimiter}"))?;
    let body = &text[body_start..body_end];
    if headers.contains("content-transfer-encoding: base64") {
        let compact: String = body.chars().filter(|c| !c.is_whitespace()).collect();
        base64::engine::general_purpose::STANDARD.decode(compact).ok()
    } else if headers.contains("content-transfer-encoding: quoted-printable") {
        Some(decode_quoted_printable(body))
    } else {
        Some(body.as_bytes().to_vec())
    }
}

fn decode_quoted_printable(body: &str) -> Vec<u8> {
    let mut out = Vec::with_capacity(body.len());
    let bytes = body.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'=' if bytes.get(i + 1) == Some(&b'\n') => i += 2,
            b'=' if i + 2 < bytes.len() + 1 => {
                match std::str::from_utf8(&bytes[i + 1..(i + 3).min(bytes.len())])
                    .ok()
                    .and_then(|h| u8::from_str_radix(h, 16).ok())
                {
                    Some(b) => {
                        out.push(b);
                        i += 3;
                    }
                    None => {
                        out.push(b'=');
                        i += 1;
                    }
                }
            }
            b => {
                out.push(b);
                i += 1;
            }
        }
    }
    out
}

/// Verifies the receipt in `bytes` against the operator's public key (hex).
pub fn verify(bytes: &[u8], public_key_hex: &str) -> anyhow::Result<Receipt> {
    let key = parse_public_key(public_key_hex)?;
    let signed = read_receipt(bytes)?;
    match signed.verify(&key) {
        Ok(receipt) => Ok(receipt),
        Err(e) => bail!("{e}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quoted_printable_soft_breaks_and_escapes() {
        assert_eq!(decode_quoted_printable("a=3Db=\nc"), b"a=bc");
    }
}
