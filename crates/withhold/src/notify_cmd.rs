//! `withhold notify`: emails every imported account in the chosen countries the notice of a
//! campaign, with a personal link, through the outbox. Rate-limited, and resumable: each
//! account's delivery is recorded with its mail in one transaction, so a rerun after an
//! interruption sends only to those still without it.

use anyhow::{Context, bail};
use std::io::IsTerminal;
use std::time::Duration;
use withhold_core::CountryCode;
use withhold_service::Service;

#[derive(Debug, clap::Args)]
pub struct NotifyArgs {
    /// The campaign's name (letters, digits, - and _): one notice per account per campaign.
    #[arg(long)]
    pub campaign: String,
    /// The date the change takes effect, YYYY-MM-DD.
    #[arg(long, value_name = "DATE")]
    pub effective: String,
    /// Only accounts in these countries (ISO codes, comma-separated); default every account.
    #[arg(long, value_delimiter = ',', value_name = "CC,CC")]
    pub countries: Vec<String>,
    /// At most this many messages queued a second.
    #[arg(long, default_value_t = 20)]
    pub rate: u32,
    /// How many days the personal links fill in the form; by default 90, or until two weeks
    /// after the effective date if that is later. Links that would end before the effective
    /// date are refused.
    #[arg(long)]
    pub link_days: Option<i64>,
    /// Count who would be sent the notice; send nothing.
    #[arg(long)]
    pub dry_run: bool,
}

/// A validated campaign run.
#[derive(Debug)]
pub struct Notify {
    campaign: String,
    effective: chrono::NaiveDate,
    countries: Vec<String>,
    interval: Duration,
    link_days: i64,
    dry_run: bool,
}

/// What a run did with each account it looked at (a dry run: what it would do).
#[derive(Debug, Default, PartialEq, Eq, serde::Serialize)]
pub struct NotifySummary {
    /// Notices queued by this run, one per mailbox.
    pub queued: u64,
    /// Accounts whose mailbox got (or gets, in this run) the notice through another account.
    pub same_mailbox: u64,
    /// Accounts whose mailbox already has an objection in effect.
    pub in_effect: u64,
    /// Accounts in countries where the objection form is closed.
    pub form_closed: u64,
    /// Accounts that had this campaign's notice from an earlier run.
    pub earlier_run: u64,
    /// Accounts a concurrent run got to first.
    pub concurrent: u64,
}

const PAGE: i64 = 500;

impl NotifyArgs {
    pub fn validate(self) -> anyhow::Result<Notify> {
        if self.campaign.is_empty()
            || self.campaign.len() > 64
            || !self.campaign.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
        {
            bail!("--campaign: use 1 to 64 letters, digits, - or _");
        }
        let effective = chrono::NaiveDate::parse_from_str(&self.effective, "%Y-%m-%d")
            .context("--effective: give the date as YYYY-MM-DD")?;
        let countries = self
            .countries
            .iter()
            .map(|c| CountryCode::parse(c.trim()).map(|c| c.as_str().to_owned()))
            .collect::<Result<Vec<_>, _>>()
            .map_err(|e| anyhow::anyhow!("--countries: {e}"))?;
        if self.rate == 0 {
            bail!("--rate: at least 1 message a second");
        }
        let today = chrono::Utc::now().date_naive();
        let until_effective = (effective - today).num_days();
        let link_days = match self.link_days {
            Some(days) if days < 1 => bail!("--link-days: at least 1"),
            Some(days) if days < until_effective => bail!(
                "--link-days {days}: the links would stop working {} days before the change takes effect on {effective}; \
                 give at least {until_effective}",
                until_effective - days
            ),
            Some(days) => days,
            None => 90.max(until_effective + 14),
        };
        Ok(Notify {
            campaign: self.campaign,
            effective,
            countries,
            interval: Duration::from_secs_f64(1.0 / f64::from(self.rate)),
            link_days,
            dry_run: self.dry_run,
        })
    }
}

impl Notify {
    pub async fn run(&self, service: &Service) -> anyhow::Result<NotifySummary> {
        use withhold_service::NoticeOutcome;
        let store = service.store();
        let mut summary = NotifySummary {
            earlier_run: u64::try_from(store.campaign_counts(&self.campaign).await?.accounts).unwrap_or(0),
            ..NotifySummary::default()
        };
        // Mailboxes this run has told (a dry run records nothing, so it remembers them here).
        let mut told = std::collections::HashSet::new();
        let link_expires = chrono::Utc::now() + chrono::Duration::days(self.link_days);
        let bar = (std::io::stderr().is_terminal() && !self.dry_run).then(|| {
            let bar = indicatif::ProgressBar::new_spinner();
            bar.set_style(
                indicatif::ProgressStyle::with_template("notifying {spinner} {pos} queued ({per_sec})")
                    .unwrap_or_else(|_| indicatif::ProgressStyle::default_spinner()),
            );
            bar
        });
        let mut tick = tokio::time::interval(self.interval);
        tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
        let mut after = String::new();
        loop {
            let page = store.notice_targets(&self.campaign, &self.countries, &after, PAGE).await?;
            let Some(last) = page.last() else { break };
            after = last.account_id.clone();
            for target in &page {
                if self.dry_run && told.contains(&target.email_key) {
                    summary.same_mailbox += 1;
                    continue;
                }
                if !self.dry_run {
                    tick.tick().await;
                }
                let outcome =
                    service.queue_notice(&self.campaign, target, self.effective, link_expires, self.dry_run).await?;
                match outcome {
                    NoticeOutcome::Queued => {
                        summary.queued += 1;
                        told.insert(target.email_key.clone());
                        if let Some(bar) = &bar {
                            bar.inc(1);
                        }
                    }
                    NoticeOutcome::SameMailbox => summary.same_mailbox += 1,
                    NoticeOutcome::InEffect => summary.in_effect += 1,
                    NoticeOutcome::FormClosed => summary.form_closed += 1,
                    NoticeOutcome::Already => summary.concurrent += 1,
                }
            }
        }
        if let Some(bar) = bar {
            bar.finish_and_clear();
        }
        Ok(summary)
    }

    pub fn campaign(&self) -> &str {
        &self.campaign
    }

    pub fn dry_run(&self) -> bool {
        self.dry_run
    }

    pub fn link_days(&self) -> i64 {
        self.link_days
    }
}
