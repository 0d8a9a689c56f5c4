//! Notice campaigns: each imported account is emailed the notice with a personal link, through
//! the outbox, at most once per campaign.

use crate::{Result, Service, ServiceError};
use chrono::{DateTime, NaiveDate, Utc};
use withhold_core::EmailAddress;
use withhold_core::Locale;
use withhold_core::invite::Invite;
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
    /// `link_expires`, recording the delivery in the same transaction. False if the account
    /// already had this campaign's notice (nothing is queued then).
    pub async fn queue_notice(
        &self,
        campaign: &str,
        target: &NoticeTarget,
        effective: NaiveDate,
        link_expires: DateTime<Utc>,
    ) -> Result<bool> {
        let now = Utc::now();
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
        // The notice and the page its link opens are in the language of the account's country
        // (English where that is none of ours); the page's switcher offers the others.
        let locale = target.country.as_deref().and_then(Locale::for_country).unwrap_or_default();
        let tr = Tr::new(locale);
        let link = format!("{}?invite={}&lang={}", self.sender.form_url(), invite.sign(&self.keys), locale.tag());
        let mail = self.sender.notice(tr, &email, &tr.date(effective), &link, &tr.date(link_expires.date_naive()));
        let message = prepare(&self.keys, &self.sender, &mail, None, now);
        let mut tx = self.store.begin().await?;
        if !tx.record_notice(campaign, &target.account_id, &message.message_id, now).await? {
            return Ok(false);
        }
        tx.enqueue_mail(&message).await?;
        tx.commit().await?;
        self.mail_wake.notify_one();
        Ok(true)
    }
}
