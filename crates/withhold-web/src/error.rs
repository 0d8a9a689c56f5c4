//! Unexpected failures: logged with their cause inside the request's span, answered with a
//! generic message. The database being out of reach is a 503 that says so.

use axum::Json;
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Response};
use serde_json::json;
use withhold_service::ServiceError;

/// A failure while serving a page.
#[derive(Debug)]
pub struct PageError(pub ServiceError);

/// A failure while serving the JSON API.
#[derive(Debug)]
pub struct ApiError(pub ServiceError);

impl From<ServiceError> for PageError {
    fn from(e: ServiceError) -> Self {
        PageError(e)
    }
}

impl From<ServiceError> for ApiError {
    fn from(e: ServiceError) -> Self {
        ApiError(e)
    }
}

fn log(e: &ServiceError) {
    let mut chain = e.to_string();
    let mut source = std::error::Error::source(e);
    while let Some(s) = source {
        chain.push_str(": ");
        chain.push_str(&s.to_string());
        source = s.source();
    }
    tracing::error!(error = %chain, "request failed");
}

/// Marks a page that says the request failed, so it can be worded in the page's language
/// where the handler's language is known.
#[derive(Debug, Clone, Copy)]
pub(crate) struct FailedPage {
    pub unavailable: bool,
}

impl FailedPage {
    pub(crate) fn html(self, tr: withhold_i18n::Tr) -> String {
        let (heading, body) = if self.unavailable {
            (tr.t("unavailable-heading"), tr.t("unavailable-body"))
        } else {
            (tr.t("error-heading"), tr.t("error-body"))
        };
        let escape = |text: String| crate::charts::escape(&text);
        format!(
            "<!doctype html><html lang=\"{lang}\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>{heading}</title><link rel=\"stylesheet\" href=\"/static/style.css\"></head><body><main id=\"main\"><h1>{heading}</h1><p>{body}</p><p><a href=\"/\">{home}</a></p></main></body></html>",
            lang = tr.lang(),
            heading = escape(heading),
            body = escape(body),
            home = escape(tr.t("go-to-start")),
        )
    }
}

impl IntoResponse for PageError {
    fn into_response(self) -> Response {
        log(&self.0);
        let failed = FailedPage { unavailable: self.0.is_unavailable() };
        let status =
            if failed.unavailable { StatusCode::SERVICE_UNAVAILABLE } else { StatusCode::INTERNAL_SERVER_ERROR };
        // In English here; the language middleware rewrites it in the page's language.
        let page = failed.html(withhold_i18n::Tr::default());
        let mut response = (status, Html(page)).into_response();
        response.extensions_mut().insert(failed);
        if status == StatusCode::SERVICE_UNAVAILABLE {
            response.headers_mut().insert(axum::http::header::RETRY_AFTER, axum::http::HeaderValue::from_static("30"));
        }
        response
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        log(&self.0);
        let mut response = if self.0.is_unavailable() {
            (
                StatusCode::SERVICE_UNAVAILABLE,
                Json(json!({ "error": "unavailable", "message": "The database is briefly unavailable; nothing was saved. Retry later." })),
            )
                .into_response()
        } else {
            (
                StatusCode::INTERNAL_SERVER_ERROR,
                Json(json!({ "error": "internal", "message": "The request could not be completed." })),
            )
                .into_response()
        };
        if response.status() == StatusCode::SERVICE_UNAVAILABLE {
            response.headers_mut().insert(axum::http::header::RETRY_AFTER, axum::http::HeaderValue::from_static("30"));
        }
        response
    }
}
