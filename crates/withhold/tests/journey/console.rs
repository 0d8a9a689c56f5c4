//! The operator console beyond sign-in: a request in full, deciding with a reason, the one
//! deadline extension, search, the audit log with its export, the dashboard; and webhooks.

use crate::admin::{add_user, sign_in};
use crate::audit::withhold_cli;
use crate::helpers::{Backend, Options, TestApp, csrf_of, id_in, spawn_app_with};
use crate::journey::CLOSED_POLICY;
use reqwest::StatusCode;
use std::sync::{Arc, Mutex};
use withhold_core::webhook::WebhookSecret;

/// A request from `email` in France, where the test policy sends it to a person.
async fn request_in_review(app: &TestApp, email: &str, impact: &str) -> String {
    let submitted = app.submit_form("FR", email, impact, "").await;
    assert_eq!(submitted.status, StatusCode::OK, "{}", submitted.html);
    let id = id_in(&submitted.url);
    let code = app.smtp.wait_for(email, "Your confirmation code is", 1).await.code();
    app.enter_code(&id, &code).await;
    wait_for_state(app, &id, "needs_review").await;
    id
}

/// Waits for the background reviewer to move `id` to `status`.
async fn wait_for_state(app: &TestApp, id: &str, status: &str) {
    let query = format!("SELECT COUNT(*) FROM objections WHERE id = '{id}' AND status = '{status}'");
    for _ in 0..600 {
        if app.scalar(&query).await == 1 {
            return;
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    panic!("{id} never reached {status}");
}

fn fresh_browser() -> reqwest::Client {
    reqwest::Client::builder().cookie_store(true).build().unwrap()
}

pub async fn console_decides_extends_searches_and_exports_the_audit_log(backend: Backend) {
    let app = spawn_app_with(backend, Options { policy_toml: Some(CLOSED_POLICY.into()), ..Options::default() }).await;
    assert_eq!(add_user(&app, "rita", "reviewer", "a reviewer's passphrase").await.0, 0);
    assert_eq!(add_user(&app, "bob", "admin", "an admin's passphrase").await.0, 0);
    let luc = request_in_review(&app, "luc@example.fr", "It profiles <b>me</b>.").await;
    let ana = request_in_review(&app, "ana@example.fr", "My photos.").await;
    let late = request_in_review(&app, "tom@example.fr", "My posts.").await;

    // Without a session every console page and action sends the browser to sign in, and
    // nothing changes.
    let stranger = fresh_browser();
    for path in [
        format!("/admin/requests/{luc}"),
        "/admin/search?q=luc%40example.fr".into(),
        "/admin/audit".into(),
        "/admin/audit/export".into(),
        "/admin/dashboard".into(),
    ] {
        let r = stranger.get(format!("{}{path}", app.address)).send().await.unwrap();
        assert!(r.url().path().ends_with("/admin/login"), "{path} → {}", r.url());
    }
    let r = stranger
        .post(format!("{}/admin/requests/{luc}/decision", app.address))
        .form(&[("decision", "honor")])
        .send()
        .await
        .unwrap();
    assert!(r.url().path().ends_with("/admin/login"));
    let r = stranger
        .post(format!("{}/admin/requests/{luc}/extend", app.address))
        .form(&[("months", "2"), ("reason", "x")])
        .send()
        .await
        .unwrap();
    assert!(r.url().path().ends_with("/admin/login"));
    assert_eq!(
        app.scalar(&format!(
            "SELECT COUNT(*) FROM objections WHERE id = '{luc}' AND status = 'needs_review' AND extended_at IS NULL"
        ))
        .await,
        1
    );

    // A reviewer signs in and finds the request by address, however it is typed.
    let (status, _) = sign_in(&app, "rita", "a reviewer's passphrase").await;
    assert_eq!(status, StatusCode::OK);
    let found = app.get("/admin/search?q=%20LUC%40Example.FR%20").await;
    assert!(found.html.contains(&format!("/admin/requests/{luc}")), "{}", found.html);
    assert!(!found.html.contains(&ana));
    let by_id = app.get(&format!("/admin/search?q={ana}")).await;
    assert!(by_id.url.ends_with(&format!("/admin/requests/{ana}")), "{}", by_id.url);
    let nothing = app.get("/admin/search?q=nobody%40example.fr").await;
    assert!(nothing.html.contains("No request was made from this address."));
    let unclear = app.get("/admin/search?q=luc").await;
    assert!(unclear.html.contains("Enter a request id or a whole email address"));

    // The request page: the address, what the person wrote (escaped), the timeline.
    let page = app.get(&format!("/admin/requests/{luc}")).await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.html.contains("luc@example.fr"));
    assert!(page.html.contains("It profiles &lt;b&gt;me&lt;/b&gt;."), "{}", page.html);
    assert!(
        page.html.contains("We received your objection.")
            && page.html.contains("Confirmed, being decided → Being reviewed by a person")
    );
    assert!(page.html.contains("Record the decision") && page.html.contains("Extend the deadline"));
    let csrf = csrf_of(&page.html);

    // A decline needs a reason; what was typed stays, the error is at the field.
    let refused = app
        .post_form(
            &format!("/admin/requests/{luc}/decision"),
            &[("csrf", &csrf), ("decision", "decline"), ("reason", "  ")],
        )
        .await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(refused.html.contains("href=\"#decline-reason\"") && refused.html.contains("aria-invalid=\"true\""));
    assert!(refused.html.contains("value=\"decline\" checked"));
    // Without the CSRF token nothing is decided.
    let forged =
        app.post_form(&format!("/admin/requests/{luc}/decision"), &[("decision", "honor"), ("reason", "")]).await;
    assert_eq!(forged.status, StatusCode::FORBIDDEN);

    // Extend once, with a reason: the person is emailed the new date and why.
    let due_before = app.scalar(&format!("SELECT due_at FROM objections WHERE id = '{luc}'")).await;
    let missing = app
        .post_form(
            &format!("/admin/requests/{luc}/extend"),
            &[("csrf", &csrf), ("months", ""), ("reason", "Many requests at once.")],
        )
        .await;
    assert_eq!(missing.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        missing.html.contains("Choose one or two months.")
            && missing.html.contains(">Many requests at once.</textarea>")
    );
    let extended = app
        .post_form(
            &format!("/admin/requests/{luc}/extend"),
            &[("csrf", &csrf), ("months", "2"), ("reason", "Many requests at once.")],
        )
        .await;
    assert_eq!(extended.status, StatusCode::OK);
    assert!(extended.url.ends_with(&format!("/admin/requests/{luc}")));
    assert!(extended.html.contains("(extended on"), "{}", extended.html);
    let due_after = app.scalar(&format!("SELECT due_at FROM objections WHERE id = '{luc}'")).await;
    let days = (due_after - due_before) / 86_400_000;
    assert!((59..=62).contains(&days), "two calendar months later: {days} days");
    let mail = app.smtp.wait_for("luc@example.fr", "We need more time to decide", 1).await;
    assert!(mail.body().contains("Many requests at once.") && mail.body().contains("You can complain to the CNIL"));
    let again = app
        .post_form(&format!("/admin/requests/{luc}/extend"), &[("csrf", &csrf), ("months", "1"), ("reason", "More.")])
        .await;
    assert_eq!(again.status, StatusCode::CONFLICT);
    assert!(again.html.contains("already extended once"));
    // Past the original deadline an extension can no longer be told in time.
    app.sql(&format!("UPDATE objections SET due_at = 1000 WHERE id = '{late}'")).await;
    let too_late = app
        .post_form(&format!("/admin/requests/{late}/extend"), &[("csrf", &csrf), ("months", "1"), ("reason", "Late.")])
        .await;
    assert_eq!(too_late.status, StatusCode::CONFLICT);
    assert!(too_late.html.contains("original deadline has passed"));

    // Decide: decline with a reason (told with the right to complain), honor the other.
    let declined = app
        .post_form(
            &format!("/admin/requests/{luc}/decision"),
            &[("csrf", &csrf), ("decision", "decline"), ("reason", "Compelling legitimate grounds <override>.")],
        )
        .await;
    // A decline is confirmed first; the reason typed is kept.
    assert_eq!(declined.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(declined.html.contains("Tick the box to confirm the decline"));
    assert!(declined.html.contains("Compelling legitimate grounds &lt;override&gt;.</textarea>"));
    let next = app
        .post_form(
            &format!("/admin/requests/{luc}/decision"),
            &[
                ("csrf", &csrf),
                ("decision", "decline"),
                ("reason", "Compelling legitimate grounds <override>."),
                ("confirm_decline", "yes"),
            ],
        )
        .await;
    // On to the next request awaiting a decision.
    assert_eq!(next.status, StatusCode::OK, "{}", next.html);
    assert!(next.url.contains("/admin/requests/") && next.url.ends_with(&format!("?decided={luc}")), "{}", next.url);
    assert!(next.html.contains("This is the next request awaiting a decision"));
    let declined = app.get(&format!("/admin/requests/{luc}")).await;
    assert!(declined.html.contains(">Declined</span>"), "{}", declined.html);
    assert!(declined.html.contains("Compelling legitimate grounds &lt;override&gt;."));
    assert!(!declined.html.contains("Record the decision"), "a decided request has no decision form");
    let mail = app.smtp.wait_for("luc@example.fr", "has declined it", 1).await;
    assert!(mail.body().contains("Compelling legitimate grounds <override>."));
    assert!(mail.body().contains("You can complain to the CNIL and go to court."));
    let honored = app
        .post_form(
            &format!("/admin/requests/{ana}/decision"),
            &[("csrf", &csrf), ("decision", "honor"), ("reason", "")],
        )
        .await;
    assert!(honored.url.ends_with(&format!("decided={ana}")), "{}", honored.url);
    let honored = app.get(&format!("/admin/requests/{ana}")).await;
    assert!(honored.html.contains(">Honored</span>"), "{}", honored.html);
    app.smtp.wait_for("ana@example.fr", "applied going forward", 1).await;
    let twice = app
        .post_form(
            &format!("/admin/requests/{ana}/decision"),
            &[("csrf", &csrf), ("decision", "honor"), ("reason", "")],
        )
        .await;
    assert_eq!(twice.status, StatusCode::CONFLICT);

    // The audit log: filtered to one request, every staff action with its actor.
    let log = app.get(&format!("/admin/audit?request={luc}")).await;
    assert_eq!(log.status, StatusCode::OK);
    for expected in ["deadline_extended", "declined", "staff:rita", "Being reviewed by a person → Declined"] {
        assert!(log.html.contains(expected), "{expected} in {}", log.html);
    }
    assert!(!log.html.contains(&ana), "only the filtered request");
    let by_actor = app.get("/admin/audit?actor=staff%3Arita&kind=honored").await;
    assert!(by_actor.html.contains(&ana) && !by_actor.html.contains(&format!(">{luc}<")));
    // Reviewers may not export it; admins may, and the export verifies.
    let r = app.client.get(format!("{}/admin/audit/export", app.address)).send().await.unwrap();
    assert_eq!(r.status(), StatusCode::FORBIDDEN);
    assert!(!log.html.contains("/admin/audit/export"), "reviewers are not offered the export");

    // The dashboard: numbers and charts drawn on the server.
    let dashboard = app.get("/admin/dashboard").await;
    assert_eq!(dashboard.status, StatusCode::OK);
    for expected in [
        "<svg",
        "Requests by state",
        "Confirmed objections per day by country",
        "FR: 3",
        "Decision latency (2 decided",
        "p50",
    ] {
        assert!(dashboard.html.contains(expected), "{expected} in {}", dashboard.html);
    }
    assert!(dashboard.html.contains(&late) && dashboard.html.contains("Overdue"), "the overdue request is at risk");
    assert!(!dashboard.html.contains("<script"));

    let admin = fresh_browser();
    let form = admin.get(format!("{}/admin/login", app.address)).send().await.unwrap().text().await.unwrap();
    let signed_in = admin
        .post(format!("{}/admin/login", app.address))
        .form(&[("csrf", csrf_of(&form).as_str()), ("name", "bob"), ("password", "an admin's passphrase")])
        .send()
        .await
        .unwrap();
    assert_eq!(signed_in.status(), StatusCode::OK);
    let export = admin.get(format!("{}/admin/audit/export", app.address)).send().await.unwrap();
    assert_eq!(export.status(), StatusCode::OK);
    assert!(export.headers()["content-disposition"].to_str().unwrap().contains("withhold-audit.jsonl"));
    let text = export.text().await.unwrap();
    assert!(!text.contains("@example.fr"), "the audit log holds no addresses");
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("audit.jsonl");
    std::fs::write(&file, &text).unwrap();
    let (code, out) = withhold_cli(&app, &["audit", "verify", "--file", file.to_str().unwrap()]).await;
    assert_eq!(code, 0, "{out}");
    assert_eq!(
        app.scalar("SELECT COUNT(*) FROM audit_events WHERE kind = 'audit_exported' AND actor = 'staff:bob'").await,
        1
    );
}

/// One delivery as the receiver saw it: event id, body, and its signature check.
type Delivery = (String, String, Result<(), String>);

/// What the test's webhook receiver got.
#[derive(Clone, Default)]
struct Received {
    deliveries: Arc<Mutex<Vec<Delivery>>>,
}

/// A receiver that checks each signature, refuses the first delivery with a 500 (to prove
/// retries) and accepts the rest.
async fn start_receiver(secret: WebhookSecret) -> (String, Received) {
    use axum::body::Bytes;
    use axum::http::HeaderMap;
    let received = Received::default();
    let state = received.clone();
    let app = axum::Router::new().route(
        "/hook",
        axum::routing::post(move |headers: HeaderMap, body: Bytes| {
            let state = state.clone();
            let secret = secret.clone();
            async move {
                let signature =
                    headers.get("withhold-signature").and_then(|v| v.to_str().ok()).unwrap_or("").to_owned();
                let event_id = headers.get("withhold-event-id").and_then(|v| v.to_str().ok()).unwrap_or("").to_owned();
                let verdict =
                    secret.verify(&signature, &body, chrono::Utc::now().timestamp(), 300).map_err(|e| e.to_string());
                let mut deliveries = state.deliveries.lock().unwrap();
                deliveries.push((event_id, String::from_utf8_lossy(&body).into_owned(), verdict));
                if deliveries.len() == 1 {
                    axum::http::StatusCode::INTERNAL_SERVER_ERROR
                } else {
                    axum::http::StatusCode::NO_CONTENT
                }
            }
        }),
    );
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}/hook", listener.local_addr().unwrap());
    tokio::spawn(async move { axum::serve(listener, app).await });
    (url, received)
}

pub async fn decisions_and_withdrawals_reach_webhooks_signed_and_retried(backend: Backend) {
    let secret_text = "a shared secret for the test receiver";
    let secret = WebhookSecret::parse(secret_text).unwrap();
    let (url, received) = start_receiver(secret).await;
    let app = spawn_app_with(
        backend,
        Options {
            policy_toml: Some(CLOSED_POLICY.into()),
            webhooks: Some((url, secret_text.into())),
            ..Options::default()
        },
    )
    .await;
    // Honored by the policy (Germany), then withdrawn by the person.
    let (id, status) = app.object_and_confirm("DE", "webhook@example.com").await;
    wait_for_state(&app, &id, "honored").await;
    let start = status.html.find(&format!("/objections/{id}/withdraw?token=")).expect("a withdraw link");
    let href = status.html[start..].split('"').next().unwrap().to_owned();
    let confirm = app.get(&href).await;
    let token = href.split("token=").nth(1).unwrap();
    let done = app
        .post_form(&format!("/objections/{id}/withdraw"), &[("csrf", &csrf_of(&confirm.html)), ("token", token)])
        .await;
    assert_eq!(done.status, StatusCode::OK);

    // Two events; the first delivery was refused and retried with the same event id.
    let mut deliveries = Vec::new();
    for _ in 0..300 {
        deliveries = received.deliveries.lock().unwrap().clone();
        let distinct: std::collections::BTreeSet<_> = deliveries.iter().map(|d| d.0.clone()).collect();
        if distinct.len() == 2 && deliveries.len() == 3 {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    assert_eq!(deliveries.len(), 3, "two events, the first delivered twice: {deliveries:?}");
    for (_, body, verdict) in &deliveries {
        assert_eq!(verdict, &Ok(()), "the receiver verified the signature of {body}");
        assert!(!body.contains("webhook@example.com"), "no address in events: {body}");
    }
    let refused = &deliveries[0].0;
    assert_eq!(deliveries.iter().filter(|d| &d.0 == refused).count(), 2, "the refused event came again, same id");
    let events: Vec<serde_json::Value> = deliveries[1..].iter().map(|d| serde_json::from_str(&d.1).unwrap()).collect();
    let types: Vec<&str> = events.iter().map(|e| e["type"].as_str().unwrap()).collect();
    assert!(types.contains(&"objection.honored") && types.contains(&"objection.withdrawn"), "{types:?}");
    for event in &events {
        assert_eq!(event["data"]["objection_id"], id.as_str());
        assert_eq!(event["data"]["subjects"][0]["key_type"], "email_hmac");
    }
    // The receiver has answered; the worker records the delivery just after.
    let delivered = "SELECT COUNT(*) FROM webhook_deliveries WHERE state = 'delivered' AND body_sealed IS NULL";
    for _ in 0..300 {
        if app.scalar(delivered).await == 2 {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(20)).await;
    }
    assert_eq!(app.scalar(delivered).await, 2);
    assert_eq!(app.scalar("SELECT MAX(attempts) FROM webhook_deliveries").await, 2);

    // A forged or replayed delivery fails the receiver's check.
    let secret = WebhookSecret::parse(secret_text).unwrap();
    let body = deliveries[2].1.as_bytes();
    let now = chrono::Utc::now().timestamp();
    let other = WebhookSecret::parse("not the shared secret at all").unwrap();
    assert!(secret.verify(&other.sign(now, body), body, now, 300).is_err());
    assert!(secret.verify(&secret.sign(now - 3600, body), body, now, 300).is_err());
}

pub async fn staff_sign_in_is_limited_per_ip(backend: Backend) {
    let app =
        spawn_app_with(backend, Options { rate_limits: Some("login_ip=3/600s".into()), ..Options::default() }).await;
    assert_eq!(add_user(&app, "carol", "reviewer", "carol's long passphrase").await.0, 0);
    // Three guesses across different names, then even the right password waits.
    for name in ["alice", "bob", "carol"] {
        let (status, _) = sign_in(&app, name, "a wrong guess here").await;
        assert_eq!(status, StatusCode::UNAUTHORIZED);
    }
    let form = app.get("/admin/login").await;
    let r = app
        .client
        .post(format!("{}/admin/login", app.address))
        .form(&[("csrf", csrf_of(&form.html).as_str()), ("name", "carol"), ("password", "carol's long passphrase")])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::TOO_MANY_REQUESTS);
    assert!(r.headers().get("retry-after").is_some());
    let html = r.text().await.unwrap();
    assert!(html.contains("Too many sign-in attempts from here") && html.contains("value=\"carol\""), "{html}");
    assert_eq!(app.scalar("SELECT COUNT(*) FROM staff_sessions").await, 0);
}
