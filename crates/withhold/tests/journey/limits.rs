use crate::helpers::{Backend, Options, spawn_app_with};
use reqwest::StatusCode;
use serde_json::json;

fn limited(spec: &str) -> Options {
    Options { rate_limits: Some(spec.into()), ..Options::default() }
}

pub async fn rate_limits_answer_429_with_retry_after_and_keep_the_text(backend: Backend) {
    let app = spawn_app_with(backend.clone(), limited("submit_ip=2/60s,verify_request=3/600s,resend_ip=1/60s")).await;
    for n in 0..2 {
        let page = app.submit_form("DE", &format!("person{n}@example.com"), "", "").await;
        assert_eq!(page.status, StatusCode::OK);
    }
    let form = app.get("/object").await;
    let csrf = crate::helpers::csrf_of(&form.html);
    let r = app
        .client
        .post(format!("{}/object", app.address))
        .form(&[
            ("csrf", csrf.as_str()),
            ("country", "DE"),
            ("email", "third@example.com"),
            ("impact", "words I typed"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::TOO_MANY_REQUESTS);
    let wait: u64 = r.headers()["retry-after"].to_str().unwrap().parse().unwrap();
    assert!((1..=60).contains(&wait), "{wait}");
    let html = r.text().await.unwrap();
    assert!(html.contains("Please wait a minute and send again"));
    assert!(html.contains("value=\"third@example.com\"") && html.contains(">words I typed</textarea>"));
    let r = app
        .client
        .post(format!("{}/api/v1/objections", app.address))
        .json(&json!({ "country": "DE", "email": "api@example.com" }))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::TOO_MANY_REQUESTS);
    assert!(r.headers().get("retry-after").is_some());
    assert_eq!(r.json::<serde_json::Value>().await.unwrap()["error"], "rate_limited");
    assert_eq!(app.scalar("SELECT COUNT(*) FROM objections").await, 2);

    // Codes for one request: three tries, then a pause (before the lockout is reached).
    let mail = app.smtp.wait_for("person0@example.com", "Your confirmation code is", 1).await;
    let link = mail.confirm_link();
    let request = link.split("/objections/").nth(1).unwrap()[..36].to_owned();
    let wrong = if mail.code() == "000000" { "111111" } else { "000000" };
    for _ in 0..3 {
        assert_eq!(app.enter_code(&request, wrong).await.status, StatusCode::UNPROCESSABLE_ENTITY);
    }
    let paused = app.enter_code(&request, &mail.code()).await;
    assert_eq!(paused.status, StatusCode::TOO_MANY_REQUESTS);
    assert!(paused.html.contains(&format!("value=\"{}\"", mail.code())), "the typed code is kept");
    let (status, _) =
        app.api_post(&format!("/api/v1/objections/{request}/verify"), &json!({ "code": mail.code() })).await;
    assert_eq!(status, StatusCode::TOO_MANY_REQUESTS);

    let (first, _) = app.resend(&request).await;
    assert_eq!(first.status, StatusCode::OK);
    let (second, retry) = app.resend(&request).await;
    assert_eq!(second.status, StatusCode::TOO_MANY_REQUESTS);
    assert!(retry.is_some());

    // No limit per mailbox (anyone could use it up for the person): the old setting is accepted
    // and does nothing; the mailbox's code emails are paced instead (security.rs).
    let app = spawn_app_with(backend, limited("submit_address=1/3600s")).await;
    assert_eq!(app.submit_form("DE", "jane@example.com", "", "").await.status, StatusCode::OK);
    assert_eq!(app.submit_form("DE", "JANE@example.com", "", "").await.status, StatusCode::OK);
    assert_eq!(app.submit_form("DE", "bob@example.com", "", "").await.status, StatusCode::OK);
}

/// Reads until the server closes the connection; the guard only stops a broken test hanging.
async fn read_until_closed(stream: &mut tokio::net::TcpStream) -> String {
    use tokio::io::AsyncReadExt;
    let mut answer = Vec::new();
    tokio::time::timeout(std::time::Duration::from_secs(60), stream.read_to_end(&mut answer))
        .await
        .expect("the server cut off the slow client")
        .unwrap_or(0);
    String::from_utf8_lossy(&answer).into_owned()
}

pub async fn slow_clients_are_cut_off(backend: Backend) {
    use tokio::io::AsyncWriteExt;
    let app = spawn_app_with(
        backend,
        Options { header_timeout_seconds: Some(1), body_timeout_seconds: Some(1), ..Options::default() },
    )
    .await;
    let address = app.address.trim_start_matches("http://").to_owned();
    // Headers that never end (slowloris): the connection is closed.
    let mut stream = tokio::net::TcpStream::connect(&address).await.unwrap();
    stream.write_all(b"GET /healthz HTTP/1.1\r\nHost: withhold\r\nX-Slow: 1\r\n").await.unwrap();
    let answer = read_until_closed(&mut stream).await;
    assert!(answer.is_empty() || answer.starts_with("HTTP/1.1 408"), "{answer}");

    // A body that stalls: the request is answered with an error and nothing is stored.
    let mut stream = tokio::net::TcpStream::connect(&address).await.unwrap();
    stream
        .write_all(b"POST /api/v1/objections HTTP/1.1\r\nHost: withhold\r\nContent-Type: application/json\r\nContent-Length: 100\r\nConnection: close\r\n\r\n{\"country\"")
        .await
        .unwrap();
    let answer = read_until_closed(&mut stream).await;
    let status: u16 = answer.split_whitespace().nth(1).and_then(|s| s.parse().ok()).unwrap_or(0);
    assert!((400..500).contains(&status), "{answer}");
    assert!(!answer.contains("panicked") && !answer.to_lowercase().contains("error:"), "{answer}");
    assert_eq!(app.scalar("SELECT COUNT(*) FROM objections").await, 0);
    // Ordinary clients are unaffected.
    assert_eq!(app.api_get("/healthz").await.0, StatusCode::OK);
}
