use crate::helpers::{Backend, Options, spawn_app, spawn_app_with};
use crate::journey::CLOSED_POLICY;
use reqwest::StatusCode;
use serde_json::{Value, json};

fn path_of(app_address: &str, url: &Value) -> String {
    url.as_str().unwrap().replace(app_address, "")
}

pub async fn api_journey_submit_verify_status_withdraw(backend: Backend) {
    let app = spawn_app(backend).await;
    let (status, body) = app
        .api_post(
            "/api/v1/objections",
            &json!({ "country": "GB", "email": "tom@example.co.uk", "impact": "It affects me.", "details": "" }),
        )
        .await;
    assert_eq!(status, StatusCode::ACCEPTED);
    assert_eq!(body["status"], "pending_verification");
    let id = body["id"].as_str().unwrap().to_owned();
    let status_path = path_of(&app.address, &body["status_url"]);
    assert!(status_path.starts_with(&format!("/api/v1/objections/{id}?token=")));

    let code = app.smtp.wait_for("tom@example.co.uk", "Your confirmation code is", 1).await.code();
    let wrong = if code == "999999" { "888888" } else { "999999" };
    let (status, body) = app.api_post(&format!("/api/v1/objections/{id}/verify"), &json!({ "code": wrong })).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(body["error"], "wrong_code");
    assert_eq!(body["attempts_left"], 4);
    assert_eq!(body["fields"][0]["field"], "code");

    let (status, body) = app.api_post(&format!("/api/v1/objections/{id}/verify"), &json!({ "code": code })).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(body["id"], id.as_str());
    // Decided within the verification request itself.
    assert_eq!(body["status"], "honored");
    // Proving the mailbox revoked the link handed out at submission; the confirmer has a new one.
    assert_eq!(app.api_get(&status_path).await.0, StatusCode::NOT_FOUND);
    let status_path = path_of(&app.address, &body["status_url"]);
    assert!(status_path.ends_with(body["token"].as_str().unwrap()));
    assert!(body["status_page_url"].as_str().unwrap().contains(&format!("/objections/{id}?token=")));

    let (status, body) = app.api_get(&status_path).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(body["status"], "honored");
    assert_eq!(body["rule"], "uk-gdpr/auto-honor");
    assert!(body["restricted_since"].is_string());
    let kinds: Vec<&str> = body["events"].as_array().unwrap().iter().map(|e| e["kind"].as_str().unwrap()).collect();
    assert_eq!(kinds, ["received", "code_sent", "code_rejected", "verified", "honored"]);

    let (status, _) = app.api_get(&format!("/api/v1/objections/{id}?token=wrong")).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    let (status, _) = app.api_post(&format!("/api/v1/objections/{id}/withdraw?token=wrong"), &json!({})).await;
    assert_eq!(status, StatusCode::NOT_FOUND);

    let withdraw_path = status_path.replacen(&format!("/{id}?"), &format!("/{id}/withdraw?"), 1);
    let (status, body) = app.api_post(&withdraw_path, &json!({})).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(body["status"], "withdrawn");
    let (status, body) = app.api_post(&withdraw_path, &json!({})).await;
    assert_eq!(status, StatusCode::CONFLICT);
    assert_eq!(body["status"], "withdrawn");
    app.smtp.wait_for("tom@example.co.uk", "You withdrew your objection", 1).await;
    let (_, body) = app.api_get(&status_path).await;
    assert!(body["restricted_since"].is_null());
    assert!(body["ended_at"].is_string());
}

pub async fn api_validation_errors_are_listed_per_field(backend: Backend) {
    let app = spawn_app_with(backend, Options { policy_toml: Some(CLOSED_POLICY.into()), ..Options::default() }).await;
    let (status, body) = app.api_post("/api/v1/objections", &json!({})).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(body["error"], "validation_failed");
    let fields: Vec<(String, String)> = body["fields"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| (f["field"].as_str().unwrap().to_owned(), f["code"].as_str().unwrap().to_owned()))
        .collect();
    assert_eq!(fields, [("country".into(), "required".into()), ("email".into(), "required".into())]);

    let (_, body) = app
        .api_post(
            "/api/v1/objections",
            &json!({ "country": "XX", "email": "bad", "impact": "i".repeat(5001), "details": "d".repeat(10001) }),
        )
        .await;
    let codes: Vec<&str> = body["fields"].as_array().unwrap().iter().map(|f| f["code"].as_str().unwrap()).collect();
    assert_eq!(codes, ["invalid", "invalid", "too_long", "too_long"]);
    assert!(body["fields"][0]["message"].as_str().unwrap().len() > 10);

    let (status, body) =
        app.api_post("/api/v1/objections", &json!({ "country": "US", "email": "joe@example.com" })).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(body["fields"][0]["code"], "unavailable");
    assert!(body["fields"][0]["message"].as_str().unwrap().contains("every country except"));

    let (status, body) =
        app.api_post("/api/v1/objections", &json!({ "country": "FR", "email": "luc@example.fr" })).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(body["fields"][0]["field"], "impact");
    assert_eq!(body["fields"][0]["code"], "required");

    let r = app
        .client
        .post(format!("{}/api/v1/objections", app.address))
        .header("content-type", "application/json")
        .body("{not json")
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::BAD_REQUEST);
    assert_eq!(r.json::<Value>().await.unwrap()["error"], "invalid_json");
    let r = app
        .client
        .post(format!("{}/api/v1/objections", app.address))
        .header("content-type", "text/plain")
        .body("{}")
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::UNSUPPORTED_MEDIA_TYPE);
    assert_eq!(r.json::<Value>().await.unwrap()["error"], "unsupported_media_type");
    let (status, body) = app.api_post("/api/v1/objections", &json!({ "country": 49, "email": "a@example.com" })).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(body["error"], "validation_failed");
    assert_eq!(body["fields"][0]["field"], "country");
    assert_eq!(body["fields"][0]["code"], "invalid_type");
    // serde's message would quote what was sent; ours does not.
    let (status, body) = app.api_post("/api/v1/objections", &json!("secret@example.com")).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(body["fields"][0]["field"], "body");
    assert!(!body.to_string().contains("secret@example.com"), "{body}");

    let (status, body) = app
        .api_post("/api/v1/objections/00000000-0000-4000-8000-000000000000/verify", &json!({ "code": "12ab" }))
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(body["fields"][0]["field"], "code");
    let (status, _) = app
        .api_post("/api/v1/objections/00000000-0000-4000-8000-000000000000/verify", &json!({ "code": "123456" }))
        .await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    let (status, _) = app.api_post("/api/v1/objections/not-a-uuid/verify", &json!({ "code": "123456" })).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    assert_eq!(app.scalar("SELECT COUNT(*) FROM objections").await, 0);
}

pub async fn api_resend_is_limited(backend: Backend) {
    let app = spawn_app(backend).await;
    let (_, body) = app.api_post("/api/v1/objections", &json!({ "country": "SE", "email": "sven@example.se" })).await;
    let id = body["id"].as_str().unwrap().to_owned();
    for _ in 0..3 {
        let (status, body) = app.api_post(&format!("/api/v1/objections/{id}/resend"), &json!({})).await;
        assert_eq!(status, StatusCode::ACCEPTED);
        assert_eq!(body["status"], "pending_verification");
    }
    let r = app.client.post(format!("{}/api/v1/objections/{id}/resend", app.address)).send().await.unwrap();
    assert_eq!(r.status(), StatusCode::TOO_MANY_REQUESTS);
    assert!(r.headers().get("retry-after").is_some());
    let code = app.smtp.wait_for("sven@example.se", "Your confirmation code is", 4).await.code();
    let (status, body) = app.api_post(&format!("/api/v1/objections/{id}/verify"), &json!({ "code": code })).await;
    assert_eq!((status, body["status"].as_str()), (StatusCode::OK, Some("honored")));
    let (status, body) = app.api_post(&format!("/api/v1/objections/{id}/resend"), &json!({})).await;
    assert_eq!(status, StatusCode::CONFLICT);
    assert_eq!(body["error"], "not_pending");
}

pub async fn api_never_reveals_an_existing_objection(backend: Backend) {
    let app = spawn_app(backend).await;
    let (_, body) = app.api_post("/api/v1/objections", &json!({ "country": "AT", "email": "eva@example.at" })).await;
    let id = body["id"].as_str().unwrap().to_owned();
    let code = app.smtp.wait_for("eva@example.at", "Your confirmation code is", 1).await.code();
    app.api_post(&format!("/api/v1/objections/{id}/verify"), &json!({ "code": code })).await;

    let (repeat_status, repeat) =
        app.api_post("/api/v1/objections", &json!({ "country": "AT", "email": "eva@example.at" })).await;
    let (fresh_status, fresh) =
        app.api_post("/api/v1/objections", &json!({ "country": "AT", "email": "new@example.at" })).await;
    assert_eq!(repeat_status, fresh_status);
    let keys = |v: &Value| v.as_object().unwrap().keys().cloned().collect::<Vec<_>>();
    assert_eq!(keys(&repeat), keys(&fresh));
    assert_eq!(repeat["status"], fresh["status"]);

    // Only the mailbox owner learns it, after proving they own it.
    let repeat_id = repeat["id"].as_str().unwrap();
    let code = app.smtp.wait_for("eva@example.at", "Your confirmation code is", 2).await.code();
    let (status, body) =
        app.api_post(&format!("/api/v1/objections/{repeat_id}/verify"), &json!({ "code": code })).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(body["already_in_effect"], true);
    assert_eq!(body["id"], id.as_str());
    assert_eq!(body["status"], "honored");
}

pub async fn openapi_health_readiness_and_security_headers(backend: Backend) {
    let backend_again = {
        let backend = backend.clone();
        move || backend.clone()
    };
    let app = spawn_app(backend).await;
    let (status, doc) = app.api_get("/api/openapi.json").await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(doc["openapi"], "3.1.0");
    for path in [
        "/api/v1/objections",
        "/api/v1/objections/{id}",
        "/api/v1/objections/{id}/verify",
        "/api/v1/objections/{id}/resend",
        "/api/v1/objections/{id}/withdraw",
        "/healthz",
        "/readyz",
    ] {
        assert!(doc["paths"][path].is_object(), "the OpenAPI document lacks {path}");
    }
    assert_eq!(app.api_get("/healthz").await, (StatusCode::OK, json!({ "status": "ok" })));
    assert_eq!(app.api_get("/readyz").await, (StatusCode::OK, json!({ "status": "ready", "database": "ok" })));

    let r = app.client.get(format!("{}/object", app.address)).send().await.unwrap();
    let header = |name: &str| r.headers().get(name).map(|v| v.to_str().unwrap().to_owned()).unwrap_or_default();
    let csp = header("content-security-policy");
    assert!(csp.contains("frame-ancestors 'none'") && !csp.contains("unsafe-inline"), "{csp}");
    assert_eq!(header("referrer-policy"), "no-referrer");
    assert_eq!(header("x-content-type-options"), "nosniff");
    let cookie = header("set-cookie");
    assert!(cookie.contains("HttpOnly") && cookie.contains("SameSite=Lax"), "{cookie}");
    assert!(r.headers().get("strict-transport-security").is_none(), "no HSTS over plain HTTP");
    let missing = app.get("/nowhere").await;
    assert_eq!(missing.status, StatusCode::NOT_FOUND);
    assert!(missing.html.contains("Page not found"));

    // Behind TLS (an https public URL): HSTS, and cookies marked Secure.
    let tls = spawn_app_with(
        backend_again(),
        Options { public_url: Some("https://withhold.example.org".into()), ..Options::default() },
    )
    .await;
    let r = tls.client.get(format!("{}/object", tls.address)).send().await.unwrap();
    assert_eq!(r.headers()["strict-transport-security"], "max-age=31536000; includeSubDomains");
    assert!(r.headers()["set-cookie"].to_str().unwrap().contains("; Secure"));
}
