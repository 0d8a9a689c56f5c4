//! A real SMTP server for the tests: it speaks enough of RFC 5321 for lettre, keeps every
//! message it accepts, and can be told to fail temporarily or permanently.

use std::sync::{Arc, Mutex};
use std::time::Duration;
use tokio::io::{AsyncBufReadExt, AsyncWriteExt, BufReader};
use tokio::net::TcpListener;
use tokio::sync::Notify;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Behavior {
    Accept,
    /// 451 after DATA: try again later.
    TempFail,
    /// 550 at RCPT: never deliverable.
    PermFail,
    /// The server is gone: connections are closed at once, open ones at their next command.
    Down,
}

#[derive(Debug, Clone)]
pub struct ReceivedMail {
    pub rcpt_to: Vec<String>,
    pub raw: String,
}

impl ReceivedMail {
    pub fn header(&self, name: &str) -> Option<String> {
        let head = self.raw.split("\r\n\r\n").next().unwrap_or("");
        head.lines()
            .find(|line| line.to_ascii_lowercase().starts_with(&format!("{}:", name.to_ascii_lowercase())))
            .map(|line| line[name.len() + 1..].trim().to_owned())
    }

    /// The body as a person reads it (quoted-printable or base64 decoded; of a multipart
    /// message, its text part).
    pub fn body(&self) -> String {
        let (head, raw) = self.raw.split_once("\r\n\r\n").unwrap_or((&self.raw, ""));
        let decode = |headers: &str, body: &str| {
            let lower = headers.to_ascii_lowercase();
            let decoded = if lower.contains("content-transfer-encoding: quoted-printable") {
                decode_quoted_printable(body)
            } else if lower.contains("content-transfer-encoding: base64") {
                // Text mostly outside ASCII (Greek, Bulgarian) is sent base64-encoded.
                use base64::Engine;
                let joined: String = body.split_whitespace().collect();
                let bytes = base64::engine::general_purpose::STANDARD.decode(joined).unwrap_or_default();
                String::from_utf8_lossy(&bytes).into_owned()
            } else {
                body.to_owned()
            };
            decoded.replace("\r\n", "\n")
        };
        let boundary = head.split("boundary=\"").nth(1).and_then(|rest| rest.split('"').next());
        if let Some(boundary) = boundary {
            for part in raw.split(&format!("--{boundary}")) {
                let part = part.strip_prefix("\r\n").unwrap_or(part);
                if let Some((headers, body)) = part.split_once("\r\n\r\n")
                    && headers.to_ascii_lowercase().contains("content-type: text/plain")
                {
                    return decode(headers, body);
                }
            }
        }
        decode(head, raw)
    }

    /// The 6-digit code in a confirmation email.
    pub fn code(&self) -> String {
        // In any language: the code is the line's last word, six digits.
        let body = self.body();
        body.lines()
            .filter_map(|line| line.trim_end().rsplit(' ').next())
            .find(|word| word.len() == 6 && word.chars().all(|c| c.is_ascii_digit()))
            .expect("a code email")
            .to_owned()
    }

    /// The confirmation page's link in a code email (which carries no status token).
    pub fn confirm_link(&self) -> String {
        let body = self.body();
        body.split_whitespace()
            .find(|w| w.contains("/objections/") && w.ends_with("/confirm"))
            .expect("a confirmation link")
            .to_owned()
    }

    /// The status link in the email.
    pub fn status_link(&self) -> String {
        let body = self.body();
        body.split_whitespace()
            .find(|w| w.contains("/objections/") && w.contains("token="))
            .expect("a status link")
            .to_owned()
    }
}

#[derive(Debug, Clone)]
pub struct SmtpServer {
    pub port: u16,
    received: Arc<Mutex<Vec<ReceivedMail>>>,
    arrived: Arc<Notify>,
    behavior: Arc<Mutex<Behavior>>,
    pub attempts: Arc<Mutex<u32>>,
}

impl SmtpServer {
    pub async fn start() -> SmtpServer {
        let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let server = SmtpServer {
            port: listener.local_addr().unwrap().port(),
            received: Arc::default(),
            arrived: Arc::new(Notify::new()),
            behavior: Arc::new(Mutex::new(Behavior::Accept)),
            attempts: Arc::default(),
        };
        let s = server.clone();
        tokio::spawn(async move {
            while let Ok((stream, _)) = listener.accept().await {
                let s = s.clone();
                tokio::spawn(async move {
                    let _ = s.session(stream).await;
                });
            }
        });
        server
    }

    pub fn url(&self) -> String {
        format!("smtp://127.0.0.1:{}", self.port)
    }

    pub fn set_behavior(&self, behavior: Behavior) {
        *self.behavior.lock().unwrap() = behavior;
    }

    pub fn all(&self) -> Vec<ReceivedMail> {
        self.received.lock().unwrap().clone()
    }

    /// Waits for the `n`th (1-based) message to `to` whose body contains `needle`. The guard
    /// only stops a broken test from hanging; it is not a timing assertion.
    pub async fn wait_for(&self, to: &str, needle: &str, n: usize) -> ReceivedMail {
        let guard = tokio::time::Instant::now() + Duration::from_secs(60);
        loop {
            let notified = self.arrived.notified();
            let found: Vec<ReceivedMail> = self
                .all()
                .into_iter()
                .filter(|m| m.rcpt_to.iter().any(|r| r == to) && m.body().contains(needle))
                .collect();
            if found.len() >= n {
                return found[n - 1].clone();
            }
            if tokio::time::timeout_at(guard, notified).await.is_err() {
                panic!(
                    "no message {n} to {to} containing {needle:?}; received: {:#?}",
                    self.all().iter().map(|m| m.header("Subject")).collect::<Vec<_>>()
                );
            }
        }
    }

    async fn session(&self, stream: tokio::net::TcpStream) -> std::io::Result<()> {
        let (read, mut write) = stream.into_split();
        let mut lines = BufReader::new(read);
        if *self.behavior.lock().unwrap() == Behavior::Down {
            return Ok(());
        }
        write.write_all(b"220 test-smtp ESMTP\r\n").await?;
        let mut rcpt = Vec::new();
        let mut line = String::new();
        loop {
            line.clear();
            if lines.read_line(&mut line).await? == 0 {
                return Ok(());
            }
            let upper = line.to_ascii_uppercase();
            let behavior = *self.behavior.lock().unwrap();
            if behavior == Behavior::Down {
                return Ok(());
            }
            if upper.starts_with("EHLO") {
                write.write_all(b"250-test-smtp\r\n250-8BITMIME\r\n250-SMTPUTF8\r\n250 PIPELINING\r\n").await?;
            } else if upper.starts_with("HELO") || upper.starts_with("NOOP") || upper.starts_with("RSET") {
                rcpt.clear();
                write.write_all(b"250 OK\r\n").await?;
            } else if upper.starts_with("MAIL FROM") {
                *self.attempts.lock().unwrap() += 1;
                write.write_all(b"250 OK\r\n").await?;
            } else if upper.starts_with("RCPT TO") {
                let addr = line[8..].trim().trim_start_matches(':').trim().trim_start_matches('<');
                let addr = addr.split('>').next().unwrap_or("").to_owned();
                if behavior == Behavior::PermFail {
                    write.write_all(format!("550 5.1.1 <{addr}>: no such user\r\n").as_bytes()).await?;
                } else {
                    rcpt.push(addr);
                    write.write_all(b"250 OK\r\n").await?;
                }
            } else if upper.starts_with("DATA") {
                write.write_all(b"354 go ahead\r\n").await?;
                let mut data = String::new();
                loop {
                    line.clear();
                    if lines.read_line(&mut line).await? == 0 {
                        return Ok(());
                    }
                    if line == ".\r\n" {
                        break;
                    }
                    let unstuffed = line.strip_prefix('.').unwrap_or(&line);
                    data.push_str(unstuffed);
                }
                if behavior == Behavior::TempFail {
                    write.write_all(b"451 4.3.0 try again later\r\n").await?;
                } else {
                    self.received.lock().unwrap().push(ReceivedMail { rcpt_to: std::mem::take(&mut rcpt), raw: data });
                    write.write_all(b"250 OK queued\r\n").await?;
                    self.arrived.notify_waiters();
                }
            } else if upper.starts_with("QUIT") {
                write.write_all(b"221 bye\r\n").await?;
                return Ok(());
            } else {
                write.write_all(b"502 not implemented\r\n").await?;
            }
        }
    }
}

fn decode_quoted_printable(text: &str) -> String {
    let joined = text.replace("=\r\n", "");
    let bytes = joined.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'='
            && i + 2 < bytes.len()
            && let Ok(byte) = u8::from_str_radix(&joined[i + 1..i + 3], 16)
        {
            out.push(byte);
            i += 3;
            continue;
        }
        out.push(bytes[i]);
        i += 1;
    }
    String::from_utf8(out).expect("a UTF-8 body")
}
