//! A submitted form, parsed once into domain types, or a list of what is wrong per field.

use serde::Deserialize;
use withhold_core::email::EmailError;
use withhold_core::text::TextError;
use withhold_core::{CountryCode, Details, EmailAddress, Impact, Locale, Policy};
use withhold_i18n::Tr;

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
    /// The account a personal link named (checked by the service, never taken from input as is).
    pub account_id: Option<String>,
    /// The language the person used; later mail is written in it.
    pub locale: Locale,
}

/// What is wrong with one field, for a message beside it (HTML) or a list entry (JSON).
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct FieldError {
    pub field: &'static str,
    pub code: &'static str,
    pub message: String,
}

/// The one place a typed form becomes domain types. Any input, never a panic (fuzzed: `fuzz/`).
/// Each error's message is in English (the API's language); [`message_in`] gives it in another.
pub fn parse(raw: &RawSubmission, policy: &Policy) -> Result<Submission, Vec<FieldError>> {
    let mut errors = Vec::new();
    let mut error = |field: &'static str, code: &'static str| {
        let message = message_in(Tr::default(), field, code, raw, policy);
        errors.push(FieldError { field, code, message })
    };

    let country = match CountryCode::parse(&raw.country) {
        Ok(country) => {
            let jurisdiction = policy.jurisdiction_for(country);
            if jurisdiction.available {
                Some(country)
            } else {
                error("country", "unavailable");
                None
            }
        }
        Err(_) => {
            error("country", if raw.country.trim().is_empty() { "required" } else { "invalid" });
            None
        }
    };
    let email = match EmailAddress::parse(&raw.email) {
        Ok(email) => Some(email),
        Err(_) => {
            error("email", if raw.email.trim().is_empty() { "required" } else { "invalid" });
            None
        }
    };
    let impact = match Impact::parse(&raw.impact) {
        Ok(None) if country.is_some_and(|c| policy.jurisdiction_for(c).statement_required()) => {
            error("impact", "required");
            None
        }
        Ok(impact) => impact,
        Err(_) => {
            error("impact", "too_long");
            None
        }
    };
    let details = match Details::parse(&raw.details) {
        Ok(details) => details,
        Err(_) => {
            error("details", "too_long");
            None
        }
    };
    match (country, email) {
        (Some(country), Some(email)) if errors.is_empty() => {
            Ok(Submission { country, email, impact, details, account_id: None, locale: Locale::default() })
        }
        _ => Err(errors),
    }
}

/// What is wrong with `field` (as [`parse`] found, with `code`), in `tr`'s language.
pub fn message_in(tr: Tr, field: &str, code: &str, raw: &RawSubmission, policy: &Policy) -> String {
    let too_long = |result: Result<(), TextError>| match result {
        Err(TextError::TooLong { max, actual }) => tr.t2("error-too-long", "actual", actual, "max", max),
        _ => tr.t("error-impact-required"),
    };
    match (field, code) {
        ("country", "unavailable") => match CountryCode::parse(&raw.country) {
            Ok(country) => unavailable_in(tr, country, policy),
            Err(_) => tr.t("error-country-invalid"),
        },
        ("country", "required") => tr.t("error-country-required"),
        ("country", _) => tr.t("error-country-invalid"),
        ("email", _) => match EmailAddress::parse(&raw.email) {
            Err(EmailError::Missing) | Ok(_) => tr.t("error-email-missing"),
            Err(EmailError::TooLong) => tr.t("error-email-too-long"),
            Err(EmailError::MissingAt) => tr.t("error-email-missing-at"),
            Err(EmailError::LocalPartTooLong) => tr.t("error-email-local-too-long"),
            Err(EmailError::InvalidLocalPart) => tr.t("error-email-local-invalid"),
            Err(EmailError::InvalidDomain) => tr.t("error-email-domain-invalid"),
        },
        ("impact", "required") => tr.t("error-impact-required"),
        ("impact", _) => too_long(Impact::parse(&raw.impact).map(drop)),
        (_, _) => too_long(Details::parse(&raw.details).map(drop)),
    }
}

/// Never a dead end: say plainly where the form is available.
fn unavailable_in(tr: Tr, country: CountryCode, policy: &Policy) -> String {
    let available = policy.available_countries();
    let total = CountryCode::all().count();
    let name = tr.country(country.as_str());
    let names = |countries: &mut dyn Iterator<Item = CountryCode>| {
        let mut names: Vec<String> = countries.map(|c| tr.country(c.as_str())).collect();
        names.sort();
        names.join(", ")
    };
    if available.is_empty() {
        tr.t1("error-country-unavailable-nowhere", "country", name)
    } else if available.len() * 2 > total {
        let unavailable = names(&mut CountryCode::all().filter(|c| !available.contains(c)));
        tr.t2("error-country-unavailable-except", "country", name, "countries", unavailable)
    } else {
        let list = names(&mut available.iter().copied());
        tr.t2("error-country-unavailable-only", "country", name, "countries", list)
    }
}
