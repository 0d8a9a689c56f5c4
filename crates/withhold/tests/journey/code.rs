use crate::helpers::{Backend, id_in, spawn_app};
use reqwest::StatusCode;
use serde_json::json;

pub async fn five_wrong_codes_close_the_request(backend: Backend) {
    let app = spawn_app(backend).await;
    let page = app.submit_form("IT", "luca@example.it", "", "").await;
    let id = id_in(&page.url);
    let right = app.smtp.wait_for("luca@example.it", "Your confirmation code is", 1).await.code();
    let wrong = if right == "000000" { "111111" } else { "000000" };
    for tries_left in (1..=4).rev() {
        let page = app.enter_code(&id, wrong).await;
        assert_eq!(page.status, StatusCode::UNPROCESSABLE_ENTITY);
        let plural = if tries_left == 1 { "try" } else { "tries" };
        assert!(page.html.contains(&format!("({tries_left} {plural} left)")), "{}", page.html);
        assert!(page.html.contains(&format!("value=\"{wrong}\"")), "the typed code is kept");
    }
    let locked = app.enter_code(&id, wrong).await;
    assert_eq!(locked.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(locked.html.contains("wrong too many times"));
    assert!(locked.html.contains("Start again"));
    // Even the right code no longer works: the person starts again.
    let page = app.get(&format!("/objections/{id}/confirm")).await;
    assert_eq!(page.status, StatusCode::CONFLICT);
    assert!(page.html.contains("This request is closed"));
    let (status, _) = app.api_post(&format!("/api/v1/objections/{id}/verify"), &json!({ "code": right })).await;
    assert_eq!(status, StatusCode::CONFLICT);
    assert_eq!(app.scalar("SELECT COUNT(*) FROM objections WHERE status = 'expired'").await, 1);
    assert_eq!(app.scalar("SELECT COUNT(*) FROM audit_events WHERE kind = 'code_rejected'").await, 5);
}

pub async fn expired_code_is_replaced_by_a_resend(backend: Backend) {
    let app = spawn_app(backend).await;
    let page = app.submit_form("ES", "ana@example.es", "", "").await;
    let id = id_in(&page.url);
    let first = app.smtp.wait_for("ana@example.es", "Your confirmation code is", 1).await.code();
    // Thirty minutes pass.
    app.sql(&format!("UPDATE objections SET code_expires_at = 0 WHERE id = '{id}'")).await;
    let expired = app.enter_code(&id, &first).await;
    assert_eq!(expired.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(expired.html.contains("This code has expired"));
    assert!(expired.html.contains("Send a new code"));

    let (sent, _) = app.resend(&id).await;
    assert_eq!(sent.status, StatusCode::OK);
    assert!(sent.html.contains("We sent you a new code"));
    let second = app.smtp.wait_for("ana@example.es", "Your confirmation code is", 2).await.code();
    // The resend replaced the code on the same request: no new request was opened.
    assert_eq!(app.scalar("SELECT COUNT(*) FROM objections").await, 1);
    if first != second {
        let old = app.enter_code(&id, &first).await;
        assert!(old.html.contains("That code is not right"));
    }
    let done = app.enter_code(&id, &second).await;
    assert!(done.html.contains("Honored"), "{}", done.html);
}

pub async fn resends_are_limited_to_three_an_hour(backend: Backend) {
    let app = spawn_app(backend).await;
    let page = app.submit_form("PL", "ola@example.pl", "", "").await;
    let id = id_in(&page.url);
    for _ in 0..3 {
        let (page, _) = app.resend(&id).await;
        assert_eq!(page.status, StatusCode::OK);
    }
    let (limited, retry_after) = app.resend(&id).await;
    assert_eq!(limited.status, StatusCode::TOO_MANY_REQUESTS);
    assert!(limited.html.contains("already sent 3 new codes in the last hour"));
    let retry_after: u64 = retry_after.expect("Retry-After").parse().unwrap();
    assert!(retry_after > 3000 && retry_after <= 3600, "{retry_after}");
    let latest = app.smtp.wait_for("ola@example.pl", "Your confirmation code is", 4).await.code();
    assert_eq!(app.smtp.all().len(), 4);
    let done = app.enter_code(&id, &latest).await;
    assert!(done.html.contains("Honored"));
}

pub async fn unconfirmed_requests_expire(backend: Backend) {
    let app = spawn_app(backend).await;
    let (status, body) =
        app.api_post("/api/v1/objections", &json!({ "country": "NL", "email": "piet@example.nl" })).await;
    assert_eq!(status, StatusCode::ACCEPTED);
    let id = body["id"].as_str().unwrap().to_owned();
    let status_path = body["status_url"].as_str().unwrap().replace(&app.address, "");
    // A day passes without the address being confirmed.
    app.sql(&format!("UPDATE objections SET received_at = received_at - 90000000 WHERE id = '{id}'")).await;
    let body = app.wait_for_status(&status_path, "expired").await;
    assert!(
        body["events"]
            .as_array()
            .unwrap()
            .iter()
            .any(|e| e["description"].as_str().unwrap().contains("not confirmed in time"))
    );
}

pub async fn verified_objections_left_undecided_are_decided_by_the_reviewer(backend: Backend) {
    let app = spawn_app(backend).await;
    let (_, body) =
        app.api_post("/api/v1/objections", &json!({ "country": "BR", "email": "joao@example.com.br" })).await;
    let id = body["id"].as_str().unwrap().to_owned();
    let status_path = body["status_url"].as_str().unwrap().replace(&app.address, "");
    // As if the process died right after committing the verification.
    app.sql(&format!(
        "UPDATE objections SET status = 'verified', verified_at = received_at, code_hash = NULL WHERE id = '{id}'"
    ))
    .await;
    let body = app.wait_for_status(&status_path, "honored").await;
    assert_eq!(body["rule"], "br-lgpd/auto-honor");
    let mail = app.smtp.wait_for("joao@example.com.br", "has been honored", 1).await;
    assert!(mail.body().contains("LGPD"));
}
