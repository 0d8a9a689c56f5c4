//! The JSON API for the same journey, described by `/api/openapi.json`.

use crate::AppState;
use crate::error::ApiError;
use crate::limits::{Bucket, RetryAfter};
use crate::locale::Chrome;
use axum::extract::rejection::JsonRejection;
use axum::extract::{ConnectInfo, Path, Query, State};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::{Extension, Json};
use serde::Deserialize;
use serde_json::{Value, json};
use std::net::SocketAddr;
use withhold_core::secrets::CodeError;
use withhold_core::{AccessToken, ObjectionId, VerificationCode};
use withhold_service::{FieldError, RawSubmission, ResendOutcome, VerifyOutcome, WithdrawOutcome};

type ApiResult = Result<Response, ApiError>;

pub(crate) fn problem(status: StatusCode, error: &str, message: &str) -> Response {
    (status, Json(json!({ "error": error, "message": message }))).into_response()
}

pub(crate) fn validation_failed(fields: &[FieldError]) -> Response {
    (
        StatusCode::UNPROCESSABLE_ENTITY,
        Json(json!({ "error": "validation_failed", "message": "Some fields are not valid.", "fields": fields })),
    )
        .into_response()
}

/// Our own answer to a body that is not the JSON we expect, instead of axum's plain text.
pub(crate) fn json_rejection(rejection: JsonRejection) -> Response {
    match rejection {
        JsonRejection::MissingJsonContentType(_) => problem(
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            "unsupported_media_type",
            "Send the body as JSON with Content-Type: application/json.",
        ),
        JsonRejection::JsonSyntaxError(_) => {
            problem(StatusCode::BAD_REQUEST, "invalid_json", "The body is not valid JSON.")
        }
        JsonRejection::JsonDataError(e) => shape_error(&e.body_text()),
        other if other.status() == StatusCode::PAYLOAD_TOO_LARGE => {
            problem(StatusCode::PAYLOAD_TOO_LARGE, "too_large", "The body is larger than the API accepts.")
        }
        _ => problem(StatusCode::BAD_REQUEST, "unreadable_body", "The request body could not be read."),
    }
}

/// A body that is JSON but not the documented object: the same per-field list as any other
/// validation failure. serde's own message is not passed on: it can quote what was sent.
fn shape_error(serde_text: &str) -> Response {
    let detail = serde_text.trim_start_matches("Failed to deserialize the JSON body into the target type: ");
    let path = detail
        .split_once(": ")
        .map(|(path, _)| path)
        .filter(|path| !path.is_empty() && path.chars().all(|c| c.is_ascii_alphanumeric() || "_.[]".contains(c)));
    let field = match path {
        Some(path) => FieldError {
            field: known_field_name(path),
            code: "invalid_type",
            message: "This field has the wrong type; see the API description.".into(),
        },
        None if detail.starts_with("missing field") => FieldError {
            field: "body",
            code: "required",
            message: "A required field is missing; see the API description.".into(),
        },
        None => FieldError {
            field: "body",
            code: "invalid_type",
            message: "The body must be a JSON object with the documented fields.".into(),
        },
    };
    validation_failed(&[field])
}

/// Field names are `&'static str`; a path from serde is matched to the ones the API has.
fn known_field_name(path: &str) -> &'static str {
    const FIELDS: [&str; 5] = ["country", "email", "impact", "details", "code"];
    FIELDS.into_iter().find(|f| *f == path).unwrap_or("body")
}

fn too_many(RetryAfter(wait): RetryAfter) -> Response {
    let mut response = problem(
        StatusCode::TOO_MANY_REQUESTS,
        "rate_limited",
        "Too many requests; retry after the time in Retry-After.",
    );
    response.headers_mut().insert(header::RETRY_AFTER, wait.as_secs().max(1).into());
    response
}

fn not_found() -> Response {
    problem(StatusCode::NOT_FOUND, "not_found", "No objection with that id, or the token does not open it.")
}

/// The API address of an objection's status, with its access token.
fn status_url(state: &AppState, id: &ObjectionId, token: &AccessToken) -> String {
    format!("{}/api/v1/objections/{id}?token={}", state.site().public_url, token.expose())
}

/// The page a person opens to see the same.
fn status_page_url(state: &AppState, id: &ObjectionId, token: &AccessToken) -> String {
    format!("{}/objections/{id}?token={}", state.site().public_url, token.expose())
}

pub async fn submit(
    State(state): State<AppState>,
    Extension(Chrome { tr, .. }): Extension<Chrome>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    body: Result<Json<RawSubmission>, JsonRejection>,
) -> ApiResult {
    let Json(raw) = match body {
        Ok(body) => body,
        Err(rejection) => return Ok(json_rejection(rejection)),
    };
    let mut submission = match state.service().parse_submission(&raw) {
        Ok(submission) => submission,
        Err(fields) => return Ok(validation_failed(&fields)),
    };
    // The person's language, as their app asks for it (`Accept-Language`, or `?lang=`): the code
    // mail and every later one are written in it.
    submission.locale = tr.locale();
    if let Err(wait) = state.limit(Bucket::SubmitIp, &peer.ip().to_string()) {
        return Ok(too_many(wait));
    }
    let submitted = state.service().submit(submission).await?;
    let body = json!({
        "id": submitted.id.to_string(),
        "status": "pending_verification",
        "token": submitted.token.expose(),
        "status_url": status_url(&state, &submitted.id, &submitted.token),
        "status_page_url": status_page_url(&state, &submitted.id, &submitted.token),
    });
    Ok((StatusCode::ACCEPTED, Json(body)).into_response())
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct VerifyBody {
    code: String,
}

pub async fn verify(
    State(state): State<AppState>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    Path(id): Path<String>,
    body: Result<Json<VerifyBody>, JsonRejection>,
) -> ApiResult {
    let Ok(id) = ObjectionId::parse(&id) else { return Ok(not_found()) };
    let Json(body) = match body {
        Ok(body) => body,
        Err(rejection) => return Ok(json_rejection(rejection)),
    };
    let code = match VerificationCode::parse(&body.code) {
        Ok(code) => code,
        Err(e) => {
            let code = if e == CodeError::Missing { "required" } else { "invalid" };
            return Ok(validation_failed(&[FieldError { field: "code", code, message: e.to_string() }]));
        }
    };
    if let Err(wait) = state
        .limit(Bucket::VerifyIp, &peer.ip().to_string())
        .and_then(|()| state.limit(Bucket::VerifyRequest, &id.to_string()))
    {
        return Ok(too_many(wait));
    }
    let response = match state.service().verify(&id, &code).await? {
        // The mailbox is proven: a fresh status link, the only one that opens the request now
        // (the one handed out at submission was revoked).
        VerifyOutcome::Verified { status, token } => Json(json!({
            "id": id.to_string(),
            "status": status.as_str(),
            "token": token.expose(),
            "status_url": status_url(&state, &id, &token),
            "status_page_url": status_page_url(&state, &id, &token),
        }))
        .into_response(),
        VerifyOutcome::AlreadyInEffect { existing, status, token } => Json(json!({
            "id": existing.to_string(),
            "status": status.as_str(),
            "already_in_effect": true,
            "token": token.expose(),
            "status_url": status_url(&state, &existing, &token),
            "status_page_url": status_page_url(&state, &existing, &token),
        }))
        .into_response(),
        VerifyOutcome::WrongCode { attempts_left } => (
            StatusCode::UNPROCESSABLE_ENTITY,
            Json(json!({
                "error": "wrong_code",
                "message": "The code is not right.",
                "attempts_left": attempts_left,
                "fields": [{ "field": "code", "code": "wrong", "message": "The code is not right." }],
            })),
        )
            .into_response(),
        VerifyOutcome::LockedOut => problem(
            StatusCode::GONE,
            "locked_out",
            "Too many wrong codes: the request is closed. Submit the objection again.",
        ),
        VerifyOutcome::CodeExpired => problem(
            StatusCode::GONE,
            "code_expired",
            "The code has expired. Ask for a new one with the resend endpoint.",
        ),
        VerifyOutcome::NotPending { status } => (
            StatusCode::CONFLICT,
            Json(
                json!({ "error": "not_pending", "message": "There is nothing to confirm.", "status": status.as_str() }),
            ),
        )
            .into_response(),
        VerifyOutcome::NotFound => not_found(),
    };
    Ok(response)
}

pub async fn resend(
    State(state): State<AppState>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    Path(id): Path<String>,
) -> ApiResult {
    let Ok(id) = ObjectionId::parse(&id) else { return Ok(not_found()) };
    if let Err(wait) = state.limit(Bucket::ResendIp, &peer.ip().to_string()) {
        return Ok(too_many(wait));
    }
    let response = match state.service().resend(&id).await? {
        ResendOutcome::Sent => {
            (StatusCode::ACCEPTED, Json(json!({ "id": id.to_string(), "status": "pending_verification" })))
                .into_response()
        }
        ResendOutcome::TooMany { retry_after } => {
            let mut response =
                problem(StatusCode::TOO_MANY_REQUESTS, "too_many_resends", "Too many new codes in the last hour.");
            response.headers_mut().insert(header::RETRY_AFTER, retry_after.as_secs().max(1).into());
            response
        }
        ResendOutcome::NotPending { status } => (
            StatusCode::CONFLICT,
            Json(
                json!({ "error": "not_pending", "message": "There is nothing to confirm.", "status": status.as_str() }),
            ),
        )
            .into_response(),
        ResendOutcome::NotFound => not_found(),
    };
    Ok(response)
}

#[derive(Debug, Deserialize)]
pub struct TokenQuery {
    #[serde(default)]
    token: String,
}

pub async fn status(
    State(state): State<AppState>,
    Path(id): Path<String>,
    Query(query): Query<TokenQuery>,
) -> ApiResult {
    let Ok(id) = ObjectionId::parse(&id) else { return Ok(not_found()) };
    let Some(view) = state.service().view(&id, &AccessToken::from_presented(&query.token)).await? else {
        return Ok(not_found());
    };
    let events: Vec<Value> = view
        .events
        .iter()
        .map(|e| json!({ "at": e.at.to_rfc3339(), "kind": e.kind, "description": e.description }))
        .collect();
    let body = json!({
        "id": view.id,
        "status": view.status.as_str(),
        "country": view.country,
        "jurisdiction": view.jurisdiction,
        "received_at": view.received_at.to_rfc3339(),
        "due_at": view.due_at.to_rfc3339(),
        "restricted_since": view.restricted_since.filter(|_| view.restricts_processing()).map(|t| t.to_rfc3339()),
        "decided_at": view.decided_at.map(|t| t.to_rfc3339()),
        "ended_at": view.ended_at.map(|t| t.to_rfc3339()),
        "rule": view.rule,
        "legal_basis": view.legal_basis,
        "reason": view.reason,
        "events": events,
    });
    Ok(Json(body).into_response())
}

pub async fn withdraw(
    State(state): State<AppState>,
    Path(id): Path<String>,
    Query(query): Query<TokenQuery>,
) -> ApiResult {
    let Ok(id) = ObjectionId::parse(&id) else { return Ok(not_found()) };
    let response = match state.service().withdraw(&id, &AccessToken::from_presented(&query.token)).await? {
        WithdrawOutcome::Withdrawn => Json(json!({ "id": id.to_string(), "status": "withdrawn" })).into_response(),
        WithdrawOutcome::NotWithdrawable { status } => (
            StatusCode::CONFLICT,
            Json(json!({ "error": "not_withdrawable", "message": "Only an honored objection can be withdrawn.", "status": status.as_str() })),
        )
            .into_response(),
        WithdrawOutcome::NotFound => not_found(),
    };
    Ok(response)
}

pub async fn openapi() -> Response {
    ([(header::CONTENT_TYPE, "application/json")], include_str!("../openapi.json")).into_response()
}

/// The operator's public key for checking decision receipts.
pub async fn receipt_key(State(state): State<AppState>) -> Response {
    let signer = state.service().keys().receipt_signer();
    Json(json!({
        "algorithm": "Ed25519",
        "public_key": signer.public_key_hex(),
        "receipt_format": withhold_core::receipt::RECEIPT_FORMAT,
        "how_to_check": "withhold receipt verify FILE --public-key PUBLIC_KEY",
    }))
    .into_response()
}

pub async fn healthz() -> Response {
    Json(json!({ "status": "ok" })).into_response()
}

pub async fn readyz(State(state): State<AppState>) -> Response {
    match state.service().store().ping().await {
        Ok(()) => Json(json!({ "status": "ready", "database": "ok" })).into_response(),
        Err(e) => {
            tracing::warn!(error = %e, "readiness check: database unreachable");
            (StatusCode::SERVICE_UNAVAILABLE, Json(json!({ "status": "unavailable", "database": "unreachable" })))
                .into_response()
        }
    }
}
