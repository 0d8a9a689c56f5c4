//! The lookups an operator reaches for at a terminal: a request by id or by address, the staff
//! and their sign-in delays, and the delivery queues' dead letters. Every one is an audit
//! event (counts and ids, never an address).

use crate::{Access, Config, open_store};
use anyhow::{Context, bail};
use chrono::{DateTime, Utc};
use withhold_core::{EmailAddress, Keys, ObjectionId};
use withhold_store::{Requeue, Store};

fn when(ms: i64) -> String {
    DateTime::from_timestamp_millis(ms).map(|t| t.format("%Y-%m-%d %H:%M UTC").to_string()).unwrap_or_default()
}

/// "due in 12 days", "3 days overdue", or nothing for a request no longer open.
fn due_in_words(due_ms: i64, open: bool, now: DateTime<Utc>) -> String {
    if !open {
        return String::new();
    }
    let due = DateTime::from_timestamp_millis(due_ms).unwrap_or(now);
    let days = (due - now).num_days();
    match days {
        d if due <= now => format!(" ({} days overdue)", -d),
        0 => " (due within a day)".to_owned(),
        d => format!(" (due in {d} days)"),
    }
}

/// `withhold requests show ID`: state, dates and timeline of one request; the address only
/// masked.
pub async fn show_request(config: &Config, id: &str) -> anyhow::Result<()> {
    let id = ObjectionId::parse(id).map_err(|_| anyhow::anyhow!("{id:?} is not a request id"))?;
    let store = open_store(config, Access::Existing).await?;
    let service = crate::service_for(config, store.clone());
    let Some(view) = service.staff_view(&id).await? else {
        store.close().await;
        bail!("there is no request {id} in {}", withhold_store::without_password(&config.database_url));
    };
    store.record_operation("cli", "request_viewed", &serde_json::json!({ "objection_id": id.to_string() })).await?;
    let now = Utc::now();
    let row = &view.row;
    println!("request {id}");
    println!("  state        {}", view.status.as_str().replace('_', " "));
    println!("  address      {}", view.email.masked());
    println!("  country      {} ({})", row.country, row.jurisdiction);
    println!("  received     {}", when(row.received_at));
    let open = view.status.restricts_processing() && view.status != withhold_core::Status::Honored
        || view.status == withhold_core::Status::PendingVerification;
    println!("  due          {}{}", when(row.due_at), due_in_words(row.due_at, open, now));
    if let Some(at) = row.extended_at {
        println!("  extended     {}", when(at));
    }
    if let Some(rule) = &row.decision_rule {
        println!("  decided by   {rule}");
    }
    let statement = if view.impact.is_some() || view.details.is_some() { "yes (open it in the console)" } else { "no" };
    println!("  statement    {statement}");
    println!("  timeline");
    for (event, described) in &view.events {
        println!("    {}  {:<26} {}", when(event.at), event.kind, described.description);
    }
    store.close().await;
    Ok(())
}

/// `withhold requests find --email ADDRESS`: every request of that mailbox (the address is
/// compared by its keyed hash and never printed back).
pub async fn find_requests(config: &Config, address: &str) -> anyhow::Result<()> {
    let email = EmailAddress::parse(address).map_err(|e| anyhow::anyhow!("--email: {e}"))?;
    let keys = Keys::derive(&config.secret_key);
    let store = open_store(config, Access::Existing).await?;
    let rows = store.objections_for_email_key(&keys.email_key(&email.normalized()), 100).await?;
    store.record_operation("cli", "requests_searched", &serde_json::json!({ "matches": rows.len() })).await?;
    if rows.is_empty() {
        println!("no request from {}", email.masked());
    }
    let now = Utc::now();
    for row in &rows {
        let open = matches!(row.status.as_str(), "pending_verification" | "verified" | "needs_review");
        println!(
            "{}  {:<21} received {}  due {}{}",
            row.id,
            row.status,
            when(row.received_at),
            when(row.due_at),
            due_in_words(row.due_at, open, now)
        );
    }
    store.close().await;
    Ok(())
}

pub async fn list_staff(config: &Config) -> anyhow::Result<()> {
    let store = open_store(config, Access::Existing).await?;
    let staff = store.list_staff("cli").await?;
    if staff.is_empty() {
        println!("no staff yet: withhold admin add-user NAME --role admin");
    }
    for (name, role, last) in staff {
        let last = last.map(when).unwrap_or_else(|| "never".to_owned());
        println!("{name:<24} {role:<9} last signed in {last}");
    }
    store.close().await;
    Ok(())
}

pub async fn remove_staff(config: &Config, name: &str) -> anyhow::Result<()> {
    let store = open_store(config, Access::Existing).await?;
    let removed = store.remove_staff(name, Utc::now(), "cli").await?;
    store.close().await;
    if !removed {
        bail!("there is no staff member {name:?}");
    }
    println!("staff member {name} removed; their sessions are ended");
    Ok(())
}

/// Clears the failed sign-ins counted for a name from every address (an owner who was made
/// to wait by someone guessing their name).
pub async fn unlock_staff(config: &Config, name: &str) -> anyhow::Result<()> {
    let keys = Keys::derive(&config.secret_key);
    let store = open_store(config, Access::Existing).await?;
    let cleared = store.unlock_sign_in(&keys.sign_in_keys(name, "").name, name, Utc::now(), "cli").await?;
    store.close().await;
    println!("{name}: {cleared} counts of failed sign-ins cleared");
    Ok(())
}

/// `withhold outbox`: both delivery queues and their dead letters.
pub async fn show_outbox(config: &Config, limit: i64) -> anyhow::Result<()> {
    let store = open_store(config, Access::Existing).await?;
    print_outbox(&store, limit).await?;
    store.close().await;
    Ok(())
}

async fn print_outbox(store: &Store, limit: i64) -> anyhow::Result<()> {
    let counts = store.outbox_counts().await?;
    let (_, dead_webhooks) = store.dead_letter_counts().await?;
    println!("pending {}  sent {}  dead {}", counts.pending, counts.sent, counts.dead);
    println!("webhooks dead {dead_webhooks}");
    for dead in store.all_dead_letters(limit).await? {
        let what = match dead.queue {
            // An endpoint's address can carry credentials: its host only.
            withhold_store::DeliveryQueue::Webhook => dead
                .what
                .split('/')
                .take(3)
                .collect::<Vec<_>>()
                .join("/")
                .split('@')
                .next_back()
                .unwrap_or("")
                .to_owned(),
            withhold_store::DeliveryQueue::Mail => dead.what.clone(),
        };
        println!(
            "dead  {:<12} {:<22} {} attempts, since {}: {}",
            dead.name(),
            what,
            dead.attempts,
            when(dead.created_at),
            dead.last_error.unwrap_or_default()
        );
    }
    Ok(())
}

/// `withhold outbox retry NAME|--all`.
pub async fn retry_dead(config: &Config, name: Option<&str>, all: bool) -> anyhow::Result<()> {
    let which = match (name, all) {
        (Some(name), false) => Requeue::parse_name(name).with_context(|| {
            format!("{name:?}: name a dead letter as `withhold outbox` lists it (mail-12, webhook-3)")
        })?,
        (None, true) => Requeue::All,
        _ => bail!("give one dead letter (mail-12, webhook-3) or --all"),
    };
    let store = open_store(config, Access::Existing).await?;
    let (mail, webhooks) = store.requeue_dead(which, Utc::now(), "cli").await?;
    store.close().await;
    if mail + webhooks == 0 {
        bail!("no such dead letter; `withhold outbox` lists them");
    }
    println!("requeued {mail} mail and {webhooks} webhook deliveries; a running server sends them now");
    Ok(())
}
