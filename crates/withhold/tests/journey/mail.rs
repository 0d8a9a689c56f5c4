use crate::helpers::{Backend, Options, spawn_app, spawn_app_with};
use crate::smtp::Behavior;
use serde_json::json;
use std::time::Duration;

async fn until(mut check: impl AsyncFnMut() -> bool) {
    // A guard against hanging, not a timing assertion.
    for _ in 0..600 {
        if check().await {
            return;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    panic!("the condition never held");
}

pub async fn temporary_smtp_failures_are_retried_until_delivered(backend: Backend) {
    let app = spawn_app(backend).await;
    app.smtp.set_behavior(Behavior::TempFail);
    let (status, _) = app.api_post("/api/v1/objections", &json!({ "country": "DK", "email": "mads@example.dk" })).await;
    // The submission does not depend on the mail server.
    assert_eq!(status, reqwest::StatusCode::ACCEPTED);
    until(async || *app.smtp.attempts.lock().unwrap() >= 2).await;
    assert!(app.smtp.all().is_empty());
    app.smtp.set_behavior(Behavior::Accept);
    let mail = app.smtp.wait_for("mads@example.dk", "Your confirmation code is", 1).await;
    assert!(mail.header("Message-ID").is_some());
    until(async || app.service.store().outbox_counts().await.unwrap().sent == 1).await;
    let counts = app.service.store().outbox_counts().await.unwrap();
    assert_eq!((counts.pending, counts.dead), (0, 0));
    // Sent exactly once, though tried several times.
    assert_eq!(app.smtp.all().len(), 1);
}

/// The mail server is unreachable (connections dropped, pooled ones too): submissions still
/// succeed, and the mail goes out, once, when it is back.
pub async fn mail_goes_out_once_the_smtp_server_is_back(backend: Backend) {
    let app = spawn_app(backend).await;
    // Deliver one first, so a pooled connection exists and has to be found dead.
    app.api_post("/api/v1/objections", &json!({ "country": "NL", "email": "first@example.nl" })).await;
    app.smtp.wait_for("first@example.nl", "Your confirmation code is", 1).await;
    app.smtp.set_behavior(Behavior::Down);
    for email in ["daan@example.nl", "sanne@example.nl"] {
        let (status, _) = app.api_post("/api/v1/objections", &json!({ "country": "NL", "email": email })).await;
        assert_eq!(status, reqwest::StatusCode::ACCEPTED);
    }
    until(async || app.scalar("SELECT COUNT(*) FROM outbox WHERE attempts >= 2 AND state = 'pending'").await == 2)
        .await;
    assert_eq!(app.smtp.all().len(), 1);
    app.smtp.set_behavior(Behavior::Accept);
    app.smtp.wait_for("daan@example.nl", "Your confirmation code is", 1).await;
    app.smtp.wait_for("sanne@example.nl", "Your confirmation code is", 1).await;
    until(async || app.service.store().outbox_counts().await.unwrap().sent == 3).await;
    assert_eq!(app.smtp.all().len(), 3, "each message exactly once");
}

pub async fn permanent_failures_become_visible_dead_letters(backend: Backend) {
    let app = spawn_app(backend).await;
    app.smtp.set_behavior(Behavior::PermFail);
    app.api_post("/api/v1/objections", &json!({ "country": "FI", "email": "aino@example.fi" })).await;
    until(async || app.service.store().outbox_counts().await.unwrap().dead == 1).await;
    let dead = app.service.store().dead_letters(10).await.unwrap();
    assert_eq!(dead.len(), 1);
    let (message_id, kind, error) = &dead[0];
    assert!(message_id.ends_with("@example.org>"));
    assert_eq!(kind, "verification_code");
    let error = error.as_deref().unwrap();
    assert!(error.contains("permanent"), "{error}");
    assert!(!error.contains("aino@example.fi"), "the stored error leaks the address: {error}");
    // A dead letter keeps its content so an operator can retry it.
    assert_eq!(app.scalar("SELECT COUNT(*) FROM outbox WHERE state = 'dead' AND payload_sealed IS NOT NULL").await, 1);
}

pub async fn messages_become_dead_letters_after_the_maximum_attempts(backend: Backend) {
    let app = spawn_app_with(backend, Options { mail_max_attempts: Some(2), ..Options::default() }).await;
    app.smtp.set_behavior(Behavior::TempFail);
    app.api_post("/api/v1/objections", &json!({ "country": "EE", "email": "kati@example.ee" })).await;
    until(async || app.service.store().outbox_counts().await.unwrap().dead == 1).await;
    assert_eq!(app.scalar("SELECT attempts FROM outbox").await, 2);
    assert_eq!(*app.smtp.attempts.lock().unwrap(), 2);
}
