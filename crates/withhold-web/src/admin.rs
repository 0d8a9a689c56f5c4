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
    /// How much time is left, or how far past due, in words.
    left: String,
    due_soon: bool,
    overdue: bool,
}

/// The queue's filters and sort, as the page's GET form sends them.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct QueueQuery {
    state: String,
    jurisdiction: String,
    country: String,
    due_within: String,
    overdue: String,
    sort: String,
    page: Option<i64>,
}

impl QueueQuery {
    /// The query string for page `page` with the same filters.
    fn page_link(&self, page: i64) -> String {
        let mut parts = vec![format!("page={page}")];
        for (name, value) in [
            ("state", &self.state),
            ("jurisdiction", &self.jurisdiction),
            ("country", &self.country),
            ("due_within", &self.due_within),
            ("overdue", &self.overdue),
            ("sort", &self.sort),
        ] {
            if !value.is_empty() {
                parts.push(format!("{name}={}", crate::console::percent_encode(value)));
            }
        }
        format!("/admin?{}", parts.join("&"))
    }
}

const QUEUE_PAGE: i64 = 25;

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
    total: i64,
    /// (key, label in words, count) of every state.
    counts: Vec<(&'static str, String, i64)>,
    state: String,
    jurisdictions: Vec<String>,
    jurisdiction: String,
    countries: Vec<(String, String)>,
    country: String,
    due_within: String,
    overdue: bool,
    sort_received: bool,
    page: i64,
    pages: i64,
    previous: Option<String>,
    next: Option<String>,
}

/// The queue: requests in a state (awaiting a person by default), filtered by jurisdiction,
/// country and due date, soonest due (or oldest) first, a page at a time, with the time left
/// in words and counts per state.
pub async fn queue(
    State(state): State<AppState>,
    Extension(nonce): Extension<CsrfNonce>,
    Extension(chrome): Extension<Chrome>,
    headers: HeaderMap,
    query: Result<axum::extract::Query<QueueQuery>, axum::extract::rejection::QueryRejection>,
) -> PageResult {
    use withhold_core::Status;
    let Some((staff, _)) = current_staff(&state, &headers).await? else { return Ok(to_login()) };
    let tr = chrome.tr;
    let now = Utc::now();
    let query = query.map(|q| q.0).unwrap_or_default();
    let status = Status::parse(&query.state).unwrap_or(Status::NeedsReview);
    let days: Option<i64> = query.due_within.trim().parse().ok().filter(|d| (0..=3650).contains(d));
    let overdue = query.overdue == "on";
    let due_before = if overdue { Some(now) } else { days.map(|d| now + chrono::Duration::days(d)) };
    let sort =
        if query.sort == "received" { withhold_store::QueueSort::Received } else { withhold_store::QueueSort::Due };
    let set = |s: &str| Some(s.trim().to_owned()).filter(|s| !s.is_empty());
    let filter = withhold_store::QueueFilter {
        status: status.as_str().to_owned(),
        jurisdiction: set(&query.jurisdiction),
        country: set(&query.country).map(|c| c.to_ascii_uppercase()),
        due_before,
        sort,
    };
    let store = state.service().store();
    let page = query.page.unwrap_or(1).max(1);
    let (rows, total) =
        store.queue_page(&filter, QUEUE_PAGE, (page - 1) * QUEUE_PAGE).await.map_err(ServiceError::from)?;
    let pages = ((total + QUEUE_PAGE - 1) / QUEUE_PAGE).max(1);
    let counted = store.status_counts().await.map_err(ServiceError::from)?;
    let counts = Status::ALL
        .iter()
        .map(|s| {
            let n = counted.iter().find(|(k, _)| k == s.as_str()).map_or(0, |(_, n)| *n);
            (s.as_str(), crate::console::state_label(tr, s.as_str()), n)
        })
        .collect();
    let (jurisdictions, country_codes) = store.queue_choices().await.map_err(ServiceError::from)?;
    let open = matches!(status, Status::PendingVerification | Status::Verified | Status::NeedsReview);
    let rows = rows
        .into_iter()
        .map(|r| {
            let due = DateTime::from_timestamp_millis(r.due_at).unwrap_or(now);
            let days_left = (due - now).num_days();
            let overdue = open && due <= now;
            let left = if !open {
                String::new()
            } else if overdue {
                tr.t1("console-days-overdue", "days", (now - due).num_days())
            } else {
                tr.t1("console-days-left", "days", days_left)
            };
            QueueRow {
                id: r.id,
                country: tr.country(&r.country),
                jurisdiction: r.jurisdiction,
                received: DateTime::from_timestamp_millis(r.received_at).map(|t| tr.datetime(t)).unwrap_or_default(),
                due: tr.date(due.date_naive()),
                left,
                due_soon: open && !overdue && due - now < chrono::Duration::days(7),
                overdue,
            }
        })
        .collect();
    let page_view = QueuePage {
        site: state.site(),
        tr,
        chrome,
        csrf: nonce.token(&state),
        user: staff.name,
        role: staff.role,
        rows,
        total,
        counts,
        state: status.as_str().to_owned(),
        jurisdictions,
        jurisdiction: query.jurisdiction.trim().to_owned(),
        countries: country_codes.iter().map(|c| (c.clone(), tr.country(c))).collect(),
        country: query.country.trim().to_ascii_uppercase(),
        due_within: days.map(|d| d.to_string()).unwrap_or_default(),
        overdue,
        sort_received: sort == withhold_store::QueueSort::Received,
        page,
        pages,
        previous: (page > 1).then(|| query.page_link(page - 1)),
        next: (page < pages).then(|| query.page_link(page + 1)),
    };
    let mut response = render(StatusCode::OK, &page_view);
    response.headers_mut().insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    Ok(response)
}
