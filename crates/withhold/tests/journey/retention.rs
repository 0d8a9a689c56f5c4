use crate::helpers::{Backend, spawn_app};
use serde_json::json;

const EIGHT_DAYS_MS: i64 = 8 * 86_400_000;

pub async fn unconfirmed_requests_are_purged_after_retention_and_decided_ones_kept(backend: Backend) {
    let app = spawn_app(backend).await;
    // An old request never confirmed, an old one that was decided, and a recent unconfirmed one.
    let (_, old) = app.api_post("/api/v1/objections", &json!({ "country": "DE", "email": "old@example.com" })).await;
    let (decided, _) = app.object_and_confirm("DE", "decided@example.com").await;
    let (_, recent) =
        app.api_post("/api/v1/objections", &json!({ "country": "DE", "email": "recent@example.com" })).await;
    app.smtp.wait_for("old@example.com", "Your confirmation code is", 1).await;
    let old_id = old["id"].as_str().unwrap().to_owned();
    app.sql(&format!(
        "UPDATE objections SET received_at = received_at - {EIGHT_DAYS_MS} WHERE id IN ('{old_id}', '{decided}')"
    ))
    .await;

    let dry = app.service.purge_unverified(true).await.unwrap();
    assert_eq!(dry.requests, 1);
    assert_eq!(dry.by_status, [("pending_verification".to_owned(), 1)]);
    assert_eq!(app.scalar("SELECT COUNT(*) FROM objections").await, 3, "a dry run removes nothing");

    let done = app.service.purge_unverified(false).await.unwrap();
    assert_eq!(done.requests, 1);
    assert_eq!(app.scalar(&format!("SELECT COUNT(*) FROM objections WHERE id = '{old_id}'")).await, 0);
    assert_eq!(app.scalar(&format!("SELECT COUNT(*) FROM access_tokens WHERE objection_id = '{old_id}'")).await, 0);
    assert_eq!(app.scalar(&format!("SELECT COUNT(*) FROM outbox WHERE objection_id = '{old_id}'")).await, 0);
    assert_eq!(
        app.scalar(&format!("SELECT COUNT(*) FROM objections WHERE id = '{decided}' AND status = 'honored'")).await,
        1
    );
    let recent_id = recent["id"].as_str().unwrap();
    assert_eq!(app.scalar(&format!("SELECT COUNT(*) FROM objections WHERE id = '{recent_id}'")).await, 1);
    assert_eq!(app.scalar("SELECT COUNT(*) FROM audit_events WHERE kind = 'purged_unverified'").await, 1);
    let (status, _) = app.api_get(&old["status_url"].as_str().unwrap().replace(&app.address, "")).await;
    assert_eq!(status, reqwest::StatusCode::NOT_FOUND);
    assert_eq!(app.service.purge_unverified(false).await.unwrap().requests, 0);
}
