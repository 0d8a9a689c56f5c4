//! The operator console: staff sign-in with server-side sessions and lockout, and the review
//! queue. Every page and action here is behind a session.

use crate::AppState;
use crate::csrf::CsrfNonce;
use crate::error::PageError;
use crate::limits::{Bucket, RetryAfter};
use crate::locale::Chrome;
use askama::Template;
use axum::extract::rejection::FormRejection;
use axum::extract::{ConnectInfo, Extension, Form, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{Html, IntoResponse, Redirect, Response};
use chrono::{DateTime, Utc};
use serde::Deserialize;
use std::net::SocketAddr;
use withhold_core::AccessToken;
use withhold_core::staff::{Password, SignInThrottle, decoy_hash, verify_password};
use withhold_i18n::Tr;
use withhold_service::ServiceError;
use withhold_store::StaffRow;

const SESSION_COOKIE: &str = "withhold_staff";
const SESSION_HOURS: i64 = 12;

type PageResult = Result<Response, PageError>;

pub(crate) fn render<T: Template>(status: StatusCode, page: &T) -> Response {
    match page.render() {
        Ok(body) => (status, Html(body)).into_response(),
        Err(e) => {
            tracing::error!(error = %e, "an admin template failed to render");
            (StatusCode::INTERNAL_SERVER_ERROR, "The page could not be shown.").into_response()
        }
    }
}

pub(crate) fn session_token(headers: &HeaderMap) -> Option<String> {
    crate::csrf::cookie_value(headers, SESSION_COOKIE, 128)
}

fn session_hash(state: &AppState, token: &str) -> String {
    state.service().keys().token_hash(&AccessToken::from_presented(&format!("staff-session:{token}")))
}

/// The signed-in staff member, if the request carries a live session.
pub(crate) async fn current_staff(
    state: &AppState,
    headers: &HeaderMap,
) -> Result<Option<(StaffRow, String)>, ServiceError> {
    let Some(token) = session_token(headers) else { return Ok(None) };
    let hash = session_hash(state, &token);
    Ok(state.service().store().staff_for_session(&hash, Utc::now()).await?.map(|staff| (staff, hash)))
}

pub(crate) fn to_login() -> Response {
    Redirect::to("/admin/login").into_response()
}

#[derive(Template)]
#[template(path = "admin_login.html")]
struct LoginPage<'a> {
    site: &'a crate::Site,
    tr: Tr,
    chrome: Chrome,
    csrf: String,
    name: String,
    error: Option<String>,
}

pub async fn login_page(
    State(state): State<AppState>,
    Extension(nonce): Extension<CsrfNonce>,
    Extension(chrome): Extension<Chrome>,
) -> Response {
    let page = LoginPage {
        site: state.site(),
        tr: chrome.tr,
        chrome,
        csrf: nonce.token(&state),
        name: String::new(),
        error: None,
    };
    render(StatusCode::OK, &page)
}

#[derive(Debug, Deserialize)]
pub struct LoginForm {
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    name: String,
    #[serde(default)]
    password: String,
}

pub async fn login(
    State(state): State<AppState>,
    Extension(nonce): Extension<CsrfNonce>,
    Extension(chrome): Extension<Chrome>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    form: Result<Form<LoginForm>, FormRejection>,
) -> PageResult {
    let tr = chrome.tr;
    let Ok(Form(form)) = form else {
        return Ok((StatusCode::BAD_REQUEST, tr.t("console-login-unreadable")).into_response());
    };
    let name = form.name.trim().chars().take(64).collect::<String>();
    let mut page =
        LoginPage { site: state.site(), tr, chrome, csrf: nonce.token(&state), name: name.clone(), error: None };
    if !nonce.accepts(&state, &form.csrf) {
        page.error = Some(tr.t("console-login-csrf"));
        return Ok(render(StatusCode::FORBIDDEN, &page));
    }
    // Before any password is hashed: the limit also keeps guessing from costing our CPU.
    if let Err(RetryAfter(wait)) = state.limit(Bucket::LoginIp, &peer.ip().to_string()) {
        let minutes = wait.as_secs().div_ceil(60).max(1);
        page.error = Some(tr.t1("console-login-rate-limited", "minutes", minutes));
        let mut response = render(StatusCode::TOO_MANY_REQUESTS, &page);
        response.headers_mut().insert(header::RETRY_AFTER, wait.as_secs().max(1).into());
        return Ok(response);
    }
    let store = state.service().store();
    let now = Utc::now();
    // Failed sign-ins slow whoever makes them: per name from this address, and per address.
    // Nothing here depends on whether the name exists, so neither the answer nor its timing
    // tells.
    let address = peer.ip().to_string();
    let keys = state.service().keys().sign_in_keys(&name, &address);
    let (name_key, address_key) = (&keys.name_from_address, &keys.address);
    let forget_before = now - chrono::Duration::from_std(SignInThrottle::FORGET_AFTER).unwrap_or_default();
    let [(for_name, name_last), (for_address, address_last)] =
        store.sign_in_failures([name_key, address_key], forget_before).await.map_err(ServiceError::from)?;
    let ready_at = |throttle: SignInThrottle, failures: i64, last: Option<DateTime<Utc>>| {
        last.map(|t| t + chrono::Duration::from_std(throttle.delay(failures)).unwrap_or_default())
    };
    let wait = [
        ready_at(SignInThrottle::NAME_FROM_ADDRESS, for_name, name_last),
        ready_at(SignInThrottle::ADDRESS, for_address, address_last),
    ]
    .into_iter()
    .flatten()
    .max()
    .map(|at| at - now)
    .and_then(|d| d.to_std().ok())
    .filter(|d| !d.is_zero());
    if let Some(wait) = wait {
        page.error = Some(slow_down(tr, wait));
        let mut response = render(StatusCode::TOO_MANY_REQUESTS, &page);
        let seconds = u64::try_from(wait.as_millis()).unwrap_or(u64::MAX).div_ceil(1000).max(1);
        response.headers_mut().insert(header::RETRY_AFTER, seconds.into());
        return Ok(response);
    }
    let staff = store.staff(&name).await.map_err(ServiceError::from)?;
    let password = Password::presented(&form.password);
    // The same work whether or not the name exists, so timing does not tell.
    let stored = staff.as_ref().map(|s| s.password_hash.as_str()).unwrap_or(decoy_hash());
    let matches = tokio::task::spawn_blocking({
        let stored = stored.to_owned();
        move || verify_password(&password, &stored)
    })
    .await
    .unwrap_or(false);
    let known = staff.as_ref().map(|s| s.name.clone());
    let Some(staff) = staff.filter(|_| matches) else {
        store
            .record_failed_sign_in([name_key, address_key], &keys.name, now, forget_before, known.as_deref(), &address)
            .await
            .map_err(ServiceError::from)?;
        page.error = Some(tr.t("console-login-wrong"));
        return Ok(render(StatusCode::UNAUTHORIZED, &page));
    };
    let token = AccessToken::generate();
    let expires = now + chrono::Duration::hours(SESSION_HOURS);
    store
        .start_staff_session(&staff.name, &session_hash(&state, token.expose()), now, expires, name_key)
        .await
        .map_err(ServiceError::from)?;
    let secure = if state.site().secure_cookies { "; Secure" } else { "" };
    let cookie = format!(
        "{SESSION_COOKIE}={}; Path=/admin; HttpOnly; SameSite=Strict; Max-Age={}{secure}",
        token.expose(),
        SESSION_HOURS * 3600
    );
    let mut response = Redirect::to("/admin").into_response();
    if let Ok(value) = HeaderValue::from_str(&cookie) {
        response.headers_mut().append(header::SET_COOKIE, value);
    }
    CsrfNonce::rotate(&state, &mut response);
    Ok(response)
}

/// "Wait and try again", in seconds or, for a longer wait, minutes.
fn slow_down(tr: Tr, wait: std::time::Duration) -> String {
    let seconds = u64::try_from(wait.as_millis()).unwrap_or(u64::MAX).div_ceil(1000).max(1);
    if seconds < 60 {
        tr.t1("console-login-slow-down", "seconds", seconds)
    } else {
        tr.t1("console-login-rate-limited", "minutes", seconds.div_ceil(60))
    }
}

#[derive(Debug, Deserialize)]
pub struct LogoutForm {
    #[serde(default)]
    csrf: String,
}

pub async fn logout(
    State(state): State<AppState>,
    Extension(nonce): Extension<CsrfNonce>,
    Extension(Chrome { tr, .. }): Extension<Chrome>,
    headers: HeaderMap,
    form: Result<Form<LogoutForm>, FormRejection>,
) -> PageResult {
    let Some((staff, hash)) = current_staff(&state, &headers).await? else { return Ok(to_login()) };
    let csrf = form.map(|Form(f)| f.csrf).unwrap_or_default();
    if !nonce.accepts(&state, &csrf) {
        return Ok((StatusCode::FORBIDDEN, tr.t("console-logout-csrf")).into_response());
    }
    state.service().store().end_staff_session(&hash, &staff.name, Utc::now()).await.map_err(ServiceError::from)?;
    let mut response = to_login();
    let clear = format!("{SESSION_COOKIE}=; Path=/admin; HttpOnly; SameSite=Strict; Max-Age=0");
    if let Ok(value) = HeaderValue::from_str(&clear) {
        response.headers_mut().append(header::SET_COOKIE, value);
    }
    Ok(response)
}

struct QueueRow {
    id: String,
    country: String,
    jurisdiction: String,
    received: String,
    due: String,
    days_left: i64,
    due_soon: bool,
    overdue: bool,
}

#[derive(Template)]
#[template(path = "admin_queue.html")]
struct QueuePage<'a> {
    site: &'a crate::Site,
    tr: Tr,
    chrome: Chrome,
    csrf: String,
    user: String,
    role: String,
    rows: Vec<QueueRow>,
}

/// The review queue: requests awaiting a decision, oldest first, with their statutory due
/// dates (computed by the jurisdiction's rule when the request was received).
pub async fn queue(
    State(state): State<AppState>,
    Extension(nonce): Extension<CsrfNonce>,
    Extension(chrome): Extension<Chrome>,
    headers: HeaderMap,
) -> PageResult {
    let Some((staff, _)) = current_staff(&state, &headers).await? else { return Ok(to_login()) };
    let tr = chrome.tr;
    let now = Utc::now();
    let rows = state
        .service()
        .store()
        .review_queue(500)
        .await
        .map_err(ServiceError::from)?
        .into_iter()
        .map(|r| {
            let due = DateTime::from_timestamp_millis(r.due_at).unwrap_or(now);
            let days_left = (due - now).num_days();
            QueueRow {
                id: r.id,
                country: r.country,
                jurisdiction: r.jurisdiction,
                received: DateTime::from_timestamp_millis(r.received_at).map(|t| tr.datetime(t)).unwrap_or_default(),
                due: tr.date(due.date_naive()),
                days_left,
                due_soon: due - now < chrono::Duration::days(7),
                overdue: due <= now,
            }
        })
        .collect();
    let page = QueuePage {
        site: state.site(),
        tr,
        chrome,
        csrf: nonce.token(&state),
        user: staff.name,
        role: staff.role,
        rows,
    };
    let mut response = render(StatusCode::OK, &page);
    response.headers_mut().insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    Ok(response)
}
