//! The integration API: tokens with scopes, subject checks from the self-refreshing index, the
//! streamed registry, the accounts directory and decisions.

use crate::audit::withhold_cli;
use crate::helpers::{Backend, Options, TestApp, id_in, spawn_app_with};
use crate::journey::CLOSED_POLICY;
use reqwest::StatusCode;
use serde_json::{Value, json};

async fn create_token(app: &TestApp, scopes: &str) -> String {
    let (code, out) = withhold_cli(app, &["token", "create", "--name", "platform", "--scope", scopes]).await;
    assert_eq!(code, 0, "{out}");
    let token = out.lines().next().unwrap().trim().to_owned();
    assert!(token.starts_with("whk_"), "{out}");
    token
}

async fn call(
    app: &TestApp,
    method: &str,
    path: &str,
    token: Option<&str>,
    body: Option<Value>,
) -> (StatusCode, Value) {
    let url = format!("{}{path}", app.address);
    let mut request = match method {
        "GET" => app.client.get(url),
        "PUT" => app.client.put(url),
        _ => app.client.post(url),
    };
    if let Some(token) = token {
        request = request.bearer_auth(token);
    }
    if let Some(body) = body {
        request = request.json(&body);
    }
    let response = request.send().await.unwrap();
    let status = response.status();
    let text = response.text().await.unwrap();
    (status, serde_json::from_str(&text).unwrap_or(Value::String(text)))
}

pub async fn integration_api_checks_subjects_and_refuses_without_the_right_token(backend: Backend) {
    let app = spawn_app_with(backend, Options { policy_toml: Some(CLOSED_POLICY.into()), ..Options::default() }).await;
    let reader = create_token(&app, "subjects:read,registry:read").await;
    let writer = create_token(&app, "accounts:write").await;
    let decider = create_token(&app, "objections:write").await;

    // Every endpoint: no token and a wrong token are 401, the wrong scope is 403, as JSON.
    let endpoints: [(&str, &str, Option<Value>, &str); 6] = [
        ("GET", "/api/v1/subjects/101", None, &writer),
        ("POST", "/api/v1/subjects/check", Some(json!({ "keys": ["101"] })), &writer),
        ("GET", "/api/v1/registry", None, &writer),
        ("PUT", "/api/v1/accounts/101", Some(json!({ "email": "a@example.com" })), &reader),
        ("POST", "/api/v1/accounts", Some(json!({ "accounts": [] })), &reader),
        ("POST", "/api/v1/objections/x/decision", Some(json!({ "decision": "honor" })), &reader),
    ];
    for (method, path, body, wrong_scope) in endpoints {
        let (status, error) = call(&app, method, path, None, body.clone()).await;
        assert_eq!(status, StatusCode::UNAUTHORIZED, "{method} {path}");
        assert_eq!(error["error"], "unauthorized");
        let (status, _) = call(&app, method, path, Some("whk_not-a-token"), body.clone()).await;
        assert_eq!(status, StatusCode::UNAUTHORIZED, "{method} {path}");
        let (status, error) = call(&app, method, path, Some(wrong_scope), body).await;
        assert_eq!(status, StatusCode::FORBIDDEN, "{method} {path}");
        assert_eq!(error["error"], "forbidden");
    }

    // The directory, then an objection from the mailbox of account 101.
    let (status, body) = call(
        &app,
        "PUT",
        "/api/v1/accounts/101",
        Some(&writer),
        Some(json!({ "email": "Jane@Example.com", "country": "DE", "handles": ["jane"] })),
    )
    .await;
    assert_eq!((status, body["stored"].clone()), (StatusCode::OK, json!(1)));
    let (status, body) =
        call(&app, "POST", "/api/v1/accounts", Some(&writer), Some(json!({ "accounts": [{ "account_id": 7 }] }))).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{body}");
    assert_eq!(body["accounts_invalid"][0]["index"], 0);
    assert!(!body.to_string().contains("Jane"), "errors never quote addresses");

    let (status, before) = call(&app, "GET", "/api/v1/subjects/101", Some(&reader), None).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(before["excluded"], false);
    let before_time = chrono::Utc::now();
    let (id, _) = app.object_and_confirm("DE", "jane@example.com").await;

    // Fresh at once: the registry version moved, so the index was rebuilt.
    let (_, now) = call(&app, "GET", "/api/v1/subjects/101", Some(&reader), None).await;
    assert_eq!(now["excluded"], true, "{now}");
    assert!(now["since"].is_string());
    assert!(now["registry_version"].as_i64().unwrap() > before["registry_version"].as_i64().unwrap());
    let as_of = before_time.to_rfc3339_opts(chrono::SecondsFormat::Micros, true);
    let (_, then) = call(&app, "GET", &format!("/api/v1/subjects/101?as_of={as_of}"), Some(&reader), None).await;
    assert_eq!(then["excluded"], false, "not before the objection: {then}");

    // An account added later for the same mailbox is excluded straight away.
    let (status, _) = call(
        &app,
        "POST",
        "/api/v1/accounts",
        Some(&writer),
        Some(json!({ "accounts": [{ "account_id": "102", "email": "jane@example.com" }, { "account_id": 103, "email": "bob@example.com" }] })),
    )
    .await;
    assert_eq!(status, StatusCode::OK);
    let (status, checked) = call(
        &app,
        "POST",
        "/api/v1/subjects/check",
        Some(&reader),
        Some(json!({ "keys": [101, "102", "103", "999"] })),
    )
    .await;
    assert_eq!(status, StatusCode::OK, "{checked}");
    let excluded: Vec<bool> = checked["results"].as_array().unwrap().iter().map(|r| r["excluded"] == true).collect();
    assert_eq!(excluded, [true, true, false, false]);
    assert_eq!(checked["excluded"], 2);

    // Bulk limits and bad input are 422 with the field named.
    let too_many: Vec<String> = (0..10_001).map(|i| i.to_string()).collect();
    let (status, body) =
        call(&app, "POST", "/api/v1/subjects/check", Some(&reader), Some(json!({ "keys": too_many }))).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(body["fields"][0]["field"], "keys");
    let ten_thousand: Vec<String> = (0..10_000).map(|i| i.to_string()).collect();
    let (status, body) =
        call(&app, "POST", "/api/v1/subjects/check", Some(&reader), Some(json!({ "keys": ten_thousand }))).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(body["results"].as_array().unwrap().len(), 10_000);
    let (status, body) = call(&app, "GET", "/api/v1/subjects/101?as_of=yesterday", Some(&reader), None).await;
    assert_eq!((status, body["fields"][0]["field"].clone()), (StatusCode::UNPROCESSABLE_ENTITY, json!("as_of")));

    // The registry, streamed as JSON Lines and as CSV.
    let (status, jsonl) = call(&app, "GET", "/api/v1/registry?format=jsonl", Some(&reader), None).await;
    assert_eq!(status, StatusCode::OK);
    let lines: Vec<Value> = jsonl.as_str().unwrap().lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    let accounts: Vec<&str> =
        lines.iter().filter(|l| l["key_type"] == "account").map(|l| l["subject_key"].as_str().unwrap()).collect();
    assert_eq!(accounts, ["101", "102"]);
    let (_, csv) = call(&app, "GET", "/api/v1/registry?format=csv", Some(&reader), None).await;
    assert!(csv.as_str().unwrap().starts_with("subject_key,key_type,category,effective_from"));
    let (_, empty) = call(&app, "GET", &format!("/api/v1/registry?as_of={as_of}"), Some(&reader), None).await;
    assert_eq!(empty, Value::String(String::new()), "nothing was in effect before");

    // Decisions: only for objections awaiting a person, a decline needs its reason.
    let (status, body) = call(
        &app,
        "POST",
        &format!("/api/v1/objections/{id}/decision"),
        Some(&decider),
        Some(json!({ "decision": "honor" })),
    )
    .await;
    assert_eq!(status, StatusCode::CONFLICT, "{body}");
    let page = app.submit_form("FR", "luc@example.fr", "It profiles me.", "").await;
    let review_id = id_in(&page.url);
    let code = app.smtp.wait_for("luc@example.fr", "Your confirmation code is", 1).await.code();
    app.enter_code(&review_id, &code).await;
    let path = format!("/api/v1/objections/{review_id}/decision");
    let (status, body) = call(&app, "POST", &path, Some(&decider), Some(json!({ "decision": "decline" }))).await;
    assert_eq!((status, body["fields"][0]["field"].clone()), (StatusCode::UNPROCESSABLE_ENTITY, json!("reason")));
    let (status, body) = call(&app, "POST", &path, Some(&decider), Some(json!({ "decision": "honor" }))).await;
    assert_eq!((status, body["status"].clone()), (StatusCode::OK, json!("honored")), "{body}");
    app.smtp.wait_for("luc@example.fr", "has been honored", 1).await;
    let actor = app
        .scalar(&format!("SELECT COUNT(*) FROM audit_events WHERE objection_id = '{review_id}' AND actor LIKE 'api:%'"))
        .await;
    assert_eq!(actor, 1, "the decision names the token that made it");

    // A revoked token stops working at once; the list shows it, never the token.
    let (_, list) = withhold_cli(&app, &["token", "list"]).await;
    assert!(!list.contains(&reader) && list.contains("subjects:read"), "{list}");
    let reader_id = list
        .lines()
        .find(|l| l.contains("registry:read subjects:read"))
        .unwrap()
        .split_whitespace()
        .next()
        .unwrap()
        .to_owned();
    let (code, out) = withhold_cli(&app, &["token", "revoke", &reader_id]).await;
    assert_eq!(code, 0, "{out}");
    let (status, _) = call(&app, "GET", "/api/v1/subjects/101", Some(&reader), None).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    assert_eq!(
        app.scalar("SELECT COUNT(*) FROM audit_events WHERE kind IN ('api_token_created', 'api_token_revoked')").await,
        4
    );
}
