//! CSRF protection for the HTML forms: a random nonce in a cookie, and in every form a token
//! that is the keyed MAC of that nonce and of the staff session, if any. A cross-site page can
//! neither read the cookie nor compute the token; a nonce planted in a staff member's browser
//! is worth nothing without their session, and signing in gives the browser a new nonce. (The JSON API has no ambient credentials and only accepts
//! `application/json`, which a cross-site form cannot send without a CORS preflight.)

use crate::AppState;
use axum::extract::{Request, State};
use axum::http::{HeaderMap, HeaderValue, header};
use axum::middleware::Next;
use axum::response::Response;
use withhold_core::secrets::random_nonce;

/// Over plain HTTP (a first local run) a plain name; over HTTPS the `__Host-` prefix, which
/// browsers accept only from this very host, secure and for the whole site, so that a
/// neighbouring subdomain cannot plant a nonce of its choosing.
const COOKIE: &str = "withhold_csrf";
const HOST_COOKIE: &str = "__Host-withhold_csrf";

/// The browser's CSRF nonce, and the staff session (if any) its tokens are bound to;
/// available to handlers as an extension.
#[derive(Debug, Clone)]
pub struct CsrfNonce {
    nonce: String,
    session: String,
}

/// The value of cookie `wanted`, if the request has one no longer than `max_len`.
pub(crate) fn cookie_value(headers: &HeaderMap, wanted: &str, max_len: usize) -> Option<String> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(name, value)| *name == wanted && !value.is_empty() && value.len() <= max_len)
        .map(|(_, value)| value.to_owned())
}

fn cookie_name(state: &AppState) -> &'static str {
    if state.site().secure_cookies { HOST_COOKIE } else { COOKIE }
}

/// A nonce as this server makes them (22 URL-safe characters); anything else is replaced.
fn well_formed(nonce: &str) -> bool {
    nonce.len() == 22 && nonce.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
}

/// The `Set-Cookie` value that gives the browser `nonce`.
pub(crate) fn set_cookie(state: &AppState, nonce: &str) -> Option<HeaderValue> {
    let secure = if state.site().secure_cookies { "; Secure" } else { "" };
    HeaderValue::from_str(&format!("{}={nonce}; Path=/; HttpOnly; SameSite=Lax{secure}", cookie_name(state))).ok()
}

pub async fn ensure_cookie(State(state): State<AppState>, mut request: Request, next: Next) -> Response {
    let existing = cookie_value(request.headers(), cookie_name(&state), 64).filter(|n| well_formed(n));
    let nonce = existing.clone().unwrap_or_else(random_nonce);
    let session = crate::admin::session_token(request.headers()).unwrap_or_default();
    request.extensions_mut().insert(CsrfNonce { nonce: nonce.clone(), session });
    let mut response = next.run(request).await;
    // A handler that rotated the nonce (sign-in) has set the cookie itself.
    let rotated = response.extensions().get::<Rotated>().is_some();
    if existing.is_none()
        && !rotated
        && let Some(value) = set_cookie(&state, &nonce)
    {
        response.headers_mut().append(header::SET_COOKIE, value);
    }
    response
}

/// Marks a response that set a new nonce of its own.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Rotated;

impl CsrfNonce {
    pub fn token(&self, state: &AppState) -> String {
        state.service().keys().csrf_token(&self.nonce, &self.session)
    }

    pub fn accepts(&self, state: &AppState, presented: &str) -> bool {
        state.service().keys().csrf_token_matches(&self.nonce, &self.session, presented)
    }

    /// Gives the browser a new nonce (at sign-in, with the new session): tokens shown before,
    /// or planted before, stop working.
    pub(crate) fn rotate(state: &AppState, response: &mut Response) {
        if let Some(value) = set_cookie(state, &random_nonce()) {
            response.headers_mut().append(header::SET_COOKIE, value);
            response.extensions_mut().insert(Rotated);
        }
    }
}
