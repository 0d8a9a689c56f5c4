//! CSRF protection for the HTML forms: a random nonce in a cookie, and in every form a token
//! that is the keyed MAC of that nonce. A cross-site page can neither read the cookie nor
//! compute the token. (The JSON API has no ambient credentials and only accepts
//! `application/json`, which a cross-site form cannot send without a CORS preflight.)

use crate::AppState;
use axum::extract::{Request, State};
use axum::http::{HeaderMap, HeaderValue, header};
use axum::middleware::Next;
use axum::response::Response;
use withhold_core::secrets::random_nonce;

const COOKIE: &str = "withhold_csrf";

/// The browser's CSRF nonce, available to handlers as an extension.
#[derive(Debug, Clone)]
pub struct CsrfNonce(pub String);

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

fn cookie_nonce(headers: &HeaderMap) -> Option<String> {
    cookie_value(headers, COOKIE, 64)
}

pub async fn ensure_cookie(State(state): State<AppState>, mut request: Request, next: Next) -> Response {
    let existing = cookie_nonce(request.headers());
    let nonce = existing.clone().unwrap_or_else(random_nonce);
    request.extensions_mut().insert(CsrfNonce(nonce.clone()));
    let mut response = next.run(request).await;
    if existing.is_none() {
        let secure = if state.site().secure_cookies { "; Secure" } else { "" };
        let cookie = format!("{COOKIE}={nonce}; Path=/; HttpOnly; SameSite=Lax{secure}");
        if let Ok(value) = HeaderValue::from_str(&cookie) {
            response.headers_mut().append(header::SET_COOKIE, value);
        }
    }
    response
}

impl CsrfNonce {
    pub fn token(&self, state: &AppState) -> String {
        state.service().keys().csrf_token(&self.0)
    }

    pub fn accepts(&self, state: &AppState, presented: &str) -> bool {
        state.service().keys().csrf_token_matches(&self.0, presented)
    }
}
