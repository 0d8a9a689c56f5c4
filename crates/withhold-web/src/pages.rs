//! The public pages, in the person's language (see `locale.rs`). They work without JavaScript;
//! a form with mistakes comes back with a message at each field and everything the person typed.

use crate::AppState;
use crate::csrf::CsrfNonce;
use crate::error::PageError;
use crate::limits::{Bucket, RetryAfter};
use crate::locale::Chrome;
use askama::Template;
use axum::extract::rejection::FormRejection;
use axum::extract::{ConnectInfo, Path, Query, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{Html, IntoResponse, Redirect, Response};
use axum::{Extension, Form};
use serde::Deserialize;
use std::net::SocketAddr;
use withhold_core::secrets::CodeError;
use withhold_core::{AccessToken, CountryCode, ObjectionId, Policy, Status, VerificationCode};
use withhold_i18n::Tr;
use withhold_service::campaigns::PrefillRefused;
use withhold_service::{
    FieldError, ObjectionView, RawSubmission, ResendOutcome, VerifyOutcome, WithdrawOutcome, field_message_in,
};

type PageResult = Result<Response, PageError>;

fn html<T: Template>(status: StatusCode, template: &T) -> Response {
    match template.render() {
        Ok(body) => (status, Html(body)).into_response(),
        Err(e) => {
            tracing::error!(error = %e, "a page template failed to render");
            (
                StatusCode::INTERNAL_SERVER_ERROR,
                Html(
                    "<!doctype html><title>Error</title><p>Something went wrong on our side. Please try again."
                        .to_owned(),
                ),
            )
                .into_response()
        }
    }
}

/// The field errors of a form, in the order the fields appear, worded in the page's language.
#[derive(Debug, Default)]
pub struct FormErrors {
    pub list: Vec<FieldError>,
}

impl FormErrors {
    fn in_language(list: Vec<FieldError>, tr: Tr, raw: &RawSubmission, policy: &Policy) -> FormErrors {
        let list = list
            .into_iter()
            .map(|e| FieldError { message: field_message_in(tr, e.field, e.code, raw, policy), ..e })
            .collect();
        FormErrors { list }
    }
    pub fn get(&self, field: &str) -> Option<&str> {
        self.list.iter().find(|e| e.field == field).map(|e| e.message.as_str())
    }
    pub fn is_empty(&self) -> bool {
        self.list.is_empty()
    }
    pub fn len(&self) -> usize {
        self.list.len()
    }
}

/// Where the form is available, when it is not available everywhere.
fn availability_note(tr: Tr, policy: &Policy) -> Option<String> {
    if policy.available_everywhere() {
        return None;
    }
    let mut available: Vec<String> = policy.available_countries().iter().map(|c| tr.country(c.as_str())).collect();
    if available.is_empty() {
        return Some(tr.t("availability-nowhere"));
    }
    available.sort();
    Some(tr.t1("availability-some", "countries", available.join(", ")))
}

#[derive(Template)]
#[template(path = "notice.html")]
struct NoticePage<'a> {
    site: &'a crate::Site,
    tr: Tr,
    chrome: Chrome,
    availability: Option<String>,
}

pub async fn notice(State(state): State<AppState>, Extension(chrome): Extension<Chrome>) -> Response {
    let tr = chrome.tr;
    let availability = availability_note(tr, state.service().policy());
    html(StatusCode::OK, &NoticePage { site: state.site(), tr, chrome, availability })
}

#[derive(Template)]
#[template(path = "form.html")]
struct FormPage<'a> {
    site: &'a crate::Site,
    tr: Tr,
    chrome: Chrome,
    csrf: String,
    countries: Vec<(String, String)>,
    values: RawSubmission,
    errors: FormErrors,
    general: Option<String>,
    availability: Option<String>,
    statement_required: bool,
    impact_max: usize,
    details_max: usize,
    /// The personal link's token, carried to the POST so the objection is bound to its account.
    invite: String,
}

fn form_page<'a>(
    state: &'a AppState,
    chrome: Chrome,
    nonce: &CsrfNonce,
    values: RawSubmission,
    errors: Vec<FieldError>,
    general: Option<String>,
    invite: String,
) -> FormPage<'a> {
    let policy = state.service().policy();
    let tr = chrome.tr;
    let chrome = chrome.keeping_form("/object");
    let mut countries: Vec<(String, String)> =
        CountryCode::all().map(|c| (c.as_str().to_owned(), tr.country(c.as_str()))).collect();
    countries.sort_by(|a, b| a.1.cmp(&b.1));
    let statement_required =
        CountryCode::parse(&values.country).is_ok_and(|c| policy.jurisdiction_for(c).statement_required());
    FormPage {
        site: state.site(),
        tr,
        chrome,
        csrf: nonce.token(state),
        countries,
        errors: FormErrors::in_language(errors, tr, &values, policy),
        values,
        general,
        availability: availability_note(tr, policy),
        statement_required,
        impact_max: withhold_core::Impact::MAX_CHARS,
        details_max: withhold_core::Details::MAX_CHARS,
        invite,
    }
}

#[derive(Debug, Deserialize)]
pub struct FormQuery {
    country: Option<String>,
    /// A personal link's token, from a notice email.
    invite: Option<String>,
}

pub async fn form(
    State(state): State<AppState>,
    Extension(nonce): Extension<CsrfNonce>,
    Extension(chrome): Extension<Chrome>,
    Query(query): Query<FormQuery>,
) -> PageResult {
    let tr = chrome.tr;
    let mut values = RawSubmission { country: query.country.unwrap_or_default(), ..RawSubmission::default() };
    let mut general = None;
    let mut invite = String::new();
    if let Some(token) = query.invite.as_deref().filter(|t| !t.is_empty()) {
        // A link that cannot be used still leads to the form: only the filling in is lost.
        general = Some(match state.service().prefill_from_invite(token).await? {
            Ok(prefill) => {
                values.email = prefill.email;
                if let Some(country) = prefill.country {
                    values.country = country;
                }
                invite = token.to_owned();
                tr.t("form-prefilled")
            }
            Err(PrefillRefused::Expired) => tr.t("form-link-expired"),
            Err(PrefillRefused::Unusable) => tr.t("form-link-unusable"),
        });
    }
    Ok(html(StatusCode::OK, &form_page(&state, chrome, &nonce, values, Vec::new(), general, invite)))
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct SubmitForm {
    csrf: String,
    country: String,
    email: String,
    impact: String,
    details: String,
    invite: String,
    /// Set when the language switcher sent the form: show it again in that language.
    switch_language: String,
}

fn form_rejection(state: &AppState, chrome: Chrome, rejection: FormRejection) -> Response {
    let status = rejection.status();
    let tr = chrome.tr;
    let body =
        if status == StatusCode::PAYLOAD_TOO_LARGE { tr.t("unreadable-too-large") } else { tr.t("unreadable-body") };
    let page =
        MessagePage::new(state, chrome, tr.t("unreadable-heading"), body, Some(("/object", tr.t("back-to-form"))));
    html(status, &page)
}

fn too_many_page(mut response: Response, RetryAfter(wait): RetryAfter) -> Response {
    *response.status_mut() = StatusCode::TOO_MANY_REQUESTS;
    response.headers_mut().insert(header::RETRY_AFTER, wait.as_secs().max(1).into());
    response
}

fn wait_message(tr: Tr, RetryAfter(wait): RetryAfter) -> String {
    tr.t1("rate-limited", "minutes", wait.as_secs().div_ceil(60).max(1))
}

pub async fn submit(
    State(state): State<AppState>,
    Extension(nonce): Extension<CsrfNonce>,
    Extension(chrome): Extension<Chrome>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    form: Result<Form<SubmitForm>, FormRejection>,
) -> PageResult {
    let Form(form) = match form {
        Ok(form) => form,
        Err(rejection) => return Ok(form_rejection(&state, chrome, rejection)),
    };
    let tr = chrome.tr;
    let raw = RawSubmission { country: form.country, email: form.email, impact: form.impact, details: form.details };
    if !form.switch_language.is_empty() {
        // Not a submission: the same form, in the language chosen, with everything typed.
        let page = form_page(&state, chrome, &nonce, raw, Vec::new(), None, form.invite);
        return Ok(html(StatusCode::OK, &page));
    }
    if !nonce.accepts(&state, &form.csrf) {
        let page = form_page(&state, chrome, &nonce, raw, Vec::new(), Some(tr.t("form-csrf")), form.invite);
        return Ok(html(StatusCode::FORBIDDEN, &page));
    }
    match state.service().parse_submission(&raw) {
        Ok(mut submission) => {
            submission.locale = tr.locale();
            if !form.invite.is_empty() {
                // Checked again: the link may have expired, or the account gone, since the form opened.
                submission.account_id = state.service().account_for_invite(&form.invite).await?;
            }
            let limited = state.limit(Bucket::SubmitIp, &peer.ip().to_string());
            if let Err(wait) = limited {
                let message = Some(wait_message(tr, wait));
                let page = form_page(&state, chrome, &nonce, raw, Vec::new(), message, form.invite);
                return Ok(too_many_page(html(StatusCode::OK, &page), wait));
            }
            match state.service().submit(submission).await {
                Ok(submitted) => Ok(Redirect::to(&format!("/objections/{}/confirm", submitted.id)).into_response()),
                // The person's answers stay in the form; nothing was saved.
                Err(e) if e.is_unavailable() => {
                    tracing::warn!(error = %e, "submission refused: the database is unavailable");
                    let message = Some(tr.t("form-unavailable"));
                    let page = form_page(&state, chrome, &nonce, raw, Vec::new(), message, form.invite);
                    let mut response = html(StatusCode::SERVICE_UNAVAILABLE, &page);
                    response.headers_mut().insert(header::RETRY_AFTER, HeaderValue::from_static("30"));
                    Ok(response)
                }
                Err(e) => Err(e.into()),
            }
        }
        Err(list) => {
            let page = form_page(&state, chrome, &nonce, raw, list, None, form.invite);
            Ok(html(StatusCode::UNPROCESSABLE_ENTITY, &page))
        }
    }
}

#[derive(Template)]
#[template(path = "confirm.html")]
struct ConfirmPage<'a> {
    site: &'a crate::Site,
    tr: Tr,
    chrome: Chrome,
    id: String,
    csrf: String,
    code: String,
    digits: usize,
    ttl_minutes: u64,
    info: Option<String>,
    error: Option<String>,
    locked: bool,
}

fn confirm_page<'a>(state: &'a AppState, chrome: Chrome, nonce: &CsrfNonce, id: &ObjectionId) -> ConfirmPage<'a> {
    ConfirmPage {
        site: state.site(),
        tr: chrome.tr,
        chrome,
        id: id.to_string(),
        csrf: nonce.token(state),
        code: String::new(),
        digits: VerificationCode::DIGITS,
        ttl_minutes: state.service().limits().code_ttl.as_secs() / 60,
        info: None,
        error: None,
        locked: false,
    }
}

#[derive(Template)]
#[template(path = "message.html")]
struct MessagePage<'a> {
    site: &'a crate::Site,
    tr: Tr,
    chrome: Chrome,
    heading: String,
    body: String,
    link: Option<(&'static str, String)>,
}

impl<'a> MessagePage<'a> {
    fn new(
        state: &'a AppState,
        chrome: Chrome,
        heading: String,
        body: String,
        link: Option<(&'static str, String)>,
    ) -> Self {
        MessagePage { site: state.site(), tr: chrome.tr, chrome, heading, body, link }
    }
}

fn request_not_found(state: &AppState, chrome: Chrome) -> Response {
    let tr = chrome.tr;
    let page = MessagePage::new(
        state,
        chrome,
        tr.t("not-found-heading"),
        tr.t("not-found-body"),
        Some(("/object", tr.t("object-button"))),
    );
    html(StatusCode::NOT_FOUND, &page)
}

fn not_pending_page(state: &AppState, chrome: Chrome, status: Status) -> Response {
    let tr = chrome.tr;
    let (heading, body) = match status {
        Status::Expired => (tr.t("closed-heading"), tr.t("closed-body")),
        _ => (tr.t("already-confirmed-heading"), tr.t("already-confirmed-body")),
    };
    let page = MessagePage::new(state, chrome, heading, body, Some(("/object", tr.t("start-new-objection"))));
    html(StatusCode::CONFLICT, &page)
}

pub async fn confirm(
    State(state): State<AppState>,
    Extension(nonce): Extension<CsrfNonce>,
    Extension(chrome): Extension<Chrome>,
    Path(id): Path<String>,
) -> PageResult {
    let Ok(id) = ObjectionId::parse(&id) else { return Ok(request_not_found(&state, chrome)) };
    match state.service().status_of(&id).await? {
        None => Ok(request_not_found(&state, chrome)),
        Some(Status::PendingVerification) => Ok(html(StatusCode::OK, &confirm_page(&state, chrome, &nonce, &id))),
        Some(status) => Ok(not_pending_page(&state, chrome, status)),
    }
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct CodeForm {
    csrf: String,
    code: String,
}

pub async fn verify(
    State(state): State<AppState>,
    Extension(nonce): Extension<CsrfNonce>,
    Extension(chrome): Extension<Chrome>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    Path(id): Path<String>,
    form: Result<Form<CodeForm>, FormRejection>,
) -> PageResult {
    let Ok(id) = ObjectionId::parse(&id) else { return Ok(request_not_found(&state, chrome)) };
    let Form(form) = match form {
        Ok(form) => form,
        Err(rejection) => return Ok(form_rejection(&state, chrome, rejection)),
    };
    let tr = chrome.tr;
    let mut page = confirm_page(&state, chrome.clone(), &nonce, &id);
    page.code = form.code.chars().take(32).collect();
    if !nonce.accepts(&state, &form.csrf) {
        page.error = Some(tr.t("code-csrf"));
        return Ok(html(StatusCode::FORBIDDEN, &page));
    }
    let code = match VerificationCode::parse(&form.code) {
        Ok(code) => code,
        Err(e) => {
            page.error = Some(match e {
                CodeError::Missing => tr.t("code-missing"),
                CodeError::Malformed => tr.t("code-malformed"),
            });
            return Ok(html(StatusCode::UNPROCESSABLE_ENTITY, &page));
        }
    };
    let limited = state
        .limit(Bucket::VerifyIp, &peer.ip().to_string())
        .and_then(|()| state.limit(Bucket::VerifyRequest, &id.to_string()));
    if let Err(wait) = limited {
        page.error = Some(wait_message(tr, wait));
        return Ok(too_many_page(html(StatusCode::OK, &page), wait));
    }
    match state.service().verify(&id, &code).await? {
        VerifyOutcome::Verified { token, .. } => {
            Ok(Redirect::to(&format!("/objections/{id}?token={}&notice=confirmed", token.expose())).into_response())
        }
        VerifyOutcome::AlreadyInEffect { existing, token, .. } => {
            Ok(Redirect::to(&format!("/objections/{existing}?token={}&notice=already_in_effect", token.expose()))
                .into_response())
        }
        VerifyOutcome::WrongCode { attempts_left } => {
            page.error = Some(tr.t1("code-wrong", "left", attempts_left));
            Ok(html(StatusCode::UNPROCESSABLE_ENTITY, &page))
        }
        VerifyOutcome::LockedOut => {
            page.error = Some(tr.t("code-locked"));
            page.locked = true;
            Ok(html(StatusCode::UNPROCESSABLE_ENTITY, &page))
        }
        VerifyOutcome::CodeExpired => {
            page.code.clear();
            page.error = Some(tr.t("code-expired"));
            Ok(html(StatusCode::UNPROCESSABLE_ENTITY, &page))
        }
        VerifyOutcome::NotPending { status } => Ok(not_pending_page(&state, chrome, status)),
        VerifyOutcome::NotFound => Ok(request_not_found(&state, chrome)),
    }
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct CsrfOnlyForm {
    csrf: String,
}

pub async fn resend(
    State(state): State<AppState>,
    Extension(nonce): Extension<CsrfNonce>,
    Extension(chrome): Extension<Chrome>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    Path(id): Path<String>,
    form: Result<Form<CsrfOnlyForm>, FormRejection>,
) -> PageResult {
    let Ok(id) = ObjectionId::parse(&id) else { return Ok(request_not_found(&state, chrome)) };
    let Form(form) = match form {
        Ok(form) => form,
        Err(rejection) => return Ok(form_rejection(&state, chrome, rejection)),
    };
    let tr = chrome.tr;
    let mut page = confirm_page(&state, chrome.clone(), &nonce, &id);
    if !nonce.accepts(&state, &form.csrf) {
        page.error = Some(tr.t("resend-csrf"));
        return Ok(html(StatusCode::FORBIDDEN, &page));
    }
    if let Err(wait) = state.limit(Bucket::ResendIp, &peer.ip().to_string()) {
        page.error = Some(wait_message(tr, wait));
        return Ok(too_many_page(html(StatusCode::OK, &page), wait));
    }
    match state.service().resend(&id).await? {
        ResendOutcome::Sent => {
            page.info = Some(tr.t("resend-sent"));
            Ok(html(StatusCode::OK, &page))
        }
        ResendOutcome::TooMany { retry_after } => {
            let minutes = retry_after.as_secs().div_ceil(60).max(1);
            let count = state.service().limits().max_resends_per_hour;
            page.error = Some(tr.t2("resend-too-many", "count", count, "minutes", minutes));
            let mut response = html(StatusCode::TOO_MANY_REQUESTS, &page);
            response.headers_mut().insert(header::RETRY_AFTER, retry_after.as_secs().max(1).into());
            Ok(response)
        }
        ResendOutcome::NotPending { status } => Ok(not_pending_page(&state, chrome, status)),
        ResendOutcome::NotFound => Ok(request_not_found(&state, chrome)),
    }
}

#[derive(Template)]
#[template(path = "status.html")]
struct StatusPage<'a> {
    site: &'a crate::Site,
    tr: Tr,
    chrome: Chrome,
    view: ObjectionView,
    token: String,
    status_name: &'static str,
    status_label: String,
    meaning: String,
    country_name: String,
    received: String,
    due: String,
    show_due: bool,
    restricted_since: Option<String>,
    notice: Option<String>,
    can_object_again: bool,
    /// (RFC 3339, as the person reads it, what happened).
    events: Vec<(String, String, String)>,
}

fn describe_status(tr: Tr, view: &ObjectionView) -> (String, String) {
    match view.status {
        Status::PendingVerification => (tr.t("status-pending"), tr.t("status-pending-meaning")),
        Status::Verified => (tr.t("status-verified"), tr.t("status-verified-meaning")),
        Status::NeedsReview => (tr.t("status-review"), tr.t1("status-review-meaning", "due", tr.datetime(view.due_at))),
        Status::Honored => (tr.t("status-honored"), tr.t("status-honored-meaning")),
        Status::Declined => (tr.t("status-declined"), tr.t("status-declined-meaning")),
        Status::Withdrawn => (tr.t("status-withdrawn"), tr.t("status-withdrawn-meaning")),
        Status::Expired => (tr.t("status-closed"), tr.t("status-closed-meaning")),
    }
}

#[derive(Debug, Deserialize)]
pub struct StatusQuery {
    #[serde(default)]
    token: String,
    notice: Option<String>,
}

pub async fn status(
    State(state): State<AppState>,
    Extension(chrome): Extension<Chrome>,
    Path(id): Path<String>,
    Query(query): Query<StatusQuery>,
) -> PageResult {
    let Ok(id) = ObjectionId::parse(&id) else { return Ok(request_not_found(&state, chrome)) };
    let token = AccessToken::from_presented(&query.token);
    let Some(view) = state.service().view(&id, &token).await? else {
        return Ok(request_not_found(&state, chrome));
    };
    let tr = chrome.tr;
    let view = view.in_language(tr.locale(), state.service().policy());
    let (status_label, meaning) = describe_status(tr, &view);
    let notice = match query.notice.as_deref() {
        Some("confirmed") => Some(tr.t("status-notice-confirmed")),
        Some("already_in_effect") => Some(tr.t("status-notice-already")),
        Some("withdrawn") => Some(tr.t("status-notice-withdrawn")),
        _ => None,
    };
    let events = view.events.iter().map(|e| (e.at.to_rfc3339(), tr.datetime(e.at), e.description_in(tr))).collect();
    let page = StatusPage {
        site: state.site(),
        tr,
        chrome,
        token: token.expose().to_owned(),
        status_name: view.status.as_str(),
        status_label,
        meaning,
        country_name: tr.country(&view.country),
        received: tr.datetime(view.received_at),
        due: tr.datetime(view.due_at),
        show_due: matches!(view.status, Status::PendingVerification | Status::Verified | Status::NeedsReview),
        restricted_since: view.restricted_since.filter(|_| view.restricts_processing()).map(|at| tr.datetime(at)),
        notice,
        can_object_again: matches!(view.status, Status::Declined | Status::Withdrawn | Status::Expired),
        events,
        view,
    };
    Ok(html(StatusCode::OK, &page))
}

#[derive(Template)]
#[template(path = "withdraw.html")]
struct WithdrawPage<'a> {
    site: &'a crate::Site,
    tr: Tr,
    chrome: Chrome,
    id: String,
    token: String,
    csrf: String,
}

pub async fn withdraw_page(
    State(state): State<AppState>,
    Extension(nonce): Extension<CsrfNonce>,
    Extension(chrome): Extension<Chrome>,
    Path(id): Path<String>,
    Query(query): Query<StatusQuery>,
) -> PageResult {
    let Ok(id) = ObjectionId::parse(&id) else { return Ok(request_not_found(&state, chrome)) };
    let token = AccessToken::from_presented(&query.token);
    let Some(view) = state.service().view(&id, &token).await? else {
        return Ok(request_not_found(&state, chrome));
    };
    if !view.can_withdraw() {
        return Ok(Redirect::to(&format!("/objections/{id}?token={}", token.expose())).into_response());
    }
    let page = WithdrawPage {
        site: state.site(),
        tr: chrome.tr,
        chrome,
        id: id.to_string(),
        token: token.expose().to_owned(),
        csrf: nonce.token(&state),
    };
    Ok(html(StatusCode::OK, &page))
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct WithdrawForm {
    csrf: String,
    token: String,
}

pub async fn withdraw(
    State(state): State<AppState>,
    Extension(nonce): Extension<CsrfNonce>,
    Extension(chrome): Extension<Chrome>,
    Path(id): Path<String>,
    form: Result<Form<WithdrawForm>, FormRejection>,
) -> PageResult {
    let Ok(id) = ObjectionId::parse(&id) else { return Ok(request_not_found(&state, chrome)) };
    let Form(form) = match form {
        Ok(form) => form,
        Err(rejection) => return Ok(form_rejection(&state, chrome, rejection)),
    };
    let token = AccessToken::from_presented(&form.token);
    if !nonce.accepts(&state, &form.csrf) {
        let page = WithdrawPage {
            site: state.site(),
            tr: chrome.tr,
            chrome,
            id: id.to_string(),
            token: token.expose().to_owned(),
            csrf: nonce.token(&state),
        };
        return Ok(html(StatusCode::FORBIDDEN, &page));
    }
    match state.service().withdraw(&id, &token).await? {
        WithdrawOutcome::Withdrawn => {
            Ok(Redirect::to(&format!("/objections/{id}?token={}&notice=withdrawn", token.expose())).into_response())
        }
        WithdrawOutcome::NotWithdrawable { .. } => {
            Ok(Redirect::to(&format!("/objections/{id}?token={}", token.expose())).into_response())
        }
        WithdrawOutcome::NotFound => Ok(request_not_found(&state, chrome)),
    }
}

pub async fn stylesheet() -> Response {
    (
        [(header::CONTENT_TYPE, "text/css; charset=utf-8"), (header::CACHE_CONTROL, "public, max-age=3600")],
        include_str!("../static/style.css"),
    )
        .into_response()
}

/// The site's icon (browsers ask for one on every page).
pub async fn favicon() -> Response {
    (
        [(header::CONTENT_TYPE, "image/svg+xml"), (header::CACHE_CONTROL, "public, max-age=86400")],
        include_str!("../static/favicon.svg"),
    )
        .into_response()
}

/// Crawlers may read the public pages (the notice is meant to be found); the console is
/// behind a sign-in, and the API is not for crawling.
pub async fn robots() -> Response {
    (
        [(header::CONTENT_TYPE, "text/plain; charset=utf-8"), (header::CACHE_CONTROL, "public, max-age=3600")],
        "User-agent: *\nAllow: /\nDisallow: /api/\n",
    )
        .into_response()
}

/// The operator's logo, from the file the configuration names (served from here: no page loads
/// anything from elsewhere).
pub async fn logo(State(state): State<AppState>) -> Response {
    match &state.site().logo {
        Some(logo) => (
            [
                (header::CONTENT_TYPE, HeaderValue::from_static(logo.content_type)),
                (header::CACHE_CONTROL, HeaderValue::from_static("public, max-age=3600")),
            ],
            logo.bytes.clone(),
        )
            .into_response(),
        None => StatusCode::NOT_FOUND.into_response(),
    }
}

pub async fn not_found(State(state): State<AppState>, chrome: Option<Extension<Chrome>>) -> Response {
    let chrome = chrome.map(|Extension(c)| c).unwrap_or_else(|| Chrome::plain(Tr::default()));
    let tr = chrome.tr;
    let page = MessagePage::new(
        &state,
        chrome,
        tr.t("page-not-found-heading"),
        tr.t("page-not-found-body"),
        Some(("/", tr.t("go-to-start"))),
    );
    html(StatusCode::NOT_FOUND, &page)
}
