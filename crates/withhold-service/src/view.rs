//! What a person sees of their own request.

use crate::{from_millis, human_date};
use chrono::{DateTime, Utc};
use withhold_core::{CountryCode, EmailAddress, Policy, Status};
use withhold_i18n::Tr;
use withhold_store::{AuditEvent, ObjectionRow};

#[derive(Debug, Clone)]
pub struct ObjectionView {
    pub id: String,
    pub status: Status,
    pub email_masked: String,
    pub country: String,
    pub country_name: String,
    /// The jurisdiction's name (in English until [`ObjectionView::in_language`]).
    pub jurisdiction: String,
    pub jurisdiction_id: String,
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
    /// In English, for the staff console and the API.
    pub description: String,
    detail: serde_json::Value,
}

impl ObjectionView {
    /// The policy's words (jurisdiction, legal basis, how to complain) in `locale`, where the
    /// policy has them: what was recorded in English at the decision is shown in the reader's
    /// language when it is the jurisdiction's own text.
    pub fn in_language(mut self, locale: withhold_i18n::Locale, policy: &Policy) -> ObjectionView {
        let Some(jurisdiction) = policy.jurisdiction_by_id(&self.jurisdiction_id) else { return self };
        self.jurisdiction = jurisdiction.name_in(locale).to_owned();
        if self.legal_basis.as_deref() == Some(jurisdiction.legal_basis.as_str()) {
            self.legal_basis = Some(jurisdiction.legal_basis_in(locale).to_owned());
        }
        if self.complaint.is_some() {
            self.complaint = Some(jurisdiction.complaint_in(locale).to_owned());
        }
        if let Some(reason) = &self.reason {
            self.reason = Some(withhold_i18n::Tr::new(locale).recorded_reason(reason));
        }
        self
    }

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

    /// What the event means, in the person's language.
    pub fn description_in(&self, tr: Tr) -> String {
        describe_in(tr, &self.kind, &self.detail).unwrap_or_else(|| tr.t("event-other"))
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
        jurisdiction_id: jurisdiction.map(|j| j.id.clone()).unwrap_or_else(|| row.jurisdiction.clone()),
        received_at: from_millis(row.received_at),
        due_at: from_millis(row.due_at),
        restricted_since: row.verified_at.map(from_millis),
        decided_at: row.decided_at.map(from_millis),
        ended_at: row.ended_at.map(from_millis),
        rule: row.decision_rule.clone(),
        legal_basis: row.legal_basis.clone(),
        reason: row.decision_reason.clone(),
        complaint: (status == Status::Declined).then(|| jurisdiction.map(|j| j.complaint.clone())).flatten(),
        events: events
            .iter()
            .map(describe)
            .map(|mut e| {
                // A request that shares the code already in the mailbox shows as one whose code
                // was sent: its own link must not tell whoever made it that others asked first.
                if e.kind == "code_shared" {
                    e.kind = "code_sent".to_owned();
                }
                e
            })
            .collect(),
    }
}

pub(crate) fn describe(event: &AuditEvent) -> EventView {
    let detail: serde_json::Value = serde_json::from_str(&event.detail).unwrap_or_default();
    // For a kind the person is never told of, the event's own name says more than the fallback.
    let description = describe_in(Tr::default(), &event.kind, &detail).unwrap_or_else(|| event.kind.replace('_', " "));
    EventView { at: from_millis(event.at), kind: event.kind.clone(), description, detail }
}

/// What an event means to the person, in their language; `None` for a kind with no wording.
fn describe_in(tr: Tr, kind: &str, detail: &serde_json::Value) -> Option<String> {
    let text = |key: &str| detail.get(key).and_then(|v| v.as_str()).unwrap_or("").to_owned();
    Some(match kind {
        "received" => tr.t("event-received"),
        // To the person, a request that shares the code already mailed reads like any other:
        // its timeline must not tell whoever made it that the mailbox was asked before.
        "code_sent" | "code_shared" => tr.t("event-code-sent"),
        "code_resent" => tr.t("event-code-resent"),
        "code_rejected" => tr.t("event-code-rejected"),
        "verified" => tr.t("event-verified"),
        "honored" => tr.t1("event-honored", "rule", text("rule")),
        "sent_to_review" => tr.t1("event-sent-to-review", "reason", tr.recorded_reason(&text("reason"))),
        "declined" => tr.t("event-declined"),
        "withdrawn" => tr.t("event-withdrawn"),
        "expired" => match text("reason").as_str() {
            "too_many_wrong_codes" => tr.t("event-expired-wrong-codes"),
            _ => tr.t("event-expired-unconfirmed"),
        },
        "repeat_request_confirmed" => tr.t("event-repeat-confirmed"),
        "deadline_extended" => {
            // Events from before `to_due_at` was recorded carry only the English text.
            let due = DateTime::parse_from_rfc3339(&text("to_due_at"))
                .map(|at| tr.datetime(at.with_timezone(&Utc)))
                .unwrap_or_else(|_| text("to_due"));
            tr.t2("event-deadline-extended", "due", due, "reason", text("reason"))
        }
        _ => return None,
    })
}
