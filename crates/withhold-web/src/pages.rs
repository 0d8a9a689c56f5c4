//! The public pages. They work without JavaScript; a form with mistakes comes back with a
//! message at each field and everything the person typed.

use crate::AppState;
use crate::csrf::CsrfNonce;
use crate::error::PageError;
use crate::limits::{Bucket, RetryAfter};
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
use withhold_service::campaigns::PrefillRefused;
use withhold_service::{
    FieldError, ObjectionView, RawSubmission, ResendOutcome, VerifyOutcome, WithdrawOutcome, human_date,
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

/// The field errors of a form, in the order the fields appear.
#[derive(Debug, Default)]
pub struct FormErrors {
    pub list: Vec<FieldError>,
}

impl FormErrors {
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
fn availability_note(policy: &Policy) -> Option<String> {
    if policy.available_everywhere() {
        return None;
    }
    let available: Vec<&str> = policy.available_countries().iter().map(|c| c.name()).collect();
    if available.is_empty() {
        return Some("The objection form is not available in any country at the moment.".into());
    }
    Some(format!("The objection form is available for residents of: {}.", available.join(", ")))
}

#[derive(Template)]
#[template(path = "notice.html")]
struct NoticePage<'a> {
    site: &'a crate::Site,
    availability: Option<String>,
}

pub async fn notice(State(state): State<AppState>) -> Response {
    html(StatusCode::OK, &NoticePage { site: state.site(), availability: availability_note(state.service().policy()) })
}

#[derive(Template)]
#[template(path = "form.html")]
struct FormPage<'a> {
    site: &'a crate::Site,
    csrf: String,
    countries: Vec<(String, String)>,
    values: RawSubmission,
    errors: FormErrors,
    general: Option<String>,
    availability: Option<String>,
    statement_required: bool,
}

fn form_page<'a>(
    state: &'a AppState,
    nonce: &CsrfNonce,
    values: RawSubmission,
    errors: FormErrors,
    general: Option<String>,
) -> FormPage<'a> {
    let policy = state.service().policy();
    let mut countries: Vec<(String, String)> =
        CountryCode::all().map(|c| (c.as_str().to_owned(), c.name().to_owned())).collect();
    countries.sort_by(|a, b| a.1.cmp(&b.1));
    let statement_required =
        CountryCode::parse(&values.country).is_ok_and(|c| policy.jurisdiction_for(c).statement_required());
    FormPage {
        site: state.site(),
        csrf: nonce.token(state),
        countries,
        values,
        errors,
        general,
        availability: availability_note(policy),
        statement_required,
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
    Query(query): Query<FormQuery>,
) -> PageResult {
    let mut values = RawSubmission { country: query.country.unwrap_or_default(), ..RawSubmission::default() };
    let mut general = None;
    if let Some(token) = query.invite.as_deref().filter(|t| !t.is_empty()) {
        // A link that cannot be used still leads to the form: only the filling in is lost.
        general = Some(match state.service().prefill_from_invite(token).await? {
            Ok(prefill) => {
                values.email = prefill.email;
                if let Some(country) = prefill.country {
                    values.country = country;
                }
                "We filled in your details from your personal link. Check them, then send the form.".to_owned()
            }
            Err(PrefillRefused::Expired) => {
                "Your personal link has expired, so your details are not filled in. You can still object: fill in the form below.".to_owned()
            }
            Err(PrefillRefused::Unusable) => {
                "We could not read your personal link (it may have been cut or changed), so your details are not filled in. You can still object: fill in the form below.".to_owned()
            }
        });
    }
    Ok(html(StatusCode::OK, &form_page(&state, &nonce, values, FormErrors::default(), general)))
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct SubmitForm {
    csrf: String,
    country: String,
    email: String,
    impact: String,
    details: String,
}

fn form_rejection(rejection: FormRejection) -> Response {
    let status = rejection.status();
    let body = if status == StatusCode::PAYLOAD_TOO_LARGE {
        "What you sent is larger than we accept. Please shorten it and try again."
    } else {
        "We could not read what your browser sent. Please go back and try again."
    };
    html(status, &MessagePage::new("We couldn't read that", body, Some(("/object", "Back to the form"))))
}

fn too_many_page(mut response: Response, RetryAfter(wait): RetryAfter) -> Response {
    *response.status_mut() = StatusCode::TOO_MANY_REQUESTS;
    response.headers_mut().insert(header::RETRY_AFTER, wait.as_secs().max(1).into());
    response
}

fn wait_message(RetryAfter(wait): RetryAfter) -> String {
    let minutes = wait.as_secs().div_ceil(60).max(1);
    format!(
        "We received several requests from here in a short time. Please wait {minutes} {} and send again: what you typed is kept.",
        if minutes == 1 { "minute" } else { "minutes" }
    )
}

pub async fn submit(
    State(state): State<AppState>,
    Extension(nonce): Extension<CsrfNonce>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    form: Result<Form<SubmitForm>, FormRejection>,
) -> PageResult {
    let Form(form) = match form {
        Ok(form) => form,
        Err(rejection) => return Ok(form_rejection(rejection)),
    };
    let raw = RawSubmission { country: form.country, email: form.email, impact: form.impact, details: form.details };
    if !nonce.accepts(&state, &form.csrf) {
        let message = "For your security, please check your answers and send the form again.".to_owned();
        return Ok(html(StatusCode::FORBIDDEN, &form_page(&state, &nonce, raw, FormErrors::default(), Some(message))));
    }
    match state.service().parse_submission(&raw) {
        Ok(submission) => {
            let mailbox = state.service().keys().email_key(&submission.email.normalized());
            let limited = state
                .limit(Bucket::SubmitIp, &peer.ip().to_string())
                .and_then(|()| state.limit(Bucket::SubmitAddress, &mailbox));
            if let Err(wait) = limited {
                let page = form_page(&state, &nonce, raw, FormErrors::default(), Some(wait_message(wait)));
                return Ok(too_many_page(html(StatusCode::OK, &page), wait));
            }
            match state.service().submit(submission).await {
                Ok(submitted) => Ok(Redirect::to(&format!("/objections/{}/confirm", submitted.id)).into_response()),
                // The person's answers stay in the form; nothing was saved.
                Err(e) if e.is_unavailable() => {
                    tracing::warn!(error = %e, "submission refused: the database is unavailable");
                    let message = "We could not save your objection just now: our database is briefly unavailable and nothing was saved. Your answers are still here; please send the form again in a minute.".to_owned();
                    let page = form_page(&state, &nonce, raw, FormErrors::default(), Some(message));
                    let mut response = html(StatusCode::SERVICE_UNAVAILABLE, &page);
                    response.headers_mut().insert(header::RETRY_AFTER, HeaderValue::from_static("30"));
                    Ok(response)
                }
                Err(e) => Err(e.into()),
            }
        }
        Err(list) => {
            Ok(html(StatusCode::UNPROCESSABLE_ENTITY, &form_page(&state, &nonce, raw, FormErrors { list }, None)))
        }
    }
}

#[derive(Template)]
#[template(path = "confirm.html")]
struct ConfirmPage<'a> {
    site: &'a crate::Site,
    id: String,
    csrf: String,
    code: String,
    digits: usize,
    ttl_minutes: u64,
    info: Option<String>,
    error: Option<String>,
    locked: bool,
}

fn confirm_page<'a>(state: &'a AppState, nonce: &CsrfNonce, id: &ObjectionId) -> ConfirmPage<'a> {
    ConfirmPage {
        site: state.site(),
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
    site: crate::Site,
    heading: &'a str,
    body: &'a str,
    link: Option<(&'a str, &'a str)>,
}

impl<'a> MessagePage<'a> {
    fn new(heading: &'a str, body: &'a str, link: Option<(&'a str, &'a str)>) -> Self {
        // The message page is also used where no state is at hand (rejections).
        MessagePage {
            site: crate::Site {
                operator_name: "Withhold".into(),
                effective_date: String::new(),
                public_url: String::new(),
                secure_cookies: false,
            },
            heading,
            body,
            link,
        }
    }
    fn for_site(state: &AppState, heading: &'a str, body: &'a str, link: Option<(&'a str, &'a str)>) -> Self {
        MessagePage { site: state.site().clone(), ..MessagePage::new(heading, body, link) }
    }
}

fn request_not_found(state: &AppState) -> Response {
    html(
        StatusCode::NOT_FOUND,
        &MessagePage::for_site(
            state,
            "We can't find that request",
            "The link may be incomplete. Use the most recent link from our emails, or start a new objection.",
            Some(("/object", "Object to your information being used for AI")),
        ),
    )
}

fn not_pending_page(state: &AppState, status: Status) -> Response {
    let (heading, body) = match status {
        Status::Expired => (
            "This request is closed",
            "It was not confirmed in time, or a wrong code was entered too many times. You can start a new objection: it takes a minute.",
        ),
        _ => (
            "This email address is already confirmed",
            "Nothing more to do here. The link in our emails shows your request's status and timeline.",
        ),
    };
    html(StatusCode::CONFLICT, &MessagePage::for_site(state, heading, body, Some(("/object", "Start a new objection"))))
}

pub async fn confirm(
    State(state): State<AppState>,
    Extension(nonce): Extension<CsrfNonce>,
    Path(id): Path<String>,
) -> PageResult {
    let Ok(id) = ObjectionId::parse(&id) else { return Ok(request_not_found(&state)) };
    match state.service().status_of(&id).await? {
        None => Ok(request_not_found(&state)),
        Some(Status::PendingVerification) => Ok(html(StatusCode::OK, &confirm_page(&state, &nonce, &id))),
        Some(status) => Ok(not_pending_page(&state, status)),
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
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    Path(id): Path<String>,
    form: Result<Form<CodeForm>, FormRejection>,
) -> PageResult {
    let Ok(id) = ObjectionId::parse(&id) else { return Ok(request_not_found(&state)) };
    let Form(form) = match form {
        Ok(form) => form,
        Err(rejection) => return Ok(form_rejection(rejection)),
    };
    let mut page = confirm_page(&state, &nonce, &id);
    page.code = form.code.chars().take(32).collect();
    if !nonce.accepts(&state, &form.csrf) {
        page.error = Some("For your security, please enter the code again.".into());
        return Ok(html(StatusCode::FORBIDDEN, &page));
    }
    let code = match VerificationCode::parse(&form.code) {
        Ok(code) => code,
        Err(e) => {
            page.error = Some(match e {
                CodeError::Missing => "Enter the 6-digit code from the email.".into(),
                CodeError::Malformed => "The code is 6 digits, like 123456. Check the email and enter it again.".into(),
            });
            return Ok(html(StatusCode::UNPROCESSABLE_ENTITY, &page));
        }
    };
    let limited = state
        .limit(Bucket::VerifyIp, &peer.ip().to_string())
        .and_then(|()| state.limit(Bucket::VerifyRequest, &id.to_string()));
    if let Err(wait) = limited {
        page.error = Some(wait_message(wait));
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
            page.error = Some(format!(
                "That code is not right. Check the latest email from us and try again ({attempts_left} {} left).",
                if attempts_left == 1 { "try" } else { "tries" }
            ));
            Ok(html(StatusCode::UNPROCESSABLE_ENTITY, &page))
        }
        VerifyOutcome::LockedOut => {
            page.error = Some(
                "That code was wrong too many times, so for your security we closed this request. Please start again: it takes a minute.".into(),
            );
            page.locked = true;
            Ok(html(StatusCode::UNPROCESSABLE_ENTITY, &page))
        }
        VerifyOutcome::CodeExpired => {
            page.code.clear();
            page.error =
                Some("This code has expired. Send yourself a new code with the link below, then enter it here.".into());
            Ok(html(StatusCode::UNPROCESSABLE_ENTITY, &page))
        }
        VerifyOutcome::NotPending { status } => Ok(not_pending_page(&state, status)),
        VerifyOutcome::NotFound => Ok(request_not_found(&state)),
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
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    Path(id): Path<String>,
    form: Result<Form<CsrfOnlyForm>, FormRejection>,
) -> PageResult {
    let Ok(id) = ObjectionId::parse(&id) else { return Ok(request_not_found(&state)) };
    let Form(form) = match form {
        Ok(form) => form,
        Err(rejection) => return Ok(form_rejection(rejection)),
    };
    let mut page = confirm_page(&state, &nonce, &id);
    if !nonce.accepts(&state, &form.csrf) {
        page.error = Some("For your security, please press \"send a new code\" again.".into());
        return Ok(html(StatusCode::FORBIDDEN, &page));
    }
    if let Err(wait) = state.limit(Bucket::ResendIp, &peer.ip().to_string()) {
        page.error = Some(wait_message(wait));
        return Ok(too_many_page(html(StatusCode::OK, &page), wait));
    }
    match state.service().resend(&id).await? {
        ResendOutcome::Sent => {
            page.info = Some("We sent you a new code. Codes we sent before no longer work.".into());
            Ok(html(StatusCode::OK, &page))
        }
        ResendOutcome::TooMany { retry_after } => {
            let minutes = retry_after.as_secs().div_ceil(60).max(1);
            page.error = Some(format!(
                "We've already sent {} new codes in the last hour. You can ask for another in {minutes} {}. Your latest code still works until it expires.",
                state.service().limits().max_resends_per_hour,
                if minutes == 1 { "minute" } else { "minutes" }
            ));
            let mut response = html(StatusCode::TOO_MANY_REQUESTS, &page);
            response.headers_mut().insert(header::RETRY_AFTER, retry_after.as_secs().max(1).into());
            Ok(response)
        }
        ResendOutcome::NotPending { status } => Ok(not_pending_page(&state, status)),
        ResendOutcome::NotFound => Ok(request_not_found(&state)),
    }
}

#[derive(Template)]
#[template(path = "status.html")]
struct StatusPage<'a> {
    site: &'a crate::Site,
    view: ObjectionView,
    token: String,
    status_name: &'static str,
    status_label: &'static str,
    meaning: String,
    received: String,
    due: String,
    show_due: bool,
    restricted_since: Option<String>,
    notice: Option<&'static str>,
    can_object_again: bool,
}

fn describe_status(view: &ObjectionView) -> (&'static str, String) {
    match view.status {
        Status::PendingVerification => (
            "Waiting for you to confirm your email address",
            "Enter the code we emailed you. Nothing is reviewed before that.".into(),
        ),
        Status::Verified => ("Confirmed, being decided", "Your information is already excluded from AI training while we decide.".into()),
        Status::NeedsReview => (
            "Being reviewed by a person",
            format!(
                "Your information is already excluded from AI training while a person reviews your objection. We will answer by {}.",
                human_date(view.due_at)
            ),
        ),
        Status::Honored => (
            "Honored",
            "Applied going forward: every AI training dataset we build excludes the content you authored (public posts, photos and their captions, messages to our AI assistant), including what you posted before. Private messages are never used. Information about you can still appear in content other people share.".into(),
        ),
        Status::Declined => ("Declined", "Your objection was declined. The reason and what you can do are below.".into()),
        Status::Withdrawn => (
            "Withdrawn",
            "You withdrew your objection. Datasets built from then on may include content you authored; datasets built while it applied stay without it.".into(),
        ),
        Status::Expired => ("Closed", "This request was closed without the email address being confirmed. You can object again at any time.".into()),
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
    Path(id): Path<String>,
    Query(query): Query<StatusQuery>,
) -> PageResult {
    let Ok(id) = ObjectionId::parse(&id) else { return Ok(request_not_found(&state)) };
    let token = AccessToken::from_presented(&query.token);
    let Some(view) = state.service().view(&id, &token).await? else {
        return Ok(request_not_found(&state));
    };
    let (status_label, meaning) = describe_status(&view);
    let notice = match query.notice.as_deref() {
        Some("confirmed") => Some("Thank you: your email address is confirmed."),
        Some("already_in_effect") => {
            Some("You already have an objection in effect, so we didn't open a second one. Here it is.")
        }
        Some("withdrawn") => Some("Your objection is withdrawn. We've emailed you a confirmation."),
        _ => None,
    };
    let page = StatusPage {
        site: state.site(),
        token: token.expose().to_owned(),
        status_name: view.status.as_str(),
        status_label,
        meaning,
        received: human_date(view.received_at),
        due: human_date(view.due_at),
        show_due: matches!(view.status, Status::PendingVerification | Status::Verified | Status::NeedsReview),
        restricted_since: view.restricted_since.filter(|_| view.restricts_processing()).map(human_date),
        notice,
        can_object_again: matches!(view.status, Status::Declined | Status::Withdrawn | Status::Expired),
        view,
    };
    Ok(html(StatusCode::OK, &page))
}

#[derive(Template)]
#[template(path = "withdraw.html")]
struct WithdrawPage<'a> {
    site: &'a crate::Site,
    id: String,
    token: String,
    csrf: String,
}

pub async fn withdraw_page(
    State(state): State<AppState>,
    Extension(nonce): Extension<CsrfNonce>,
    Path(id): Path<String>,
    Query(query): Query<StatusQuery>,
) -> PageResult {
    let Ok(id) = ObjectionId::parse(&id) else { return Ok(request_not_found(&state)) };
    let token = AccessToken::from_presented(&query.token);
    let Some(view) = state.service().view(&id, &token).await? else {
        return Ok(request_not_found(&state));
    };
    if !view.can_withdraw() {
        return Ok(Redirect::to(&format!("/objections/{id}?token={}", token.expose())).into_response());
    }
    let page = WithdrawPage {
        site: state.site(),
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
    Path(id): Path<String>,
    form: Result<Form<WithdrawForm>, FormRejection>,
) -> PageResult {
    let Ok(id) = ObjectionId::parse(&id) else { return Ok(request_not_found(&state)) };
    let Form(form) = match form {
        Ok(form) => form,
        Err(rejection) => return Ok(form_rejection(rejection)),
    };
    let token = AccessToken::from_presented(&form.token);
    if !nonce.accepts(&state, &form.csrf) {
        let page = WithdrawPage {
            site: state.site(),
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
        WithdrawOutcome::NotFound => Ok(request_not_found(&state)),
    }
}

pub async fn stylesheet() -> Response {
    (
        [(header::CONTENT_TYPE, "text/css; charset=utf-8"), (header::CACHE_CONTROL, "public, max-age=3600")],
        include_str!("../static/style.css"),
    )
        .into_response()
}

pub async fn not_found(State(state): State<AppState>) -> Response {
    html(
        StatusCode::NOT_FOUND,
        &MessagePage::for_site(
            &state,
            "Page not found",
            "There is nothing at this address.",
            Some(("/", "Go to the start page")),
        ),
    )
}
