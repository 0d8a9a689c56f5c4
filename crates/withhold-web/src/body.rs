//! What a client may send before any work is done for it: a request body must arrive whole
//! within `body_timeout_seconds` and, after a short grace, at no less than a minimum average
//! rate (a body trickled in a byte a second is cut off, not only one that stalls); a JSON
//! endpoint refuses a body that is not JSON (415) or says it is larger than the endpoint takes
//! (413) before reading any of it.

use axum::body::{Body, Bytes};
use axum::extract::Request;
use axum::http::{HeaderMap, Method, StatusCode, header};
use axum::middleware::Next;
use axum::response::Response;
use http_body::{Body as HttpBody, Frame, SizeHint};
use std::future::Future;
use std::pin::Pin;
use std::task::{Context, Poll};
use std::time::Duration;
use tokio::time::{Instant, Sleep};

/// Limits on how a request body arrives.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct BodyPace {
    /// The whole body must have arrived this long after the headers.
    pub total: Duration,
    /// After `grace`, the body must have arrived at this many bytes a second on average (0: no
    /// minimum).
    pub min_bytes_per_second: u64,
    pub grace: Duration,
}

/// Why a body was cut off (never shown to the client as such: the extractors answer 4xx).
#[derive(Debug, thiserror::Error)]
#[error("the request body arrived too slowly")]
pub struct TooSlow;

/// A request body with a deadline that moves with what has arrived: never later than `total`
/// after the start, and never later than the time by which the bytes received so far would
/// fall under the minimum rate.
#[derive(Debug)]
pub struct PacedBody {
    inner: Body,
    pace: BodyPace,
    started: Instant,
    received: u64,
    deadline: Pin<Box<Sleep>>,
}

impl PacedBody {
    pub fn new(inner: Body, pace: BodyPace) -> PacedBody {
        let started = Instant::now();
        let mut body =
            PacedBody { inner, pace, started, received: 0, deadline: Box::pin(tokio::time::sleep_until(started)) };
        let deadline = body.deadline_now();
        body.deadline.as_mut().reset(deadline);
        body
    }

    fn deadline_now(&self) -> Instant {
        let total = self.started + self.pace.total;
        if self.pace.min_bytes_per_second == 0 {
            return total;
        }
        // The moment the average would drop below the minimum with nothing more arriving.
        let earned = Duration::from_secs_f64(self.received as f64 / self.pace.min_bytes_per_second as f64);
        (self.started + self.pace.grace.max(earned)).min(total)
    }
}

impl HttpBody for PacedBody {
    type Data = Bytes;
    type Error = axum::Error;

    fn poll_frame(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Result<Frame<Bytes>, axum::Error>>> {
        let this = &mut *self;
        match Pin::new(&mut this.inner).poll_frame(cx) {
            Poll::Ready(Some(Ok(frame))) => {
                if let Some(data) = frame.data_ref() {
                    this.received += data.len() as u64;
                    let deadline = this.deadline_now();
                    this.deadline.as_mut().reset(deadline);
                }
                Poll::Ready(Some(Ok(frame)))
            }
            Poll::Pending => match this.deadline.as_mut().poll(cx) {
                Poll::Ready(()) => Poll::Ready(Some(Err(axum::Error::new(TooSlow)))),
                Poll::Pending => Poll::Pending,
            },
            other => other,
        }
    }

    fn is_end_stream(&self) -> bool {
        self.inner.is_end_stream()
    }

    fn size_hint(&self) -> SizeHint {
        self.inner.size_hint()
    }
}

/// The declared length of the body, if the request declares one.
fn declared_length(headers: &HeaderMap) -> Option<u64> {
    headers.get(header::CONTENT_LENGTH)?.to_str().ok()?.trim().parse().ok()
}

/// Whether the request carries (or may carry) a body.
fn has_body(headers: &HeaderMap) -> bool {
    declared_length(headers).is_some_and(|n| n > 0) || headers.contains_key(header::TRANSFER_ENCODING)
}

fn is_json(headers: &HeaderMap) -> bool {
    headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.split(';').next())
        .map(|essence| {
            let essence = essence.trim().to_ascii_lowercase();
            essence == "application/json" || (essence.starts_with("application/") && essence.ends_with("+json"))
        })
        .unwrap_or(false)
}

/// For the JSON API: a body over `limit` by its declared length is refused with 413, and a
/// body that is not JSON with 415, before anything of it is read. A POST without a body (resend,
/// withdraw) needs no Content-Type.
pub fn json_only(
    limit: usize,
) -> impl Fn(Request, Next) -> Pin<Box<dyn Future<Output = Response> + Send>> + Clone + Send + Sync + 'static {
    move |request: Request, next: Next| {
        Box::pin(async move {
            let headers = request.headers();
            if declared_length(headers).is_some_and(|n| n > limit as u64) {
                return crate::api::problem(
                    StatusCode::PAYLOAD_TOO_LARGE,
                    "too_large",
                    "The body is larger than the API accepts.",
                );
            }
            let sends_body = matches!(*request.method(), Method::POST | Method::PUT | Method::PATCH);
            if sends_body && (has_body(headers) || headers.contains_key(header::CONTENT_TYPE)) && !is_json(headers) {
                return crate::api::problem(
                    StatusCode::UNSUPPORTED_MEDIA_TYPE,
                    "unsupported_media_type",
                    "Send the body as JSON with Content-Type: application/json.",
                );
            }
            next.run(request).await
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use http_body_util::BodyExt;

    fn pace(total: u64, rate: u64, grace: u64) -> BodyPace {
        BodyPace { total: Duration::from_secs(total), min_bytes_per_second: rate, grace: Duration::from_secs(grace) }
    }

    #[tokio::test(start_paused = true)]
    async fn a_trickle_under_the_minimum_rate_is_cut_off_after_the_grace() {
        let (tx, rx) = futures_channel();
        let body = PacedBody::new(Body::from_stream(rx), pace(30, 100, 2));
        let reader = tokio::spawn(async move { body.collect().await.map(|b| b.to_bytes().len()) });
        // A byte a second (in paused, virtual time): under 100 bytes a second once the 2 s
        // grace is over, so the reader gives up and the channel closes.
        let mut sent = 0;
        while sent < 60 && tx.send(Ok(Bytes::from_static(b"x"))).await.is_ok() {
            sent += 1;
            tokio::time::sleep(Duration::from_secs(1)).await;
        }
        assert!(reader.await.unwrap().is_err(), "the trickle was cut off");
        assert!(sent <= 4, "cut off at the end of the grace, after {sent} bytes");
    }

    #[tokio::test(start_paused = true)]
    async fn a_fast_body_passes_and_a_stalled_one_ends_at_the_total() {
        let body = PacedBody::new(Body::from("0123456789"), pace(5, 1, 1));
        assert_eq!(body.collect().await.unwrap().to_bytes().len(), 10);
        let (_tx, rx) = futures_channel();
        let body = PacedBody::new(Body::from_stream(rx), pace(5, 0, 1));
        let started = Instant::now();
        assert!(body.collect().await.is_err());
        assert_eq!(started.elapsed().as_secs(), 5, "no minimum rate: the total alone cuts it off");
    }

    type Chunk = Result<Bytes, std::io::Error>;

    fn futures_channel() -> (tokio::sync::mpsc::Sender<Chunk>, impl futures_util::Stream<Item = Chunk>) {
        let (tx, mut rx) = tokio::sync::mpsc::channel::<Chunk>(16);
        (tx, futures_util::stream::poll_fn(move |cx| rx.poll_recv(cx)))
    }

    #[test]
    fn json_is_recognized_with_parameters_and_suffixes() {
        let mut headers = HeaderMap::new();
        assert!(!is_json(&headers));
        headers.insert(header::CONTENT_TYPE, "application/json; charset=utf-8".parse().unwrap());
        assert!(is_json(&headers));
        headers.insert(header::CONTENT_TYPE, "application/merge-patch+json".parse().unwrap());
        assert!(is_json(&headers));
        headers.insert(header::CONTENT_TYPE, "text/plain".parse().unwrap());
        assert!(!is_json(&headers));
        headers.insert(header::CONTENT_LENGTH, "0".parse().unwrap());
        assert!(!has_body(&headers));
        headers.insert(header::CONTENT_LENGTH, "12".parse().unwrap());
        assert!(has_body(&headers));
    }
}
