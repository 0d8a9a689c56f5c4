//! Notice campaigns: each imported account is emailed the notice with a personal link, through
//! the outbox, at most once per campaign.

use crate::{Result, Service, ServiceError};
use chrono::{DateTime, NaiveDate, Utc};
use withhold_core::Locale;
use withhold_core::invite::Invite;
use withhold_core::{CountryCode, EmailAddress};
use withhold_i18n::Tr;
use withhold_mail::worker::prepare;
use withhold_store::NoticeTarget;

/// What a personal link fills in: the account's country (if known) and address.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Prefill {
    pub country: Option<String>,
    pub email: String,
}

/// Why a personal link filled in nothing.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PrefillRefused {
    Expired,
    /// Changed, cut, not ours, or naming an account that is gone.
    Unusable,
}

impl Service {
    /// The details a personal link's `token` fills the form in with.
    pub async fn prefill_from_invite(&self, token: &str) -> Result<std::result::Result<Prefill, PrefillRefused>> {
        let invite = match Invite::open(token, &self.keys, Utc::now().timestamp()) {
            Ok(invite) => invite,
            Err(withhold_core::invite::InviteError::Expired) => return Ok(Err(PrefillRefused::Expired)),
            Err(withhold_core::invite::InviteError::Invalid) => return Ok(Err(PrefillRefused::Unusable)),
        };
        let Some((sealed, country)) = self.store.account_contact(&invite.account_id).await? else {
            return Ok(Err(PrefillRefused::Unusable));
        };
        let email = self.keys.open_string(&sealed, &format!("account:{}:email", invite.account_id));
        Ok(email.map(|email| Prefill { country, email }).map_err(|_| PrefillRefused::Unusable))
    }

    /// The account a personal link names, if the link is ours, unchanged, unexpired and the
    /// account still exists: what an objection made through it is bound to.
    pub async fn account_for_invite(&self, token: &str) -> Result<Option<String>> {
        let Ok(invite) = Invite::open(token, &self.keys, Utc::now().timestamp()) else {
            return Ok(None);
        };
        Ok(self.store.account_contact(&invite.account_id).await?.map(|_| invite.account_id))
    }

    /// Queues `campaign`'s notice for `target` with a personal link valid until
    /// `link_expires`, recording the delivery in the same transaction, unless the account is
    /// one the notice must not go to: its country's form is closed, its mailbox already has an
    /// objection in effect, or its mailbox already had this campaign's notice for another of
    /// its accounts (then the account is recorded as covered by that message). With `dry_run`
    /// nothing is written; the answer is what would be done.
    pub async fn queue_notice(
        &self,
        campaign: &str,
        target: &NoticeTarget,
        effective: NaiveDate,
        link_expires: DateTime<Utc>,
        dry_run: bool,
    ) -> Result<NoticeOutcome> {
        let now = Utc::now();
        let country = target.country.as_deref().and_then(|c| CountryCode::parse(c).ok());
        let jurisdiction = match country {
            Some(country) => self.policy.jurisdiction_for(country),
            None => self.policy.everywhere_else(),
        };
        if !jurisdiction.available {
            return Ok(NoticeOutcome::FormClosed);
        }
        if target.in_effect != 0 {
            return Ok(NoticeOutcome::InEffect);
        }
        let mut tx = self.store.begin().await?;
        // Before the read: the server writes beside this command.
        tx.lock_mailbox(&target.email_key).await?;
        if let Some(message_id) = tx.notice_for_mailbox(campaign, &target.email_key).await? {
            if !dry_run {
                tx.record_notice(campaign, &target.account_id, &message_id, now).await?;
                tx.commit().await?;
            }
            return Ok(NoticeOutcome::SameMailbox);
        }
        if dry_run {
            return Ok(NoticeOutcome::Queued);
        }
        let email = self
            .keys
            .open_string(&target.email_sealed, &format!("account:{}:email", target.account_id))
            .ok()
            .and_then(|text| EmailAddress::parse(&text).ok())
            .ok_or(ServiceError::Key)?;
        let invite = Invite {
            account_id: target.account_id.clone(),
            campaign: campaign.to_owned(),
            expires_at: link_expires.timestamp(),
        };
        // The notice and the page its link opens are in the account's own language, else its
        // country's main language, else English (a country with several, such as Belgium or
        // Finland, has none of its own here); the page's switcher offers the others.
        let locale = target
            .language
            .as_deref()
            .and_then(|tag| tag.parse().ok())
            .or_else(|| target.country.as_deref().and_then(Locale::for_country))
            .unwrap_or_default();
        let tr = Tr::new(locale);
        let link = format!("{}?invite={}&lang={}", self.sender.form_url(), invite.sign(&self.keys), locale.tag());
        let mail = self.sender.notice(tr, &email, &tr.date(effective), &link, &tr.date(link_expires.date_naive()));
        let message = prepare(&self.keys, &self.sender, &mail, None, now);
        if !tx.record_notice(campaign, &target.account_id, &message.message_id, now).await? {
            return Ok(NoticeOutcome::Already);
        }
        tx.enqueue_mail(&message).await?;
        tx.commit().await?;
        self.mail_wake.notify_one();
        Ok(NoticeOutcome::Queued)
    }
}

/// What became of one account in a notice campaign.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NoticeOutcome {
    Queued,
    /// A concurrent run got there first.
    Already,
    /// Its mailbox had the notice already, for another of its accounts.
    SameMailbox,
    /// Its mailbox already has an objection in effect: nothing to tell it.
    InEffect,
    /// The objection form is closed in its country: the link would lead nowhere.
    FormClosed,
}
