//! What staff see and do in the console beyond deciding: a request in full with its timeline,
//! and the one deadline extension the law allows.

use crate::view::{EventView, describe};
use crate::{
    ACTOR_STAFF_PREFIX, Result, Service, ServiceError, details_context, from_millis, human_date, impact_context,
    parse_status,
};
use chrono::{DateTime, Months, Utc};
use serde_json::json;
use tracing::instrument;
use withhold_core::policy::Period;
use withhold_core::{EmailAddress, ObjectionId, Status};
use withhold_store::{AuditEvent, ObjectionRow};

/// The furthest any deadline may be extended, in calendar months (GDPR Art. 12(3)); the
/// jurisdiction's `extension` rule may allow less, or none.
pub const MAX_EXTENSION_MONTHS: u32 = 2;
/// The longest reason a staff member may give.
pub const MAX_REASON_CHARS: usize = 2_000;

/// A request as staff see it: the address and what the person wrote, opened.
#[derive(Debug, Clone)]
pub struct StaffView {
    pub row: ObjectionRow,
    pub status: Status,
    pub email: EmailAddress,
    pub impact: Option<String>,
    pub details: Option<String>,
    pub received_at: DateTime<Utc>,
    pub due_at: DateTime<Utc>,
    pub extended_at: Option<DateTime<Utc>>,
    pub events: Vec<(AuditEvent, EventView)>,
}

impl StaffView {
    pub fn decidable(&self) -> bool {
        self.status == Status::NeedsReview
    }

    /// Whether the deadline can still be extended: once, while the request is open, and only
    /// before the original deadline (the person must be told within the first month).
    pub fn extendable(&self, now: DateTime<Utc>) -> bool {
        matches!(self.status, Status::Verified | Status::NeedsReview) && self.extended_at.is_none() && now < self.due_at
    }
}

#[derive(Debug, PartialEq, Eq)]
pub enum ExtendOutcome {
    Extended {
        due_at: DateTime<Utc>,
    },
    /// The deadline was extended before; the law allows it once.
    AlreadyExtended,
    /// The original deadline has passed: the person had to be told within it.
    TooLate,
    NotOpen {
        status: Status,
    },
    /// The jurisdiction's rule allows no extension this long (`max_months` 0: none at all).
    NotAllowed {
        max_months: u32,
    },
    NotFound,
}

impl Service {
    /// The request `id` in full, for staff.
    pub async fn staff_view(&self, id: &ObjectionId) -> Result<Option<StaffView>> {
        let id_text = id.to_string();
        let Some(row) = self.store.objection(&id_text).await? else { return Ok(None) };
        let open = |sealed: &Option<String>, context: String| -> Result<Option<String>> {
            sealed.as_deref().map(|s| self.keys.open_string(s, &context).map_err(|_| ServiceError::Key)).transpose()
        };
        let impact = open(&row.impact_sealed, impact_context(&id_text))?;
        let details = open(&row.details_sealed, details_context(&id_text))?;
        let events = self
            .store
            .events(&id_text)
            .await?
            .into_iter()
            .map(|e| {
                let v = describe(&e);
                (e, v)
            })
            .collect();
        Ok(Some(StaffView {
            status: parse_status(&row)?,
            email: self.email_of(&row)?,
            impact,
            details,
            received_at: from_millis(row.received_at),
            due_at: from_millis(row.due_at),
            extended_at: row.extended_at.map(from_millis),
            events,
            row,
        }))
    }

    /// Extends the decision deadline by `months` (1 or 2) with `reason`, once, and tells the
    /// person by email in the same transaction.
    #[instrument(skip_all)]
    pub async fn extend_deadline(
        &self,
        id: &ObjectionId,
        months: u32,
        reason: &str,
        staff_name: &str,
    ) -> Result<ExtendOutcome> {
        debug_assert!(!reason.trim().is_empty());
        let now = Utc::now();
        let id_text = id.to_string();
        let mut tx = self.store.begin().await?;
        let Some(row) = tx.lock_objection(&id_text).await? else { return Ok(ExtendOutcome::NotFound) };
        let status = parse_status(&row)?;
        if !matches!(status, Status::Verified | Status::NeedsReview) {
            return Ok(ExtendOutcome::NotOpen { status });
        }
        if row.extended_at.is_some() {
            return Ok(ExtendOutcome::AlreadyExtended);
        }
        let jurisdiction = self.jurisdiction_of(&row)?;
        let max_months = match jurisdiction.extension {
            Some(Period::Months(n)) => n,
            Some(Period::Days(d)) => d / 30,
            None => 0,
        }
        .min(MAX_EXTENSION_MONTHS);
        if months == 0 || months > max_months {
            return Ok(ExtendOutcome::NotAllowed { max_months });
        }
        let was_due = from_millis(row.due_at);
        if now >= was_due {
            return Ok(ExtendOutcome::TooLate);
        }
        let due = was_due.checked_add_months(Months::new(months)).unwrap_or(was_due);
        if !tx.extend_deadline(&id_text, due, now).await? {
            return Ok(ExtendOutcome::AlreadyExtended);
        }
        let actor = format!("{ACTOR_STAFF_PREFIX}{staff_name}");
        let detail = json!({
            "from_due": human_date(was_due),
            "to_due": human_date(due),
            "to_due_at": due.to_rfc3339(),
            "months": months,
            "reason": reason,
        });
        tx.append_event(Some(&id_text), now, &actor, "deadline_extended", None, &detail).await?;
        let email = self.email_of(&row)?;
        let token = self.mint_token(&mut tx, &id_text, now).await?;
        let tr = crate::tr_of(&row);
        let mail = self.sender.deadline_extended(
            tr,
            &email,
            &tr.datetime(due),
            &tr.datetime(was_due),
            reason,
            jurisdiction.complaint_in(tr.locale()),
            &self.sender.status_url(&id_text, token.expose()),
        );
        self.queue_mail(&mut tx, &id_text, &mail, now).await?;
        tx.commit().await?;
        self.wake_workers();
        Ok(ExtendOutcome::Extended { due_at: due })
    }
}
