//! The operator console beyond the queue: a request in full with its timeline, deciding and
//! extending, search, the audit log, and the dashboard. Every handler starts by finding the
//! signed-in staff member; without one it sends the browser to the login page.

use crate::AppState;
use crate::admin::{current_staff, render, to_login};
use crate::charts;
use crate::csrf::CsrfNonce;
use crate::error::PageError;
use crate::locale::Chrome;
use askama::Template;
use axum::body::Body;
use axum::extract::rejection::{FormRejection, QueryRejection};
use axum::extract::{Extension, Form, Path, Query, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use chrono::{DateTime, Duration, Utc};
use serde::Deserialize;
use std::collections::BTreeMap;
use withhold_core::{EmailAddress, ObjectionId, Status};
use withhold_i18n::Tr;
use withhold_service::{DecideOutcome, ExtendOutcome, ServiceError, StaffDecision, StaffView};
use withhold_store::{AuditFilter, ExportedEntry, StaffRow};

type PageResult = Result<Response, PageError>;

/// A reason staff write for a decline or an extension.
const MAX_REASON_CHARS: usize = withhold_service::MAX_REASON_CHARS;
const AUDIT_PAGE: i64 = 100;

/// A state as staff read it, in their language (the public pages' words): never a raw key.
pub(crate) fn state_label(tr: Tr, key: &str) -> String {
    match Status::parse(key) {
        Ok(Status::PendingVerification) => tr.t("status-pending"),
        Ok(Status::Verified) => tr.t("status-verified"),
        Ok(Status::NeedsReview) => tr.t("status-review"),
        Ok(Status::Honored) => tr.t("status-honored"),
        Ok(Status::Declined) => tr.t("status-declined"),
        Ok(Status::Withdrawn) => tr.t("status-withdrawn"),
        Ok(Status::Expired) => tr.t("status-closed"),
        Err(_) => key.replace('_', " "),
    }
}

/// "from → to" of a state change, in words.
fn change_in_words(tr: Tr, from: &Option<String>, to: &Option<String>) -> String {
    match (from, to) {
        (Some(from), Some(to)) => format!("{} → {}", state_label(tr, from), state_label(tr, to)),
        _ => String::new(),
    }
}

fn no_store(mut response: Response) -> Response {
    response.headers_mut().insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    response
}

fn forbidden(message: String) -> Response {
    (StatusCode::FORBIDDEN, message).into_response()
}

fn no_such_request(tr: Tr) -> Response {
    (StatusCode::NOT_FOUND, tr.t("console-no-such-request")).into_response()
}

fn date(tr: Tr, ms: i64) -> String {
    DateTime::from_timestamp_millis(ms).map(|at| tr.datetime(at)).unwrap_or_default()
}

/// What the staff member typed into the request page's forms, kept when it is shown again.
#[derive(Debug, Default)]
struct RequestForms {
    decision: String,
    decline_reason: String,
    confirm_decline: bool,
    extend_months: String,
    extend_reason: String,
    /// Field id → message.
    errors: Vec<(&'static str, String)>,
    notice: Option<String>,
}

impl RequestForms {
    fn error(&self, field: &str) -> Option<&str> {
        self.errors.iter().find(|(f, _)| *f == field).map(|(_, m)| m.as_str())
    }
}

struct TimelineRow {
    when: String,
    actor: String,
    kind: String,
    description: String,
    change: String,
}

#[derive(Template)]
#[template(path = "admin_request.html")]
struct RequestPage<'a> {
    site: &'a crate::Site,
    tr: Tr,
    chrome: Chrome,
    csrf: String,
    user: String,
    role: String,
    id: String,
    status: String,
    /// For the badge's colour only; the words are `status`.
    status_key: &'static str,
    email: String,
    country: String,
    jurisdiction: String,
    received: String,
    due: String,
    due_soon: bool,
    extended: Option<String>,
    impact: Option<String>,
    details: Option<String>,
    decision: Option<String>,
    decidable: bool,
    extendable: bool,
    timeline: Vec<TimelineRow>,
    forms: RequestForms,
    /// The request awaiting a person that is due soonest, besides this one.
    next_in_queue: Option<String>,
}

fn request_page<'a>(
    state: &'a AppState,
    chrome: Chrome,
    nonce: &CsrfNonce,
    staff: &StaffRow,
    view: StaffView,
    forms: RequestForms,
) -> RequestPage<'a> {
    let now = Utc::now();
    let tr = chrome.tr;
    let decision = view.row.decided_at.map(|at| {
        let mut text =
            tr.t2("console-decision-text", "status", state_label(tr, view.status.as_str()), "date", date(tr, at));
        if let Some(rule) = &view.row.decision_rule {
            text.push(' ');
            text.push_str(&tr.t1("console-decision-rule", "rule", rule));
        }
        if let Some(reason) = &view.row.decision_reason {
            text.push_str(". ");
            text.push_str(&tr.t1("console-decision-reason", "reason", reason));
        }
        text
    });
    RequestPage {
        site: state.site(),
        tr,
        chrome,
        csrf: nonce.token(state),
        user: staff.name.clone(),
        role: staff.role.clone(),
        id: view.row.id.clone(),
        status: state_label(tr, view.status.as_str()),
        status_key: view.status.as_str(),
        email: view.email.as_str().to_owned(),
        country: view.row.country.clone(),
        jurisdiction: view.row.jurisdiction.clone(),
        received: tr.datetime(view.received_at),
        due: tr.datetime(view.due_at),
        due_soon: view.decidable() && view.due_at - now < Duration::days(7),
        extended: view.extended_at.map(|at| tr.datetime(at)),
        impact: view.impact.clone(),
        details: view.details.clone(),
        decision,
        decidable: view.decidable(),
        extendable: view.extendable(now),
        timeline: view
            .events
            .iter()
            .map(|(event, described)| TimelineRow {
                when: tr.datetime(described.at),
                actor: event.actor.clone(),
                kind: event.kind.clone(),
                description: described.description_in(tr),
                change: change_in_words(tr, &event.from_status, &event.to_status),
            })
            .collect(),
        forms,
        next_in_queue: None,
    }
}

async fn show_request(
    state: &AppState,
    chrome: Chrome,
    nonce: &CsrfNonce,
    staff: &StaffRow,
    id: &ObjectionId,
    status: StatusCode,
    forms: RequestForms,
) -> PageResult {
    let Some(view) = state.service().staff_view(id).await? else {
        return Ok(no_such_request(chrome.tr));
    };
    let next = state.service().store().next_in_queue(&id.to_string()).await.map_err(ServiceError::from)?;
    let mut page = request_page(state, chrome, nonce, staff, view, forms);
    page.next_in_queue = next;
    Ok(no_store(render(status, &page)))
}

/// GET /admin/requests/{id}
pub async fn request(
    State(state): State<AppState>,
    Extension(nonce): Extension<CsrfNonce>,
    Extension(chrome): Extension<Chrome>,
    headers: HeaderMap,
    Path(id): Path<String>,
    query: Result<Query<DecidedQuery>, QueryRejection>,
) -> PageResult {
    let Some((staff, _)) = current_staff(&state, &headers).await? else { return Ok(to_login()) };
    let Ok(id) = ObjectionId::parse(&id) else {
        return Ok(no_such_request(chrome.tr));
    };
    let mut forms = RequestForms::default();
    if query.is_ok_and(|Query(q)| q.decided.is_some()) {
        forms.notice = Some(chrome.tr.t("console-decided-next"));
    }
    show_request(&state, chrome.clone(), &nonce, &staff, &id, StatusCode::OK, forms).await
}

/// Set when a decision brought the reviewer here, to the next request.
#[derive(Debug, Deserialize)]
pub struct DecidedQuery {
    decided: Option<String>,
}

#[derive(Debug, Deserialize)]
pub struct DecisionForm {
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    decision: String,
    #[serde(default)]
    reason: String,
    /// A decline is final for the person: the reviewer confirms it.
    #[serde(default)]
    confirm_decline: String,
}

/// POST /admin/requests/{id}/decision: honor, or decline with a reason.
pub async fn decide(
    State(state): State<AppState>,
    Extension(nonce): Extension<CsrfNonce>,
    Extension(chrome): Extension<Chrome>,
    headers: HeaderMap,
    Path(id): Path<String>,
    form: Result<Form<DecisionForm>, FormRejection>,
) -> PageResult {
    let Some((staff, _)) = current_staff(&state, &headers).await? else { return Ok(to_login()) };
    let tr = chrome.tr;
    let Ok(id) = ObjectionId::parse(&id) else {
        return Ok(no_such_request(chrome.tr));
    };
    let Ok(Form(form)) = form else {
        return Ok((StatusCode::BAD_REQUEST, chrome.tr.t("console-form-unreadable")).into_response());
    };
    let mut forms = RequestForms {
        decision: form.decision.clone(),
        decline_reason: form.reason.clone(),
        confirm_decline: form.confirm_decline == "yes",
        ..Default::default()
    };
    if !nonce.accepts(&state, &form.csrf) {
        forms.notice = Some(tr.t("console-decide-csrf"));
        return show_request(&state, chrome.clone(), &nonce, &staff, &id, StatusCode::FORBIDDEN, forms).await;
    }
    let reason = form.reason.trim();
    let decision = match form.decision.as_str() {
        "honor" => Some(StaffDecision::Honor),
        "decline" if reason.is_empty() => {
            forms.errors.push(("decline-reason", tr.t("console-decline-reason-missing")));
            None
        }
        "decline" if reason.chars().count() > MAX_REASON_CHARS => {
            forms.errors.push(("decline-reason", tr.t1("console-reason-too-long", "max", MAX_REASON_CHARS)));
            None
        }
        "decline" if form.confirm_decline != "yes" => {
            forms.errors.push(("confirm-decline", tr.t("console-confirm-decline-missing")));
            None
        }
        "decline" => Some(StaffDecision::Decline { reason: reason.to_owned() }),
        _ => {
            forms.errors.push(("decision-honor", tr.t("console-choose-decision")));
            None
        }
    };
    let Some(decision) = decision else {
        return show_request(&state, chrome.clone(), &nonce, &staff, &id, StatusCode::UNPROCESSABLE_ENTITY, forms)
            .await;
    };
    match state.service().decide(&id, decision, &format!("staff:{}", staff.name)).await? {
        // On to the next request awaiting a person, so a reviewer need not go back to the list.
        DecideOutcome::Decided { .. } => {
            let next = state.service().store().next_in_queue(&id.to_string()).await.map_err(ServiceError::from)?;
            let to = match next {
                Some(next) => format!("/admin/requests/{next}?decided={id}"),
                None => format!("/admin?decided={id}"),
            };
            Ok(Redirect::to(&to).into_response())
        }
        DecideOutcome::NotDecidable { status } => {
            forms.notice = Some(tr.t1("console-not-decidable", "status", state_label(tr, status.as_str())));
            show_request(&state, chrome.clone(), &nonce, &staff, &id, StatusCode::CONFLICT, forms).await
        }
        DecideOutcome::NotFound => Ok(no_such_request(chrome.tr)),
    }
}

#[derive(Debug, Deserialize)]
pub struct ExtendForm {
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    months: String,
    #[serde(default)]
    reason: String,
}

/// POST /admin/requests/{id}/extend: once, by one or two months, with a reason the person is
/// told.
pub async fn extend(
    State(state): State<AppState>,
    Extension(nonce): Extension<CsrfNonce>,
    Extension(chrome): Extension<Chrome>,
    headers: HeaderMap,
    Path(id): Path<String>,
    form: Result<Form<ExtendForm>, FormRejection>,
) -> PageResult {
    let Some((staff, _)) = current_staff(&state, &headers).await? else { return Ok(to_login()) };
    let tr = chrome.tr;
    let Ok(id) = ObjectionId::parse(&id) else {
        return Ok(no_such_request(chrome.tr));
    };
    let Ok(Form(form)) = form else {
        return Ok((StatusCode::BAD_REQUEST, chrome.tr.t("console-form-unreadable")).into_response());
    };
    let mut forms =
        RequestForms { extend_months: form.months.clone(), extend_reason: form.reason.clone(), ..Default::default() };
    if !nonce.accepts(&state, &form.csrf) {
        forms.notice = Some(tr.t("console-extend-csrf"));
        return show_request(&state, chrome.clone(), &nonce, &staff, &id, StatusCode::FORBIDDEN, forms).await;
    }
    let months = match form.months.trim() {
        "1" => Some(1),
        "2" => Some(2),
        _ => {
            forms.errors.push(("extend-months", tr.t("console-choose-months")));
            None
        }
    };
    let reason = form.reason.trim();
    if reason.is_empty() {
        forms.errors.push(("extend-reason", tr.t("console-extend-reason-missing")));
    } else if reason.chars().count() > MAX_REASON_CHARS {
        forms.errors.push(("extend-reason", tr.t1("console-reason-too-long", "max", MAX_REASON_CHARS)));
    }
    let (Some(months), true) = (months, forms.errors.is_empty()) else {
        return show_request(&state, chrome.clone(), &nonce, &staff, &id, StatusCode::UNPROCESSABLE_ENTITY, forms)
            .await;
    };
    let notice = match state.service().extend_deadline(&id, months, reason, &staff.name).await? {
        ExtendOutcome::Extended { .. } => {
            return Ok(Redirect::to(&format!("/admin/requests/{id}")).into_response());
        }
        ExtendOutcome::AlreadyExtended => tr.t("console-already-extended"),
        ExtendOutcome::TooLate => tr.t("console-too-late"),
        ExtendOutcome::NotOpen { .. } => tr.t("console-not-open"),
        ExtendOutcome::NotAllowed { max_months: 0 } => tr.t("console-no-extension"),
        ExtendOutcome::NotAllowed { .. } => tr.t("console-shorter-extension"),
        ExtendOutcome::NotFound => {
            return Ok(no_such_request(chrome.tr));
        }
    };
    forms.notice = Some(notice);
    show_request(&state, chrome.clone(), &nonce, &staff, &id, StatusCode::CONFLICT, forms).await
}

struct FoundRow {
    id: String,
    status: String,
    status_key: &'static str,
    country: String,
    received: String,
}

#[derive(Template)]
#[template(path = "admin_search.html")]
struct SearchPage<'a> {
    site: &'a crate::Site,
    tr: Tr,
    chrome: Chrome,
    csrf: String,
    user: String,
    role: String,
    query: String,
    searched: bool,
    error: Option<String>,
    rows: Vec<FoundRow>,
}

#[derive(Debug, Default, Deserialize)]
pub struct SearchQuery {
    #[serde(default)]
    q: String,
}

/// GET /admin/search?q=: by request id (goes straight to it) or by email address, normalized
/// the way requests are matched, so `Jane@Example.com ` finds `jane@example.com`.
pub async fn search(
    State(state): State<AppState>,
    Extension(nonce): Extension<CsrfNonce>,
    Extension(chrome): Extension<Chrome>,
    headers: HeaderMap,
    query: Result<Query<SearchQuery>, QueryRejection>,
) -> PageResult {
    let Some((staff, _)) = current_staff(&state, &headers).await? else { return Ok(to_login()) };
    let q = query.map(|Query(q)| q.q).unwrap_or_default().trim().chars().take(320).collect::<String>();
    let tr = chrome.tr;
    let mut page = SearchPage {
        site: state.site(),
        tr,
        chrome,
        csrf: nonce.token(&state),
        user: staff.name.clone(),
        role: staff.role.clone(),
        query: q.clone(),
        searched: !q.is_empty(),
        error: None,
        rows: Vec::new(),
    };
    if q.is_empty() {
        return Ok(no_store(render(StatusCode::OK, &page)));
    }
    if let Ok(id) = ObjectionId::parse(&q) {
        if state.service().store().objection(&id.to_string()).await.map_err(ServiceError::from)?.is_some() {
            return Ok(Redirect::to(&format!("/admin/requests/{id}")).into_response());
        }
        page.error = Some(tr.t("console-no-such-request"));
        return Ok(no_store(render(StatusCode::OK, &page)));
    }
    let Ok(email) = EmailAddress::parse(&q) else {
        page.error = Some(tr.t("console-search-bad"));
        return Ok(no_store(render(StatusCode::OK, &page)));
    };
    let key = state.service().keys().email_key(&email.normalized());
    page.rows = state
        .service()
        .store()
        .objections_for_email_key(&key, 100)
        .await
        .map_err(ServiceError::from)?
        .into_iter()
        .map(|row| FoundRow {
            id: row.id,
            status_key: Status::parse(&row.status).map(|s| s.as_str()).unwrap_or("unknown"),
            status: state_label(tr, &row.status),
            country: row.country,
            received: date(tr, row.received_at),
        })
        .collect();
    Ok(no_store(render(StatusCode::OK, &page)))
}

struct AuditRow {
    seq: i64,
    when: String,
    actor: String,
    kind: String,
    objection_id: Option<String>,
    change: String,
    detail: String,
}

#[derive(Template)]
#[template(path = "admin_audit.html")]
struct AuditPage<'a> {
    site: &'a crate::Site,
    tr: Tr,
    chrome: Chrome,
    csrf: String,
    user: String,
    role: String,
    filter: AuditQuery,
    rows: Vec<AuditRow>,
    older: Option<String>,
    can_export: bool,
    /// A reviewer's view: request history only.
    requests_only: bool,
}

#[derive(Debug, Default, Clone, Deserialize)]
pub struct AuditQuery {
    #[serde(default)]
    kind: String,
    #[serde(default)]
    actor: String,
    #[serde(default)]
    request: String,
    #[serde(default)]
    before: Option<i64>,
}

impl AuditQuery {
    fn filter(&self) -> AuditFilter {
        let set = |s: &str| Some(s.trim().to_owned()).filter(|s| !s.is_empty());
        AuditFilter {
            kind: set(&self.kind),
            actor: set(&self.actor),
            objection_id: set(&self.request),
            before_seq: self.before,
            requests_only: false,
        }
    }

    fn query_string(&self, before: i64) -> String {
        let mut parts = vec![format!("before={before}")];
        for (name, value) in [("kind", &self.kind), ("actor", &self.actor), ("request", &self.request)] {
            if !value.trim().is_empty() {
                parts.push(format!("{name}={}", percent_encode(value.trim())));
            }
        }
        parts.join("&")
    }
}

pub(crate) fn percent_encode(value: &str) -> String {
    value
        .bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => (b as char).to_string(),
            _ => format!("%{b:02X}"),
        })
        .collect()
}

/// GET /admin/audit: the chained log, newest first, filtered by kind, actor or request.
pub async fn audit(
    State(state): State<AppState>,
    Extension(nonce): Extension<CsrfNonce>,
    Extension(chrome): Extension<Chrome>,
    headers: HeaderMap,
    query: Result<Query<AuditQuery>, QueryRejection>,
) -> PageResult {
    let Some((staff, _)) = current_staff(&state, &headers).await? else { return Ok(to_login()) };
    let query = query.map(|Query(q)| q).unwrap_or_default();
    // Chain what was just appended, so the page shows everything up to now.
    state.service().store().chain_audit_log().await.map_err(ServiceError::from)?;
    // Reviewers see the history of requests, which their work needs; the console's own
    // entries (sign-ins and failed ones with client addresses, API tokens, exports, imports)
    // are for admins, like the export of the whole log.
    let is_admin = staff.role == "admin";
    let filter = AuditFilter { requests_only: !is_admin, ..query.filter() };
    let entries = state.service().store().audit_entries(&filter, AUDIT_PAGE).await.map_err(ServiceError::from)?;
    let older =
        (entries.len() as i64 == AUDIT_PAGE).then(|| entries.last().map(|e| query.query_string(e.seq))).flatten();
    let rows = entries
        .into_iter()
        .map(|e| AuditRow {
            seq: e.seq,
            when: date(chrome.tr, e.event.at),
            change: change_in_words(chrome.tr, &e.event.from_status, &e.event.to_status),
            actor: e.event.actor,
            kind: e.event.kind,
            objection_id: e.event.objection_id,
            detail: e.event.detail,
        })
        .collect();
    let page = AuditPage {
        site: state.site(),
        tr: chrome.tr,
        chrome,
        csrf: nonce.token(&state),
        user: staff.name.clone(),
        can_export: is_admin,
        requests_only: !is_admin,
        role: staff.role,
        filter: query,
        rows,
        older,
    };
    Ok(no_store(render(StatusCode::OK, &page)))
}

/// GET /admin/audit/export: the whole chained log as JSON Lines (the format `withhold audit
/// verify --file` checks), streamed page by page. Admins only; the export itself is logged.
pub async fn audit_export(
    State(state): State<AppState>,
    Extension(Chrome { tr, .. }): Extension<Chrome>,
    headers: HeaderMap,
) -> PageResult {
    let Some((staff, _)) = current_staff(&state, &headers).await? else { return Ok(to_login()) };
    if staff.role != "admin" {
        return Ok(forbidden(tr.t("console-export-forbidden")));
    }
    let store = state.service().store().clone();
    store.chain_audit_log().await.map_err(ServiceError::from)?;
    let head = store.audit_head().await.map_err(ServiceError::from)?;
    store
        .record_operation(
            &format!("staff:{}", staff.name),
            "audit_exported",
            &serde_json::json!({ "through_seq": head.seq, "head_hash": head.hash, "via": "console" }),
        )
        .await
        .map_err(ServiceError::from)?;
    // Through the head as it was when the export began: later entries belong to the next one.
    let stream = futures_util::stream::unfold(Some(0_i64), move |after| {
        let store = store.clone();
        async move {
            let after = after?;
            if after >= head.seq {
                return None;
            }
            match store.chained_events(after, 2_000).await {
                Ok(page) if page.is_empty() => None,
                Ok(page) => {
                    let last = page.last().map(|e| e.seq).unwrap_or(after);
                    let mut chunk = Vec::with_capacity(page.len() * 300);
                    for event in page.into_iter().take_while(|e| e.seq <= head.seq) {
                        if serde_json::to_writer(&mut chunk, &ExportedEntry::from_event(event)).is_ok() {
                            chunk.push(b'\n');
                        }
                    }
                    Some((Ok::<_, std::io::Error>(chunk), Some(last)))
                }
                Err(e) => {
                    tracing::error!(error = %e, "the audit export stopped: the database failed");
                    Some((Err(std::io::Error::other("the database failed")), None))
                }
            }
        }
    });
    let mut response = Response::new(Body::from_stream(stream));
    let headers = response.headers_mut();
    headers.insert(header::CONTENT_TYPE, HeaderValue::from_static("application/x-ndjson"));
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    headers
        .insert(header::CONTENT_DISPOSITION, HeaderValue::from_static("attachment; filename=\"withhold-audit.jsonl\""));
    Ok(response)
}

struct RiskRow {
    id: String,
    jurisdiction: String,
    due: String,
    overdue: bool,
}

#[derive(Template)]
#[template(path = "admin_dashboard.html")]
struct DashboardPage<'a> {
    site: &'a crate::Site,
    tr: Tr,
    chrome: Chrome,
    csrf: String,
    user: String,
    role: String,
    total: i64,
    states: Vec<(String, i64)>,
    states_chart: String,
    per_day_chart: String,
    per_day_total: i64,
    latency: Vec<(String, String)>,
    latency_chart: String,
    decided: usize,
    at_risk: Vec<RiskRow>,
    outbox_pending: i64,
    outbox_dead: i64,
}

/// The p-th percentile (0–100) of sorted values, nearest rank.
fn percentile(sorted: &[i64], p: f64) -> Option<i64> {
    if sorted.is_empty() {
        return None;
    }
    let rank = ((p / 100.0) * sorted.len() as f64).ceil().max(1.0) as usize;
    sorted.get(rank.min(sorted.len()) - 1).copied()
}

/// GET /admin/dashboard: counts by state, confirmed objections per day by country (30 days),
/// decision latency percentiles (90 days), and requests at risk of missing their deadline.
pub async fn dashboard(
    State(state): State<AppState>,
    Extension(nonce): Extension<CsrfNonce>,
    Extension(chrome): Extension<Chrome>,
    headers: HeaderMap,
) -> PageResult {
    let Some((staff, _)) = current_staff(&state, &headers).await? else { return Ok(to_login()) };
    let tr = chrome.tr;
    let store = state.service().store();
    let now = Utc::now();
    let states = store.status_counts().await.map_err(ServiceError::from)?;
    let total = states.iter().map(|(_, n)| n).sum();
    // Every state, in lifecycle order, zero included.
    let states: Vec<(String, i64)> = Status::ALL
        .iter()
        .map(|s| (state_label(tr, s.as_str()), states.iter().find(|(n, _)| n == s.as_str()).map_or(0, |(_, c)| *c)))
        .collect();
    let states_chart = charts::horizontal_bars(
        "states",
        &tr.t("console-states-chart"),
        &states.iter().map(|(s, n)| (s.clone(), *n as f64, n.to_string())).collect::<Vec<_>>(),
        &tr.t("console-no-data"),
    );

    let first_day = (now - Duration::days(29)).date_naive();
    let since = first_day.and_hms_opt(0, 0, 0).map(|t| t.and_utc()).unwrap_or(now);
    let per_day = store.confirmed_per_day_since(since).await.map_err(ServiceError::from)?;
    let days: Vec<String> = (0..30).map(|d| (first_day + Duration::days(d)).format("%Y-%m-%d").to_string()).collect();
    let first_day_number = since.timestamp_millis().div_euclid(86_400_000);
    let mut by_country: BTreeMap<String, Vec<i64>> = BTreeMap::new();
    for count in &per_day {
        if let Ok(index @ 0..30) = usize::try_from(count.day - first_day_number) {
            by_country.entry(count.country.clone()).or_insert_with(|| vec![0; 30])[index] += count.requests;
        }
    }
    // The five countries with the most, then the rest together.
    let mut countries: Vec<(String, Vec<i64>)> = by_country.into_iter().collect();
    countries.sort_by_key(|(name, counts)| (std::cmp::Reverse(counts.iter().sum::<i64>()), name.clone()));
    let mut series: Vec<(String, Vec<i64>)> = countries.iter().take(5).cloned().collect();
    if countries.len() > 5 {
        let mut other = vec![0; 30];
        for (_, counts) in &countries[5..] {
            for (o, c) in other.iter_mut().zip(counts) {
                *o += c;
            }
        }
        series.push((tr.t("console-other-countries"), other));
    }
    let per_day_chart = charts::stacked_columns("per-day", &tr.t("console-per-day-chart"), &days, &series);

    let latencies = store.decision_latencies(now - Duration::days(90)).await.map_err(ServiceError::from)?;
    let marks = [("p50", 50.0), ("p90", 90.0), ("p99", 99.0)];
    // Each in the unit that fits it: decisions taken by the policy within a request take
    // milliseconds, a person's take hours or days.
    let latency_values: Vec<(String, f64, String)> = marks
        .iter()
        .filter_map(|(name, p)| {
            percentile(&latencies, *p).map(|ms| {
                let (value, unit) = charts::duration(ms);
                let shown = tr.t2(
                    "console-duration",
                    "value",
                    charts::format_number(value),
                    "unit",
                    tr.t(&format!("console-unit-{unit}")),
                );
                ((*name).to_owned(), ms as f64, shown)
            })
        })
        .collect();
    let latency_chart =
        charts::horizontal_bars("latency", &tr.t("console-latency-chart"), &latency_values, &tr.t("console-no-data"));
    let latency = latency_values.iter().map(|(n, _, shown)| (n.clone(), shown.clone())).collect();

    let at_risk = store
        .at_risk(now + Duration::days(7), 200)
        .await
        .map_err(ServiceError::from)?
        .into_iter()
        .map(|r| RiskRow {
            id: r.id,
            jurisdiction: r.jurisdiction,
            due: date(tr, r.due_at),
            overdue: r.due_at <= now.timestamp_millis(),
        })
        .collect();
    let outbox = store.outbox_counts().await.map_err(ServiceError::from)?;
    let page = DashboardPage {
        site: state.site(),
        tr,
        chrome,
        csrf: nonce.token(&state),
        user: staff.name,
        role: staff.role,
        total,
        states,
        states_chart,
        per_day_chart,
        per_day_total: per_day.iter().map(|c| c.requests).sum(),
        latency,
        latency_chart,
        decided: latencies.len(),
        at_risk,
        outbox_pending: outbox.pending,
        outbox_dead: outbox.dead,
    };
    Ok(no_store(render(StatusCode::OK, &page)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nearest_rank_percentiles() {
        let v: Vec<i64> = (1..=100).collect();
        assert_eq!(percentile(&v, 50.0), Some(50));
        assert_eq!(percentile(&v, 99.0), Some(99));
        assert_eq!(percentile(&[7], 90.0), Some(7));
        assert_eq!(percentile(&[], 50.0), None);
    }

    #[test]
    fn paging_links_keep_the_filter_encoded() {
        let q = AuditQuery { kind: "honored".into(), actor: "staff:a b".into(), request: String::new(), before: None };
        assert_eq!(q.query_string(42), "before=42&kind=honored&actor=staff%3Aa%20b");
    }
}
