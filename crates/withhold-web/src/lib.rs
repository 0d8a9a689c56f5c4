//! Withhold's HTTP face: the public pages, the JSON API with its OpenAPI document, health and
//! readiness. Handlers translate between HTTP and the service's use cases; the rules live in
//! the service and the core.

mod admin;
mod api;
pub mod body;
mod charts;
mod console;
mod csrf;
mod error;
mod integration;
pub mod limits;
mod locale;
mod pages;

use axum::Router;
use axum::extract::DefaultBodyLimit;
use axum::http::{HeaderValue, header};
use axum::routing::{get, post};
use std::future::Future;
use std::sync::Arc;
use std::time::Duration;
use tokio::net::TcpListener;
use tower_http::set_header::SetResponseHeaderLayer;
use tower_http::trace::TraceLayer;
use withhold_service::Service;

/// What the pages say about the operator.
#[derive(Debug, Clone)]
pub struct Site {
    pub operator_name: String,
    /// The operator's logo, shown beside the name; served from `/static/logo`.
    pub logo: Option<Arc<Logo>>,
    /// When the use of information for AI training takes effect, as shown in the notice.
    pub effective_date: chrono::NaiveDate,
    /// The public base URL, without a trailing slash.
    pub public_url: String,
    /// Serve cookies with `Secure` (when the public URL is https).
    pub secure_cookies: bool,
}

impl Site {
    /// For templates: whether to show the logo.
    pub fn has_logo(&self) -> bool {
        self.logo.is_some()
    }
}

/// An image file and its media type.
#[derive(Debug)]
pub struct Logo {
    pub bytes: axum::body::Bytes,
    pub content_type: &'static str,
}

impl Logo {
    /// Reads a logo, by its extension: SVG, PNG, JPEG or WebP.
    pub fn read(path: &std::path::Path) -> std::io::Result<Logo> {
        let content_type = match path.extension().and_then(|e| e.to_str()).map(str::to_ascii_lowercase).as_deref() {
            Some("svg") => "image/svg+xml",
            Some("png") => "image/png",
            Some("jpg" | "jpeg") => "image/jpeg",
            Some("webp") => "image/webp",
            _ => {
                return Err(std::io::Error::new(
                    std::io::ErrorKind::InvalidInput,
                    "the logo must be an .svg, .png, .jpg or .webp file",
                ));
            }
        };
        Ok(Logo { bytes: std::fs::read(path)?.into(), content_type })
    }
}

#[derive(Debug, Clone)]
pub struct AppState {
    inner: Arc<Inner>,
}

#[derive(Debug)]
struct Inner {
    service: Service,
    site: Site,
    limiter: limits::Limiter,
    subjects: withhold_enforce::subjects::SubjectChecker,
}

impl AppState {
    pub fn new(service: Service, site: Site, rate_limits: limits::RateLimits) -> Self {
        let subjects = withhold_enforce::subjects::SubjectChecker::new(service.store().clone());
        AppState { inner: Arc::new(Inner { service, site, limiter: limits::Limiter::new(rate_limits), subjects }) }
    }
    fn limit(&self, bucket: limits::Bucket, key: &str) -> Result<(), limits::RetryAfter> {
        self.inner.limiter.check(bucket, key)
    }
    fn service(&self) -> &Service {
        &self.inner.service
    }
    fn subjects(&self) -> &withhold_enforce::subjects::SubjectChecker {
        &self.inner.subjects
    }
    fn site(&self) -> &Site {
        &self.inner.site
    }
}

/// Request bodies above this are refused. The largest legitimate form (15,000 characters of
/// text, percent-encoded at up to 12 bytes each) stays well below it.
const BODY_LIMIT: usize = 256 * 1024;

/// The pages run no script; `connect-src 'self'` only lets a browser's own tools (Lighthouse
/// reading robots.txt) fetch from this origin under the page's policy.
const CSP: &str = "default-src 'none'; style-src 'self'; img-src 'self'; connect-src 'self'; form-action 'self'; \
     frame-ancestors 'none'; base-uri 'none'";

pub fn router(state: AppState) -> Router {
    let pages = Router::new()
        .route("/", get(pages::notice))
        .route("/object", get(pages::form).post(pages::submit))
        .route("/objections/{id}", get(pages::status))
        .route("/objections/{id}/confirm", get(pages::confirm).post(pages::verify))
        .route("/objections/{id}/resend", post(pages::resend))
        .route("/objections/{id}/withdraw", get(pages::withdraw_page).post(pages::withdraw))
        .route("/static/style.css", get(pages::stylesheet))
        .route("/static/logo", get(pages::logo))
        .route("/favicon.svg", get(pages::favicon))
        .route("/favicon.ico", get(pages::favicon))
        .route("/robots.txt", get(pages::robots))
        .route("/admin", get(admin::queue))
        .route("/admin/login", get(admin::login_page).post(admin::login))
        .route("/admin/logout", post(admin::logout))
        .route("/admin/requests/{id}", get(console::request))
        .route("/admin/requests/{id}/decision", post(console::decide))
        .route("/admin/requests/{id}/extend", post(console::extend))
        .route("/admin/search", get(console::search))
        .route("/admin/audit", get(console::audit))
        .route("/admin/audit/export", get(console::audit_export))
        .route("/admin/dashboard", get(console::dashboard))
        .layer(axum::middleware::from_fn_with_state(state.clone(), csrf::ensure_cookie));
    let api = Router::new()
        .route("/api/openapi.json", get(api::openapi))
        .route("/api/v1/objections", post(api::submit))
        .route("/api/v1/objections/{id}", get(api::status))
        .route("/api/v1/objections/{id}/verify", post(api::verify))
        .route("/api/v1/objections/{id}/resend", post(api::resend))
        .route("/api/v1/objections/{id}/withdraw", post(api::withdraw))
        .layer(axum::middleware::from_fn(body::json_only(BODY_LIMIT)));
    let hsts = state.site().secure_cookies;
    let router = Router::new()
        .merge(pages)
        .merge(api)
        .merge(integration::router())
        .route("/healthz", get(api::healthz))
        .route("/readyz", get(api::readyz))
        .route("/.well-known/withhold-receipt-key", get(api::receipt_key))
        .fallback(pages::not_found)
        .layer(axum::middleware::from_fn_with_state(state.clone(), locale::choose))
        .with_state(state)
        // Enforced by the extractors, so that an oversized body gets our page or JSON error.
        .layer(DefaultBodyLimit::max(BODY_LIMIT))
        .layer(SetResponseHeaderLayer::if_not_present(header::CONTENT_SECURITY_POLICY, HeaderValue::from_static(CSP)))
        .layer(SetResponseHeaderLayer::if_not_present(header::REFERRER_POLICY, HeaderValue::from_static("no-referrer")))
        .layer(SetResponseHeaderLayer::if_not_present(
            header::X_CONTENT_TYPE_OPTIONS,
            HeaderValue::from_static("nosniff"),
        ))
        .layer(SetResponseHeaderLayer::if_not_present(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY")))
        .layer(SetResponseHeaderLayer::if_not_present(header::CACHE_CONTROL, HeaderValue::from_static("no-store")))
        .layer(
            // Spans name the route pattern, never the URI: query strings carry access tokens.
            TraceLayer::new_for_http().make_span_with(|request: &axum::http::Request<_>| {
                let route = request
                    .extensions()
                    .get::<axum::extract::MatchedPath>()
                    .map(|p| p.as_str().to_owned())
                    .unwrap_or_else(|| "unmatched".to_owned());
                tracing::info_span!("request", method = %request.method(), route = %route)
            }),
        );
    if hsts {
        // Served over TLS: browsers should never come back over plain HTTP.
        router.layer(SetResponseHeaderLayer::if_not_present(
            header::STRICT_TRANSPORT_SECURITY,
            HeaderValue::from_static("max-age=31536000; includeSubDomains"),
        ))
    } else {
        router
    }
}

/// How long shutdown waits for in-flight requests.
const SHUTDOWN_GRACE: Duration = Duration::from_secs(30);

/// Limits on slow clients and on how many may be connected at once.
#[derive(Debug, Clone, Copy)]
pub struct Timeouts {
    /// Time allowed to send the request line and headers (slowloris).
    pub header: Duration,
    /// Time allowed to send the whole request body.
    pub body: Duration,
    /// After [`BODY_GRACE`], a body must arrive at least this fast on average (bytes a second;
    /// 0 for no minimum), so that a trickle is cut off before `body` runs out.
    pub body_min_bytes_per_second: u64,
    /// Connections open at once; a client beyond that is answered 503 and closed at once.
    pub max_connections: usize,
}

/// How long a body may take before the minimum rate applies: a slow phone's first packets.
pub const BODY_GRACE: Duration = Duration::from_secs(5);

impl Default for Timeouts {
    fn default() -> Self {
        Timeouts {
            header: Duration::from_secs(10),
            body: Duration::from_secs(30),
            body_min_bytes_per_second: 1000,
            max_connections: 4096,
        }
    }
}

/// The answer to a connection over the cap: short enough to go out in one non-blocking write.
const OVER_CAPACITY: &[u8] = b"HTTP/1.1 503 Service Unavailable\r\nRetry-After: 1\r\nContent-Type: application/json\r\nContent-Length: 71\r\nConnection: close\r\n\r\n{\"error\":\"over_capacity\",\"message\":\"Too many connections; try again.\"}\n";

/// Serves `router` on `listener` until `shutdown` resolves, then lets in-flight requests finish.
/// Each connection gets a header-read timeout and each request body a deadline and a minimum
/// rate, so slow clients cannot hold connections open indefinitely; at most
/// `timeouts.max_connections` are served at once.
pub async fn serve(
    listener: TcpListener,
    router: Router,
    timeouts: Timeouts,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> std::io::Result<()> {
    use hyper_util::rt::{TokioIo, TokioTimer};
    use tower::Service;
    let pace = body::BodyPace {
        total: timeouts.body,
        min_bytes_per_second: timeouts.body_min_bytes_per_second,
        grace: BODY_GRACE,
    };
    let slots = Arc::new(tokio::sync::Semaphore::new(timeouts.max_connections.max(1)));
    let graceful = hyper_util::server::graceful::GracefulShutdown::new();
    tokio::pin!(shutdown);
    loop {
        let (stream, peer) = tokio::select! {
            accepted = listener.accept() => match accepted {
                Ok(accepted) => accepted,
                Err(e) => {
                    // Out of file descriptors and the like: keep serving the others.
                    tracing::warn!(error = %e, "accepting a connection failed");
                    tokio::time::sleep(Duration::from_millis(50)).await;
                    continue;
                }
            },
            _ = &mut shutdown => break,
        };
        let Ok(slot) = slots.clone().try_acquire_owned() else {
            // Over the cap: one write that cannot block, then the connection is closed.
            let _ = stream.try_write(OVER_CAPACITY);
            tracing::warn!(limit = timeouts.max_connections, "connection refused: over max_connections");
            continue;
        };
        let router = router.clone();
        let service = hyper::service::service_fn(move |request: hyper::Request<hyper::body::Incoming>| {
            let mut request = request.map(|incoming| {
                // A request without a body (most GETs) needs no deadline timer.
                if http_body::Body::is_end_stream(&incoming) {
                    axum::body::Body::new(incoming)
                } else {
                    axum::body::Body::new(body::PacedBody::new(axum::body::Body::new(incoming), pace))
                }
            });
            request.extensions_mut().insert(axum::extract::ConnectInfo(peer));
            let mut router = router.clone();
            router.call(request)
        });
        let mut builder = hyper::server::conn::http1::Builder::new();
        builder.timer(TokioTimer::new()).header_read_timeout(timeouts.header);
        let connection = graceful.watch(builder.serve_connection(TokioIo::new(stream), service));
        tokio::spawn(async move {
            let _ = connection.await;
            drop(slot);
        });
    }
    drop(listener);
    // In-flight requests get time to finish; a connection that never does must not keep the
    // process from exiting.
    if tokio::time::timeout(SHUTDOWN_GRACE, graceful.shutdown()).await.is_err() {
        tracing::warn!("connections still open after the shutdown grace period; closing them");
    }
    Ok(())
}
