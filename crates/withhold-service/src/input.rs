//! A submitted form, parsed once into domain types, or a list of what is wrong per field.

use serde::Deserialize;
use withhold_core::text::TextError;
use withhold_core::{CountryCode, Details, EmailAddress, Impact, Policy};

/// The form as typed. Missing fields are empty strings, so they get a message, not a rejection.
#[derive(Clone, Default, Deserialize)]
#[serde(default)]
pub struct RawSubmission {
    pub country: String,
    pub email: String,
    pub impact: String,
    pub details: String,
}

impl std::fmt::Debug for RawSubmission {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("RawSubmission(<redacted>)")
    }
}

#[derive(Debug, Clone)]
pub struct Submission {
    pub country: CountryCode,
    pub email: EmailAddress,
    pub impact: Option<Impact>,
    pub details: Option<Details>,
}

/// What is wrong with one field, for a message beside it (HTML) or a list entry (JSON).
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct FieldError {
    pub field: &'static str,
    pub code: &'static str,
    pub message: String,
}

/// The one place a typed form becomes domain types. Any input, never a panic (fuzzed: `fuzz/`).
pub fn parse(raw: &RawSubmission, policy: &Policy) -> Result<Submission, Vec<FieldError>> {
    let mut errors = Vec::new();
    let mut error =
        |field: &'static str, code: &'static str, message: String| errors.push(FieldError { field, code, message });

    let country = match CountryCode::parse(&raw.country) {
        Ok(country) => {
            let jurisdiction = policy.jurisdiction_for(country);
            if jurisdiction.available {
                Some(country)
            } else {
                error("country", "unavailable", unavailable_message(country, policy));
                None
            }
        }
        Err(e) => {
            let code = if raw.country.trim().is_empty() { "required" } else { "invalid" };
            error("country", code, capitalize(&e.to_string()));
            None
        }
    };
    let email = match EmailAddress::parse(&raw.email) {
        Ok(email) => Some(email),
        Err(e) => {
            let code = if raw.email.trim().is_empty() { "required" } else { "invalid" };
            error("email", code, capitalize(&e.to_string()));
            None
        }
    };
    let impact = match Impact::parse(&raw.impact) {
        Ok(None) if country.is_some_and(|c| policy.jurisdiction_for(c).statement_required()) => {
            error("impact", "required", capitalize(&TextError::Required.to_string()));
            None
        }
        Ok(impact) => impact,
        Err(e) => {
            error("impact", "too_long", capitalize(&e.to_string()));
            None
        }
    };
    let details = match Details::parse(&raw.details) {
        Ok(details) => details,
        Err(e) => {
            error("details", "too_long", capitalize(&e.to_string()));
            None
        }
    };
    match (country, email) {
        (Some(country), Some(email)) if errors.is_empty() => Ok(Submission { country, email, impact, details }),
        _ => Err(errors),
    }
}

fn capitalize(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// Never a dead end: say plainly where the form is available.
pub fn unavailable_message(country: CountryCode, policy: &Policy) -> String {
    let available = policy.available_countries();
    let total = CountryCode::all().count();
    if available.is_empty() {
        return format!(
            "The objection form is not available for residents of {}, nor anywhere else at the moment.",
            country.name()
        );
    }
    if available.len() * 2 > total {
        let unavailable: Vec<&str> = CountryCode::all().filter(|c| !available.contains(c)).map(|c| c.name()).collect();
        format!(
            "The objection form is not available for residents of {}. It is available for residents of every country except: {}.",
            country.name(),
            unavailable.join(", ")
        )
    } else {
        let names: Vec<&str> = available.iter().map(|c| c.name()).collect();
        format!(
            "The objection form is not available for residents of {}. It is available for residents of: {}.",
            country.name(),
            names.join(", ")
        )
    }
}
