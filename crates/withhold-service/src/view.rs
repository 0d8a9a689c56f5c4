//! What a person sees of their own request.

use crate::{from_millis, human_date};
use chrono::{DateTime, Utc};
use withhold_core::{CountryCode, EmailAddress, Policy, Status};
use withhold_store::{AuditEvent, ObjectionRow};

#[derive(Debug, Clone)]
pub struct ObjectionView {
    pub id: String,
    pub status: Status,
    pub email_masked: String,
    pub country: String,
    pub country_name: String,
    pub jurisdiction: String,
    pub received_at: DateTime<Utc>,
    pub due_at: DateTime<Utc>,
    pub restricted_since: Option<DateTime<Utc>>,
    pub decided_at: Option<DateTime<Utc>>,
    pub ended_at: Option<DateTime<Utc>>,
    pub rule: Option<String>,
    pub legal_basis: Option<String>,
    pub reason: Option<String>,
    /// How to complain, shown with a decline.
    pub complaint: Option<String>,
    pub events: Vec<EventView>,
}

#[derive(Debug, Clone)]
pub struct EventView {
    pub at: DateTime<Utc>,
    pub kind: String,
    pub description: String,
}

impl ObjectionView {
    pub fn restricts_processing(&self) -> bool {
        self.status.restricts_processing()
    }

    pub fn can_withdraw(&self) -> bool {
        self.status == Status::Honored
    }
}

impl EventView {
    pub fn when(&self) -> String {
        human_date(self.at)
    }
}

pub(crate) fn build(
    row: &ObjectionRow,
    status: Status,
    email: &EmailAddress,
    events: &[AuditEvent],
    policy: &Policy,
) -> ObjectionView {
    let country = CountryCode::parse(&row.country).ok();
    let jurisdiction = country.map(|c| policy.jurisdiction_for(c));
    ObjectionView {
        id: row.id.clone(),
        status,
        email_masked: email.masked(),
        country: row.country.clone(),
        country_name: country.map(|c| c.name().to_owned()).unwrap_or_else(|| row.country.clone()),
        jurisdiction: jurisdiction.map(|j| j.name.clone()).unwrap_or_else(|| row.jurisdiction.clone()),
        received_at: from_millis(row.received_at),
        due_at: from_millis(row.due_at),
        restricted_since: row.verified_at.map(from_millis),
        decided_at: row.decided_at.map(from_millis),
        ended_at: row.ended_at.map(from_millis),
        rule: row.decision_rule.clone(),
        legal_basis: row.legal_basis.clone(),
        reason: row.decision_reason.clone(),
        complaint: (status == Status::Declined).then(|| jurisdiction.map(|j| j.complaint.clone())).flatten(),
        events: events.iter().map(describe).collect(),
    }
}

pub(crate) fn describe(event: &AuditEvent) -> EventView {
    let detail: serde_json::Value = serde_json::from_str(&event.detail).unwrap_or_default();
    let text = |key: &str| detail.get(key).and_then(|v| v.as_str()).unwrap_or("").to_owned();
    let description = match event.kind.as_str() {
        "received" => "We received your objection.".to_owned(),
        "code_sent" => "We emailed you a confirmation code.".to_owned(),
        "code_resent" => "We emailed you a new confirmation code.".to_owned(),
        "code_rejected" => "A wrong confirmation code was entered.".to_owned(),
        "verified" => {
            "You confirmed your email address. From this moment your information is excluded from AI training."
                .to_owned()
        }
        "honored" => format!("Your objection was honored, applied going forward. Rule: {}.", text("rule")),
        "sent_to_review" => format!("Your objection was passed to a person for review: {}.", text("reason")),
        "declined" => "Your objection was declined.".to_owned(),
        "withdrawn" => "You withdrew your objection.".to_owned(),
        "expired" => match text("reason").as_str() {
            "too_many_wrong_codes" => "The request was closed after too many wrong codes.".to_owned(),
            _ => "The request was closed because the email address was not confirmed in time.".to_owned(),
        },
        "repeat_request_confirmed" => {
            "You confirmed a new request; this objection already applied, so no second one was opened.".to_owned()
        }
        "deadline_extended" => {
            format!("We extended the deadline for our decision to {}. Why: {}", text("to_due"), text("reason"))
        }
        other => other.replace('_', " "),
    };
    EventView { at: from_millis(event.at), kind: event.kind.clone(), description }
}
