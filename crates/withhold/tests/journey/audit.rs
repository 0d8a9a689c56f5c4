//! The audit log's hash chain, checked by the real `withhold audit` commands.

use crate::helpers::{Backend, TestApp, spawn_app};
use sqlx::Connection;

/// Runs the real binary against the app's database from a folder of its own.
pub async fn withhold_cli(app: &TestApp, args: &[&str]) -> (i32, String) {
    let dir = tempfile::tempdir().unwrap();
    crate::helpers::withhold_cli(app, dir.path(), args).await
}

async fn text_value(app: &TestApp, query: &str) -> String {
    sqlx::any::install_default_drivers();
    let mut conn = sqlx::AnyConnection::connect(&app.db_url).await.unwrap();
    sqlx::query_scalar::<_, String>(query).fetch_one(&mut conn).await.unwrap()
}

pub async fn audit_log_is_a_hash_chain_that_shows_tampering(backend: Backend) {
    let app = spawn_app(backend).await;
    app.object_and_confirm("DE", "first@example.com").await;
    app.object_and_confirm("FR", "second@example.com").await;

    let (code, out) = withhold_cli(&app, &["audit", "verify"]).await;
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("audit log intact"), "{out}");
    let entries = app.scalar("SELECT COUNT(*) FROM audit_events WHERE seq IS NOT NULL").await;
    assert!(entries >= 6, "every event of both journeys is chained: {entries}");
    assert_eq!(app.scalar("SELECT MAX(seq) FROM audit_events").await, entries, "sequence numbers have no gaps");

    // The export verifies on its own, and a changed line in it is found.
    let dir = tempfile::tempdir().unwrap();
    let export = dir.path().join("audit.jsonl");
    let (code, out) = withhold_cli(&app, &["audit", "export", "--out", export.to_str().unwrap()]).await;
    assert_eq!(code, 0, "{out}");
    let (code, out) = withhold_cli(&app, &["audit", "verify", "--file", export.to_str().unwrap()]).await;
    assert_eq!(code, 0, "{out}");
    let text = std::fs::read_to_string(&export).unwrap();
    assert!(!text.contains("@example.com"), "the audit log holds no addresses");
    let tampered: Vec<String> = text
        .lines()
        .map(
            |line| {
                if line.contains("\"seq\":3,") { line.replace("\"actor\":\"", "\"actor\":\"x") } else { line.into() }
            },
        )
        .collect();
    std::fs::write(&export, tampered.join("\n")).unwrap();
    let (code, out) = withhold_cli(&app, &["audit", "verify", "--file", export.to_str().unwrap()]).await;
    assert_eq!(code, 1, "{out}");
    assert!(out.contains("BROKEN at entry 3"), "{out}");

    // A changed entry in the database: found at that entry.
    let original = text_value(&app, "SELECT detail FROM audit_events WHERE seq = 2").await;
    app.sql("UPDATE audit_events SET detail = '{\"rule\":\"forged\"}' WHERE seq = 2").await;
    let (code, out) = withhold_cli(&app, &["audit", "verify"]).await;
    assert_eq!(code, 1, "{out}");
    assert!(out.contains("BROKEN at entry 2"), "{out}");
    app.sql(&format!("UPDATE audit_events SET detail = '{}' WHERE seq = 2", original.replace('\'', "''"))).await;
    let (code, out) = withhold_cli(&app, &["audit", "verify"]).await;
    assert_eq!(code, 0, "restored, it verifies again: {out}");

    // A removed entry in the middle, and one removed from the end.
    let last = app.scalar("SELECT MAX(seq) FROM audit_events").await;
    app.sql(&format!("DELETE FROM audit_events WHERE seq = {last}")).await;
    let (code, out) = withhold_cli(&app, &["audit", "verify"]).await;
    assert_eq!(code, 1, "{out}");
    assert!(out.contains(&format!("BROKEN at entry {last}")), "{out}");
    app.sql("DELETE FROM audit_events WHERE seq = 4").await;
    let (code, out) = withhold_cli(&app, &["audit", "verify"]).await;
    assert_eq!(code, 1, "{out}");
    assert!(out.contains("BROKEN at entry 4"), "{out}");
}

pub async fn decision_emails_carry_a_receipt_anyone_can_check(backend: Backend) {
    let app = spawn_app(backend).await;
    let (id, _) = app.object_and_confirm("DE", "receipt@example.com").await;
    let decision = app.smtp.wait_for("receipt@example.com", "has been honored", 1).await;
    assert!(decision.body().contains("/.well-known/withhold-receipt-key"), "the email says how to check it");
    assert!(decision.raw.contains("filename=\"withhold-receipt.json\""), "the receipt is attached");

    // The operator's public key, as published.
    let (status, key) = app.api_get("/.well-known/withhold-receipt-key").await;
    assert_eq!(status, reqwest::StatusCode::OK);
    assert_eq!(key["algorithm"], "Ed25519");
    let public_key = key["public_key"].as_str().unwrap().to_owned();

    // The whole email, as the person saved it, verifies.
    let dir = tempfile::tempdir().unwrap();
    let eml = dir.path().join("decision.eml");
    std::fs::write(&eml, &decision.raw).unwrap();
    let (code, out) =
        withhold_cli(&app, &["receipt", "verify", eml.to_str().unwrap(), "--public-key", &public_key]).await;
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("receipt VALID") && out.contains(&id) && out.contains("honored"), "{out}");
    assert!(out.contains("eu-gdpr/auto-honor"), "{out}");

    // The attachment alone verifies; changed, it does not.
    let json = withhold::receipt_cmd::read_receipt(decision.raw.as_bytes()).unwrap();
    let file = dir.path().join("withhold-receipt.json");
    std::fs::write(&file, serde_json::to_vec_pretty(&json).unwrap()).unwrap();
    let (code, out) = withhold_cli(&app, &["receipt", "verify", file.to_str().unwrap()]).await;
    assert_eq!(code, 0, "the server's own key is the default: {out}");
    let mut forged = serde_json::to_value(&json).unwrap();
    forged["receipt"]["decided_at"] = "2020-01-01T00:00:00+00:00".into();
    std::fs::write(&file, serde_json::to_vec(&forged).unwrap()).unwrap();
    let (code, out) = withhold_cli(&app, &["receipt", "verify", file.to_str().unwrap()]).await;
    assert_eq!(code, 1, "{out}");
    assert!(out.contains("receipt INVALID"), "{out}");
    let (code, out) =
        withhold_cli(&app, &["receipt", "verify", eml.to_str().unwrap(), "--public-key", &"ab".repeat(32)]).await;
    assert_eq!(code, 1, "another key does not vouch for it: {out}");

    // A withdrawal is confirmed with a receipt too.
    let token = decision.status_link().split("token=").nth(1).unwrap().to_owned();
    let (status, body) =
        app.api_post(&format!("/api/v1/objections/{id}/withdraw?token={token}"), &serde_json::json!({})).await;
    assert_eq!(body["status"], "withdrawn", "{status} {body}");
    let withdrawn = app.smtp.wait_for("receipt@example.com", "You withdrew", 1).await;
    std::fs::write(&eml, &withdrawn.raw).unwrap();
    let (code, out) =
        withhold_cli(&app, &["receipt", "verify", eml.to_str().unwrap(), "--public-key", &public_key]).await;
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("withdrawn"), "{out}");
}
