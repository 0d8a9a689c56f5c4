use crate::helpers::{Backend, ServerProcess, create_db, csrf_of, id_in};
use crate::smtp::{Behavior, SmtpServer};
use std::time::Duration;

/// The real binary, logging at debug level, taken through the whole journey (and a mail server
/// that rejects an address, echoing it): nothing a person gave or was given reaches the log.
pub async fn logs_never_contain_personal_data(backend: Backend) {
    let db = create_db(&backend, tempfile::tempdir().unwrap()).await;
    let smtp = SmtpServer::start().await;
    let dir = tempfile::tempdir().unwrap();
    let env = [
        ("WITHHOLD_DATABASE_URL", db.url.clone()),
        ("WITHHOLD_SMTP_URL", smtp.url()),
        ("WITHHOLD_SECRET_KEY", "7c".repeat(32)),
        ("WITHHOLD_LOG", "debug".to_owned()),
    ];
    let server = ServerProcess::start(dir.path(), &env).await;
    let address = server.address.clone();
    let client = reqwest::Client::builder().cookie_store(true).build().unwrap();

    let email = "secret.person@private-example.org";
    let impact = "MY-OWN-WORDS about my children";
    let details = "MORE-PRIVATE-DETAILS";
    let form = client.get(format!("{address}/object")).send().await.unwrap().text().await.unwrap();
    let csrf = csrf_of(&form);
    let page = client
        .post(format!("{address}/object"))
        .form(&[("csrf", csrf.as_str()), ("country", "DE"), ("email", email), ("impact", impact), ("details", details)])
        .send()
        .await
        .unwrap();
    let id = id_in(page.url().as_str());
    let code = smtp.wait_for(email, "Your confirmation code is", 1).await.code();
    let wrong = if code == "000000" { "111111" } else { "000000" };
    for entered in [wrong, code.as_str()] {
        client
            .post(format!("{address}/objections/{id}/confirm"))
            .form(&[("csrf", csrf.as_str()), ("code", entered)])
            .send()
            .await
            .unwrap();
    }
    let decision = smtp.wait_for(email, "has been honored", 1).await;
    let link = decision.status_link();
    let token = link.split("token=").nth(1).unwrap().to_owned();
    let status = client.get(format!("{address}/objections/{id}?token={token}")).send().await.unwrap();
    assert!(status.status().is_success());
    client
        .post(format!("{address}/objections/{id}/withdraw"))
        .form(&[("csrf", csrf.as_str()), ("token", token.as_str())])
        .send()
        .await
        .unwrap();
    client.get(format!("{address}/api/v1/objections/{id}?token={token}")).send().await.unwrap();
    // Everything so far has been delivered before the mail server starts rejecting.
    smtp.wait_for(email, "You withdrew your objection", 1).await;
    // A mail server that rejects the address and quotes it back.
    smtp.set_behavior(Behavior::PermFail);
    let other = "rejected.person@private-example.org";
    client
        .post(format!("{address}/api/v1/objections"))
        .json(&serde_json::json!({ "country": "FR", "email": other, "impact": impact }))
        .send()
        .await
        .unwrap();
    // Wait until that message has been tried and given up on, so its failure was logged.
    let mut dead = false;
    for _ in 0..300 {
        let out = tokio::process::Command::new(env!("CARGO_BIN_EXE_withhold"))
            .arg("outbox")
            .current_dir(dir.path())
            .env("WITHHOLD_DATABASE_URL", &db.url)
            .env("WITHHOLD_SECRET_KEY", "7c".repeat(32))
            .output()
            .await
            .unwrap();
        let counts = String::from_utf8_lossy(&out.stdout).to_string();
        let dead_count: u32 = counts
            .split("dead ")
            .nth(1)
            .and_then(|n| n.split_whitespace().next())
            .and_then(|n| n.parse().ok())
            .unwrap_or(0);
        if dead_count >= 1 {
            dead = true;
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    assert!(dead, "the rejected message never became a dead letter");

    let log = server.kill_nine().await;

    assert!(log.contains("mail delivered"), "the log is too quiet to prove anything:\n{log}");
    assert!(log.contains("kept as a dead letter"), "{log}");
    let lower = log.to_lowercase();
    for secret in [
        email,
        other,
        "secret.person",
        "rejected.person",
        "private-example.org",
        impact,
        "my-own-words",
        details,
        &token,
    ] {
        assert!(!lower.contains(&secret.to_lowercase()), "the log contains {secret:?}");
    }
    // The code: as a whole number anywhere but the timestamp at the start of each line.
    for line in log.lines() {
        let rest = line.split_once(' ').map(|(_, rest)| rest).unwrap_or("");
        assert!(!rest.split(|c: char| !c.is_ascii_digit()).any(|n| n == code), "the log contains the code: {line}");
    }
}
