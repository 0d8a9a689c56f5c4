//! Where messages go: an SMTP server, or a folder of `.eml` files for local use.

use lettre::{AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};
use std::path::PathBuf;
use std::time::Duration;

#[derive(Clone)]
pub enum Transport {
    Smtp(AsyncSmtpTransport<Tokio1Executor>),
    /// One `.eml` file per message, named after its Message-ID, written atomically.
    Files(PathBuf),
}

impl std::fmt::Debug for Transport {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            // The URL may carry credentials.
            Transport::Smtp(_) => f.write_str("Transport::Smtp"),
            Transport::Files(dir) => f.debug_tuple("Transport::Files").field(dir).finish(),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DeliveryError {
    /// Worth trying again later (server down, 4xx reply, disk full).
    #[error("temporary delivery failure: {0}")]
    Temporary(String),
    /// Will never succeed as it is (5xx reply, unusable address).
    #[error("permanent delivery failure: {0}")]
    Permanent(String),
}

#[derive(Debug, thiserror::Error)]
#[error("invalid SMTP URL (expected smtp://host:port, smtp://host:port?tls=required or smtps://user:pass@host)")]
pub struct InvalidSmtpUrl;

impl Transport {
    /// Checks an SMTP URL without connecting (and without needing a runtime).
    pub fn check_smtp_url(url: &str) -> Result<(), InvalidSmtpUrl> {
        AsyncSmtpTransport::<Tokio1Executor>::from_url(url).map(drop).map_err(|_| InvalidSmtpUrl)
    }

    /// Connections are pooled and reused; must be called inside a Tokio runtime.
    pub fn smtp(url: &str, timeout: Duration) -> Result<Transport, InvalidSmtpUrl> {
        let builder = AsyncSmtpTransport::<Tokio1Executor>::from_url(url).map_err(|_| InvalidSmtpUrl)?;
        Ok(Transport::Smtp(builder.timeout(Some(timeout)).build()))
    }

    pub fn files(dir: impl Into<PathBuf>) -> std::io::Result<Transport> {
        let dir = dir.into();
        std::fs::create_dir_all(&dir)?;
        Ok(Transport::Files(dir))
    }

    pub async fn deliver(&self, message: &Message, message_id: &str) -> Result<(), DeliveryError> {
        match self {
            Transport::Smtp(smtp) => match smtp.send(message.clone()).await {
                Ok(_) => Ok(()),
                Err(e) if e.is_permanent() => Err(DeliveryError::Permanent(crate::redact_addresses(&e.to_string()))),
                Err(e) => Err(DeliveryError::Temporary(crate::redact_addresses(&e.to_string()))),
            },
            Transport::Files(dir) => {
                let stem: String = message_id
                    .trim_matches(|c| c == '<' || c == '>')
                    .chars()
                    .map(|c| if c.is_ascii_alphanumeric() || c == '-' || c == '.' { c } else { '_' })
                    .collect();
                let tmp = dir.join(format!(".{stem}.eml.tmp"));
                let path = dir.join(format!("{stem}.eml"));
                let bytes = message.formatted();
                let write = async {
                    tokio::fs::write(&tmp, &bytes).await?;
                    // The rename makes the file appear complete or not at all.
                    tokio::fs::rename(&tmp, &path).await
                };
                write.await.map_err(|e| DeliveryError::Temporary(format!("writing the .eml file failed: {}", e.kind())))
            }
        }
    }
}
