//! The integration API for platforms: subject checks, the registry, the accounts directory and
//! decisions, behind bearer tokens with scopes (`withhold token create`).

use crate::AppState;
use crate::api::{json_rejection, problem, validation_failed};
use crate::error::ApiError;
use axum::Json;
use axum::Router;
use axum::body::Body;
use axum::extract::rejection::{JsonRejection, QueryRejection};
use axum::extract::{DefaultBodyLimit, Path, Query, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post, put};
use serde::Deserialize;
use serde_json::{Value, json};
use std::sync::Arc;
use withhold_core::ObjectionId;
use withhold_core::scope::ApiScope;
use withhold_enforce::RegistryEntry;
use withhold_enforce::subjects::SubjectIndex;
use withhold_service::{DecideOutcome, FieldError, ServiceError, StaffDecision};

/// A bulk check takes at most this many keys.
pub const MAX_CHECK_KEYS: usize = 10_000;
/// A bulk account upsert takes at most this many accounts.
pub const MAX_ACCOUNTS: usize = 10_000;
/// Bulk bodies are larger than the public forms.
const BULK_BODY_LIMIT: usize = 8 * 1024 * 1024;
/// Registry lines rendered per chunk of the streamed body.
const STREAM_CHUNK: usize = 1_000;

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/api/v1/subjects/check", post(check_subjects))
        .route("/api/v1/subjects/{key}", get(subject))
        .route("/api/v1/registry", get(registry))
        .route("/api/v1/accounts", post(upsert_accounts))
        .route("/api/v1/accounts/{id}", put(put_account))
        .route("/api/v1/objections/{id}/decision", post(decide))
        .layer(DefaultBodyLimit::max(BULK_BODY_LIMIT))
        .layer(axum::middleware::from_fn(crate::body::json_only(BULK_BODY_LIMIT)))
}

type ApiResult = Result<Response, ApiError>;

/// The token's name (for the audit log), if the request carries a live token with `scope`;
/// otherwise the 401 or 403 to answer with.
async fn authorize(state: &AppState, headers: &HeaderMap, scope: ApiScope) -> Result<String, Response> {
    let unauthorized = |message: &str| {
        let mut response = problem(StatusCode::UNAUTHORIZED, "unauthorized", message);
        response.headers_mut().insert(header::WWW_AUTHENTICATE, HeaderValue::from_static("Bearer"));
        response
    };
    let Some(presented) = headers
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer "))
        .map(str::trim)
        .filter(|t| !t.is_empty())
    else {
        return Err(unauthorized("Send an API token as: Authorization: Bearer TOKEN."));
    };
    let hash = state.service().keys().api_token_hash(presented);
    let token = match state.service().store().api_token_by_hash(&hash).await {
        Ok(Some(token)) => token,
        Ok(None) => return Err(unauthorized("The API token is not valid or was revoked.")),
        Err(e) => return Err(ApiError(ServiceError::from(e)).into_response()),
    };
    if !ApiScope::split(&token.scopes).contains(&scope) {
        let mut response = problem(
            StatusCode::FORBIDDEN,
            "forbidden",
            &format!("This API token does not have the {scope} scope this needs."),
        );
        if let Ok(value) = HeaderValue::from_str(&format!("Bearer error=\"insufficient_scope\" scope=\"{scope}\"")) {
            response.headers_mut().insert(header::WWW_AUTHENTICATE, value);
        }
        return Err(response);
    }
    Ok(format!("api:{}", token.id))
}

/// The scope a route needs, as a type, for [`Caller`].
pub trait Needs: Send + Sync + 'static {
    const SCOPE: ApiScope;
}

macro_rules! scope_types {
    ($($name:ident => $scope:expr),* $(,)?) => {
        $(
            #[derive(Debug)]
            pub struct $name;
            impl Needs for $name {
                const SCOPE: ApiScope = $scope;
            }
        )*
    };
}

scope_types!(
    SubjectsRead => ApiScope::SubjectsRead,
    RegistryRead => ApiScope::RegistryRead,
    AccountsWrite => ApiScope::AccountsWrite,
    ObjectionsWrite => ApiScope::ObjectionsWrite,
);

/// The integration API's caller, holding a live token with the scope `S`: the token's actor
/// name for the audit log. Checked from the headers alone, before any extractor reads the
/// body, so that a request without a token costs the server nothing but its headers.
#[derive(Debug)]
pub struct Caller<S: Needs> {
    pub actor: String,
    _scope: std::marker::PhantomData<S>,
}

impl<S: Needs> axum::extract::FromRequestParts<AppState> for Caller<S> {
    type Rejection = Response;

    async fn from_request_parts(parts: &mut axum::http::request::Parts, state: &AppState) -> Result<Self, Response> {
        let actor = authorize(state, &parts.headers, S::SCOPE).await?;
        Ok(Caller { actor, _scope: std::marker::PhantomData })
    }
}

#[derive(Debug, Deserialize)]
pub struct AsOfQuery {
    as_of: Option<String>,
    format: Option<String>,
}

/// `as_of` in µs since the epoch: the given time, or now; None if it is not a time.
fn as_of(raw: Option<&str>) -> Option<i64> {
    match raw {
        None => Some(chrono::Utc::now().timestamp_micros()),
        Some(text) => withhold_enforce::registry::parse_time(text),
    }
}

/// A query string that cannot be read (a parameter twice, say): our JSON, not axum's text.
fn bad_query() -> Response {
    problem(StatusCode::BAD_REQUEST, "invalid_query", "The query string could not be read; give each parameter once.")
}

fn bad_as_of() -> Response {
    validation_failed(&[FieldError {
        field: "as_of",
        code: "invalid",
        message: "Give a time as RFC 3339 (2026-11-23T10:00:00Z) or YYYY-MM-DD HH:MM:SS (UTC).".into(),
    }])
}

fn rfc3339(micros: i64) -> Value {
    chrono::DateTime::from_timestamp_micros(micros).map(|t| Value::String(t.to_rfc3339())).unwrap_or(Value::Null)
}

fn subject_json(index: &SubjectIndex, key: &str, as_of: i64) -> Value {
    let status = index.check(key, as_of);
    json!({ "key": key, "excluded": status.excluded, "since": status.since.map(rfc3339) })
}

/// GET /api/v1/subjects/{key}: is content by this account excluded as of now (or `as_of`)?
pub async fn subject(
    State(state): State<AppState>,
    _caller: Caller<SubjectsRead>,
    Path(key): Path<String>,
    query: Result<Query<AsOfQuery>, QueryRejection>,
) -> ApiResult {
    let Ok(Query(query)) = query else { return Ok(bad_query()) };
    let as_of = match as_of(query.as_of.as_deref()) {
        Some(t) => t,
        None => return Ok(bad_as_of()),
    };
    let index = state.subjects().index().await.map_err(ServiceError::from)?;
    let mut body = subject_json(&index, &key, as_of);
    body["as_of"] = rfc3339(as_of);
    body["registry_version"] = index.version().into();
    Ok(Json(body).into_response())
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CheckRequest {
    keys: Vec<Value>,
    #[serde(default)]
    as_of: Option<String>,
}

/// POST /api/v1/subjects/check: up to 10,000 keys a call.
pub async fn check_subjects(
    State(state): State<AppState>,
    _caller: Caller<SubjectsRead>,
    body: Result<Json<CheckRequest>, JsonRejection>,
) -> ApiResult {
    let request = match body {
        Ok(Json(request)) => request,
        Err(rejection) => return Ok(json_rejection(rejection)),
    };
    if request.keys.is_empty() || request.keys.len() > MAX_CHECK_KEYS {
        return Ok(validation_failed(&[FieldError {
            field: "keys",
            code: "length",
            message: format!("Give between 1 and {MAX_CHECK_KEYS} keys."),
        }]));
    }
    let mut keys = Vec::with_capacity(request.keys.len());
    for key in &request.keys {
        match key {
            Value::String(s) if !s.is_empty() => keys.push(s.clone()),
            Value::Number(n) if n.is_i64() || n.is_u64() => keys.push(n.to_string()),
            _ => {
                return Ok(validation_failed(&[FieldError {
                    field: "keys",
                    code: "invalid_type",
                    message: "Every key is an account id: a non-empty string or an integer.".into(),
                }]));
            }
        }
    }
    let as_of = match as_of(request.as_of.as_deref()) {
        Some(t) => t,
        None => return Ok(bad_as_of()),
    };
    let index = state.subjects().index().await.map_err(ServiceError::from)?;
    let results: Vec<Value> = keys.iter().map(|key| subject_json(&index, key, as_of)).collect();
    let excluded = results.iter().filter(|r| r["excluded"] == true).count();
    Ok(Json(json!({
        "as_of": rfc3339(as_of),
        "registry_version": index.version(),
        "excluded": excluded,
        "results": results,
    }))
    .into_response())
}

/// GET /api/v1/registry: the registry as of a time, streamed as JSON Lines or CSV.
pub async fn registry(
    State(state): State<AppState>,
    _caller: Caller<RegistryRead>,
    query: Result<Query<AsOfQuery>, QueryRejection>,
) -> ApiResult {
    let Ok(Query(query)) = query else { return Ok(bad_query()) };
    let as_of = match as_of(query.as_of.as_deref()) {
        Some(t) => t,
        None => return Ok(bad_as_of()),
    };
    let csv = match query.format.as_deref() {
        None | Some("jsonl") => false,
        Some("csv") => true,
        Some(_) => {
            return Ok(validation_failed(&[FieldError {
                field: "format",
                code: "invalid",
                message: "Use jsonl or csv.".into(),
            }]));
        }
    };
    let index = state.subjects().index().await.map_err(ServiceError::from)?;
    let version = index.version();
    // The body is rendered a chunk at a time from the shared index, never whole.
    let chunks = registry_chunks(index, as_of, csv);
    let mut response = Body::from_stream(chunks).into_response();
    let content_type = if csv { "text/csv; charset=utf-8" } else { "application/x-ndjson" };
    response.headers_mut().insert(header::CONTENT_TYPE, HeaderValue::from_static(content_type));
    if let Ok(v) = HeaderValue::from_str(&version.to_string()) {
        response.headers_mut().insert("x-registry-version", v);
    }
    Ok(response)
}

fn registry_chunks(
    index: Arc<SubjectIndex>,
    as_of: i64,
    csv: bool,
) -> impl futures_util::Stream<Item = Result<Vec<u8>, withhold_enforce::registry::ArrowError>> + Send + 'static {
    let format = if csv { withhold_enforce::Format::Csv } else { withhold_enforce::Format::Jsonl };
    // Rendered by the code `withhold export` writes files with, a chunk at a time: the same
    // bytes. The first chunk carries the CSV header, even when there are no entries.
    futures_util::stream::unfold((index, 0usize, true), move |(index, skip, first)| async move {
        let chunk: Vec<RegistryEntry> = index.entries_as_of(as_of).skip(skip).take(STREAM_CHUNK).collect();
        if chunk.is_empty() && !first {
            return None;
        }
        let rendered = withhold_enforce::registry::render_text(&chunk, format, first);
        Some((rendered, (index, skip + chunk.len(), false)))
    })
}

/// PUT /api/v1/accounts/{id}: one account of the directory.
pub async fn put_account(
    State(state): State<AppState>,
    _caller: Caller<AccountsWrite>,
    Path(id): Path<String>,
    body: Result<Json<Value>, JsonRejection>,
) -> ApiResult {
    let mut account = match body {
        Ok(Json(Value::Object(map))) => map,
        Ok(Json(_)) => {
            return Ok(validation_failed(&[FieldError {
                field: "body",
                code: "invalid_type",
                message: "The body must be a JSON object with the documented fields.".into(),
            }]));
        }
        Err(rejection) => return Ok(json_rejection(rejection)),
    };
    account.insert("account_id".into(), Value::String(id));
    store_accounts(&state, vec![Value::Object(account)]).await
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BulkAccounts {
    accounts: Vec<Value>,
}

/// POST /api/v1/accounts: up to 10,000 accounts at once, all or none.
pub async fn upsert_accounts(
    State(state): State<AppState>,
    _caller: Caller<AccountsWrite>,
    body: Result<Json<BulkAccounts>, JsonRejection>,
) -> ApiResult {
    let request = match body {
        Ok(Json(request)) => request,
        Err(rejection) => return Ok(json_rejection(rejection)),
    };
    if request.accounts.is_empty() || request.accounts.len() > MAX_ACCOUNTS {
        return Ok(validation_failed(&[FieldError {
            field: "accounts",
            code: "length",
            message: format!("Give between 1 and {MAX_ACCOUNTS} accounts."),
        }]));
    }
    store_accounts(&state, request.accounts).await
}

async fn store_accounts(state: &AppState, raw: Vec<Value>) -> ApiResult {
    let now = chrono::Utc::now();
    let keys = state.service().keys();
    let mut rows = Vec::with_capacity(raw.len());
    let mut errors = Vec::new();
    for (i, value) in raw.into_iter().enumerate() {
        match withhold_service::accounts::parse_account(value, keys, now) {
            Ok(row) => rows.push(row),
            Err(reason) => errors.push(json!({ "index": i, "message": reason })),
        }
    }
    if !errors.is_empty() {
        return Ok((
            StatusCode::UNPROCESSABLE_ENTITY,
            Json(json!({
                "error": "validation_failed",
                "message": "Some accounts are not valid; nothing was stored.",
                "fields": [{ "field": "accounts", "code": "invalid", "message": "See accounts_invalid." }],
                "accounts_invalid": errors,
            })),
        )
            .into_response());
    }
    let store = state.service().store();
    let mut tx = store.begin().await.map_err(ServiceError::from)?;
    for chunk in rows.chunks(1_000) {
        tx.upsert_accounts(chunk).await.map_err(ServiceError::from)?;
    }
    tx.commit().await.map_err(ServiceError::from)?;
    Ok(Json(json!({ "stored": rows.len() })).into_response())
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DecisionRequest {
    decision: String,
    #[serde(default)]
    reason: Option<String>,
}

/// POST /api/v1/objections/{id}/decision: a platform's case system decides an objection that
/// awaits a person's decision.
pub async fn decide(
    State(state): State<AppState>,
    caller: Caller<ObjectionsWrite>,
    Path(id): Path<String>,
    body: Result<Json<DecisionRequest>, JsonRejection>,
) -> ApiResult {
    let actor = caller.actor;
    let request = match body {
        Ok(Json(request)) => request,
        Err(rejection) => return Ok(json_rejection(rejection)),
    };
    let Ok(id) = ObjectionId::parse(&id) else {
        return Ok(problem(StatusCode::NOT_FOUND, "not_found", "There is no such objection."));
    };
    let reason = request.reason.as_deref().map(str::trim).filter(|r| !r.is_empty());
    let decision = match (request.decision.as_str(), reason) {
        ("honor", _) => StaffDecision::Honor,
        ("decline", Some(reason)) if reason.chars().count() <= 2_000 => {
            StaffDecision::Decline { reason: reason.to_owned() }
        }
        ("decline", _) => {
            return Ok(validation_failed(&[FieldError {
                field: "reason",
                code: "required",
                message: "A decline gives its reason (up to 2,000 characters); the person is told it.".into(),
            }]));
        }
        _ => {
            return Ok(validation_failed(&[FieldError {
                field: "decision",
                code: "invalid",
                message: "Use honor or decline.".into(),
            }]));
        }
    };
    Ok(match state.service().decide(&id, decision, &actor).await? {
        DecideOutcome::Decided { status } => {
            Json(json!({ "id": id.to_string(), "status": status.as_str() })).into_response()
        }
        DecideOutcome::NotDecidable { status } => (
            StatusCode::CONFLICT,
            Json(json!({
                "error": "not_decidable",
                "message": "Only objections awaiting a person's decision can be decided.",
                "status": status.as_str(),
            })),
        )
            .into_response(),
        DecideOutcome::NotFound => problem(StatusCode::NOT_FOUND, "not_found", "There is no such objection."),
    })
}
