//! What an outside probe of the running server found, each reproduced against the real server
//! and shown to hold now: links from before the mailbox was proven, bodies read before the
//! token was checked, trickled bodies, sign-in lockouts anyone could cause, names told apart,
//! wrong codes reset by a resend, a mailbox filled with codes, links built from the request
//! path, a CSRF nonce the client could choose, and what reviewers and JSON endpoints accept.

use crate::admin::add_user;
use crate::helpers::{Backend, Options, ServerProcess, TestApp, csrf_of, spawn_app, spawn_app_with};
use reqwest::StatusCode;
use serde_json::{Value, json};
use std::time::{Duration, Instant};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;

fn path_of(app: &TestApp, url: &Value) -> String {
    url.as_str().expect("a URL").replace(&app.address, "")
}

/// Finding 1: Whoever submits a request for someone else's address keeps the token of the 202; once the
/// owner enters the code, that token opens nothing, so it cannot read or withdraw the objection.
pub async fn a_link_from_before_the_owner_confirmed_opens_nothing(backend: Backend) {
    let app = spawn_app(backend).await;
    let (status, body) =
        app.api_post("/api/v1/objections", &json!({ "country": "DE", "email": "owner@example.de" })).await;
    assert_eq!(status, StatusCode::ACCEPTED);
    let id = body["id"].as_str().unwrap().to_owned();
    let strangers_status = path_of(&app, &body["status_url"]);
    let strangers_token = body["token"].as_str().unwrap().to_owned();
    let strangers_withdraw = format!("/api/v1/objections/{id}/withdraw?token={strangers_token}");
    assert_eq!(app.api_get(&strangers_status).await.1["status"], "pending_verification");

    // The owner reads the code in their mailbox and enters it on the page.
    let mail = app.smtp.wait_for("owner@example.de", "Your confirmation code is", 1).await;
    assert!(!mail.body().contains("token="), "the code email carries no status link");
    let confirmed = app.enter_code(&id, &mail.code()).await;
    assert_eq!(confirmed.status, StatusCode::OK);
    let owners_token = confirmed.url.split("token=").nth(1).unwrap().split('&').next().unwrap().to_owned();
    assert_ne!(owners_token, strangers_token);

    // The stranger's link: gone, for reading and for withdrawing, on the API and the pages.
    assert_eq!(app.api_get(&strangers_status).await.0, StatusCode::NOT_FOUND);
    assert_eq!(app.api_post(&strangers_withdraw, &json!({})).await.0, StatusCode::NOT_FOUND);
    assert_eq!(app.get(&format!("/objections/{id}?token={strangers_token}")).await.status, StatusCode::NOT_FOUND);
    let page = app.get(&format!("/objections/{id}/withdraw?token={strangers_token}")).await;
    assert_eq!(page.status, StatusCode::NOT_FOUND);

    // The objection is still honored; nobody was told it was withdrawn.
    let (status, body) = app.api_get(&format!("/api/v1/objections/{id}?token={owners_token}")).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(body["status"], "honored");
    assert_eq!(app.scalar("SELECT COUNT(*) FROM audit_events WHERE kind = 'withdrawn'").await, 0);
    let detail = app
        .scalar(
            "SELECT COUNT(*) FROM audit_events WHERE kind = 'verified' AND detail LIKE '%\"status_links_revoked\":1%'",
        )
        .await;
    assert_eq!(detail, 1, "the verification records that the earlier link was revoked");

    // Through the API the confirmer is handed the new link in the answer to the code.
    let (_, body) = app.api_post("/api/v1/objections", &json!({ "country": "FR", "email": "api@example.fr" })).await;
    let (id, old) = (body["id"].as_str().unwrap().to_owned(), path_of(&app, &body["status_url"]));
    let code = app.smtp.wait_for("api@example.fr", "Your confirmation code is", 1).await.code();
    let (status, body) = app.api_post(&format!("/api/v1/objections/{id}/verify"), &json!({ "code": code })).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(app.api_get(&old).await.0, StatusCode::NOT_FOUND);
    let withdraw = format!("/api/v1/objections/{id}/withdraw?token={}", body["token"].as_str().unwrap());
    assert_eq!(app.api_post(&withdraw, &json!({})).await.1["status"], "withdrawn", "the confirmer can withdraw");
}

/// Resident memory of a process, in KiB.
fn resident_kib(pid: u32) -> u64 {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).expect("Linux /proc");
    status
        .lines()
        .find_map(|l| l.strip_prefix("VmRSS:"))
        .and_then(|v| v.split_whitespace().next())
        .and_then(|v| v.parse().ok())
        .expect("VmRSS")
}

/// Sends a request head and the first `first` bytes of a `body_bytes` body, reads the answer's
/// status line (the server must answer without the rest: nothing more is sent until it has),
/// then sends the rest for as long as the server takes it.
async fn send_large(address: &str, head: &str, first: usize, body_bytes: usize) -> String {
    let stream = TcpStream::connect(address).await.unwrap();
    let (mut reader, mut writer) = stream.into_split();
    writer.write_all(head.as_bytes()).await.unwrap();
    let chunk = vec![b' '; 64 * 1024];
    writer.write_all(&chunk[..first.min(chunk.len())]).await.unwrap();
    let mut answer = vec![0u8; 512];
    // The guard only stops a broken test (a server waiting for the body) from hanging.
    let read = tokio::time::timeout(Duration::from_secs(30), reader.read(&mut answer))
        .await
        .expect("the server answered before the body was sent")
        .unwrap_or(0);
    let mut sent = first;
    while sent < body_bytes {
        match writer.write(&chunk[..chunk.len().min(body_bytes - sent)]).await {
            Ok(0) | Err(_) => break,
            Ok(n) => sent += n,
        }
    }
    String::from_utf8_lossy(&answer[..read]).lines().next().unwrap_or("").to_owned()
}

/// Finding 2: Integration routes answer 401 from the headers, before reading a body; a declared body
/// over the limit is 413 at once; memory stays flat under four such uploads at once; and a
/// connection beyond `max_connections` is answered 503 and closed.
pub async fn bodies_are_refused_before_they_are_read_and_connections_are_capped() {
    let dir = tempfile::tempdir().unwrap();
    let server = ServerProcess::start(dir.path(), &[]).await;
    let address = server.address.trim_start_matches("http://").to_owned();
    let eight_mb = 8 * 1024 * 1024;
    let head = |length: usize| {
        format!(
            "POST /api/v1/accounts HTTP/1.1\r\nHost: withhold\r\nContent-Type: application/json\r\nContent-Length: {length}\r\n\r\n"
        )
    };
    // Warm up, then measure: four 8 MiB uploads without a token at once, each answered after
    // its first 64 KiB.
    assert_eq!(send_large(&address, &head(10), 10, 10).await, "HTTP/1.1 401 Unauthorized");
    let before = resident_kib(server.pid());
    let uploads: Vec<_> = (0..4)
        .map(|_| {
            let (address, head) = (address.clone(), head(eight_mb));
            tokio::spawn(async move { send_large(&address, &head, 64 * 1024, eight_mb).await })
        })
        .collect();
    for upload in uploads {
        assert_eq!(upload.await.unwrap(), "HTTP/1.1 401 Unauthorized");
    }
    let after = resident_kib(server.pid());
    assert!(after < before + 16 * 1024, "resident memory grew from {before} KiB to {after} KiB");
    // Declared larger than the route takes: 413 at once, before the token is even looked at.
    let ten_mb = 10 * 1024 * 1024;
    assert_eq!(send_large(&address, &head(ten_mb), 64 * 1024, ten_mb).await, "HTTP/1.1 413 Payload Too Large");
    server.kill_nine().await;

    // A cap of two connections: a third is told at once, and served once one has gone.
    let dir = tempfile::tempdir().unwrap();
    let server = ServerProcess::start(dir.path(), &[("WITHHOLD_MAX_CONNECTIONS", "2".into())]).await;
    let address = server.address.trim_start_matches("http://").to_owned();
    let first = TcpStream::connect(&address).await.unwrap();
    let mut second = TcpStream::connect(&address).await.unwrap();
    // The second is served: the server has taken both.
    second.write_all(b"GET /healthz HTTP/1.1\r\nHost: withhold\r\n\r\n").await.unwrap();
    let mut answer = [0u8; 64];
    let n = second.read(&mut answer).await.unwrap();
    assert!(String::from_utf8_lossy(&answer[..n]).starts_with("HTTP/1.1 200"));
    let mut third = TcpStream::connect(&address).await.unwrap();
    let mut refused = String::new();
    third.read_to_string(&mut refused).await.unwrap();
    assert!(refused.starts_with("HTTP/1.1 503") && refused.contains("Retry-After: 1"), "{refused}");
    assert!(refused.contains("\"over_capacity\""), "{refused}");
    drop(first);
    let client = reqwest::Client::new();
    let mut served = false;
    for _ in 0..200 {
        if client.get(format!("{}/healthz", server.address)).send().await.is_ok_and(|r| r.status().is_success()) {
            served = true;
            break;
        }
        tokio::time::sleep(Duration::from_millis(25)).await;
    }
    assert!(served, "a slot came free once a connection closed");
    drop(second);
    server.kill_nine().await;
}

/// Sends a form body a byte at a time, one every `every`, until the server answers or closes;
/// returns what it answered and how many bytes went out.
async fn trickle(address: &str, length: usize, every: Duration) -> (String, usize) {
    let mut stream = TcpStream::connect(address).await.unwrap();
    let head = format!(
        "POST /object HTTP/1.1\r\nHost: withhold\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: {length}\r\n\r\n"
    );
    stream.write_all(head.as_bytes()).await.unwrap();
    let (mut reader, mut writer) = stream.into_split();
    let mut answer = Vec::new();
    let mut sent = 0;
    let mut tick = tokio::time::interval(every);
    loop {
        tokio::select! {
            n = reader.read_to_end(&mut answer) => {
                let _ = n;
                break;
            }
            _ = tick.tick(), if sent < length => {
                if writer.write_all(b"x").await.is_err() {
                    break;
                }
                sent += 1;
            }
        }
    }
    (String::from_utf8_lossy(&answer).into_owned(), sent)
}

/// Finding 3: A body trickled in below the minimum rate is cut off after the grace; one that keeps the
/// rate but not the whole-body deadline is cut off at the deadline.
pub async fn trickled_bodies_are_cut_off(backend: Backend) {
    let app = spawn_app(backend.clone()).await;
    let address = app.address.trim_start_matches("http://").to_owned();
    // One byte a second, with the default 30 s deadline and 1,000 bytes a second minimum.
    let (answer, sent) = trickle(&address, 400, Duration::from_secs(1)).await;
    let status: u16 = answer.split_whitespace().nth(1).and_then(|s| s.parse().ok()).unwrap_or(0);
    assert!(answer.is_empty() || (400..500).contains(&status), "{answer}");
    assert!(sent <= 8, "cut off after the 5 s grace, not at the 30 s deadline ({sent} bytes went out)");
    assert_eq!(app.scalar("SELECT COUNT(*) FROM objections").await, 0);

    // No minimum rate: twenty bytes a second for a 400-byte body, and a 3 s deadline.
    let app = spawn_app_with(
        backend,
        Options { body_timeout_seconds: Some(3), body_min_bytes_per_second: Some(0), ..Options::default() },
    )
    .await;
    let address = app.address.trim_start_matches("http://").to_owned();
    let (answer, sent) = trickle(&address, 400, Duration::from_millis(50)).await;
    assert!((40..400).contains(&sent), "cut off at the whole-body deadline ({sent} bytes went out): {answer}");
    assert_eq!(app.api_get("/healthz").await.0, StatusCode::OK, "other clients are served");
}

async fn sign_in_from(
    app: &TestApp,
    client: &reqwest::Client,
    name: &str,
    password: &str,
) -> (StatusCode, u64, String) {
    let form = client.get(format!("{}/admin/login", app.address)).send().await.unwrap().text().await.unwrap();
    let r = client
        .post(format!("{}/admin/login", app.address))
        .form(&[("csrf", csrf_of(&form).as_str()), ("name", name), ("password", password)])
        .send()
        .await
        .unwrap();
    let status = r.status();
    let retry_after = r.headers().get("retry-after").map(|v| v.to_str().unwrap().parse().unwrap()).unwrap_or(0);
    (status, retry_after, r.text().await.unwrap())
}

/// Finding 4: Failed sign-ins slow whoever makes them, with growing delays per name from an address
/// and per address, and never lock the owner out: the right password from another address
/// signs in while the name is being hammered. Every failure is an audit event.
pub async fn failed_sign_ins_slow_the_attacker_not_the_owner(backend: Backend) {
    let app = spawn_app(backend).await;
    assert_eq!(add_user(&app, "alice", "admin", "alice's long passphrase").await.0, 0);
    let attacker = app.client_from("127.0.0.1");
    let owner = app.client_from("127.0.0.2");
    for attempt in 1..=3 {
        let (status, _, _) = sign_in_from(&app, &attacker, "alice", "a guess").await;
        assert_eq!(status, StatusCode::UNAUTHORIZED, "attempt {attempt}");
    }
    let (status, wait, html) = sign_in_from(&app, &attacker, "alice", "another guess").await;
    assert_eq!(status, StatusCode::TOO_MANY_REQUESTS);
    assert_eq!(wait, 1);
    assert!(html.contains("Too many failed sign-ins from here"), "{html}");
    // The attacker waits even with the right password; the owner, elsewhere, does not.
    assert_eq!(
        sign_in_from(&app, &attacker, "alice", "alice's long passphrase").await.0,
        StatusCode::TOO_MANY_REQUESTS
    );
    let (status, _, html) = sign_in_from(&app, &owner, "alice", "alice's long passphrase").await;
    assert_eq!(status, StatusCode::OK);
    assert!(html.contains("Signed in as alice"), "{html}");

    // Time passes (the last failure moved back past its delay): one more guess is taken, and
    // the next wait has doubled.
    app.sql("UPDATE sign_in_failures SET last_failed_at = last_failed_at - 1500").await;
    assert_eq!(sign_in_from(&app, &attacker, "alice", "a fourth guess").await.0, StatusCode::UNAUTHORIZED);
    let (status, wait, _) = sign_in_from(&app, &attacker, "alice", "a fifth guess").await;
    assert_eq!((status, wait), (StatusCode::TOO_MANY_REQUESTS, 2));

    // Per address, across names: ten failures, then a wait whatever the name.
    let roamer = app.client_from("127.0.0.3");
    for n in 0..10 {
        let (status, _, _) = sign_in_from(&app, &roamer, &format!("name{n}"), "a guess").await;
        assert_eq!(status, StatusCode::UNAUTHORIZED, "name{n}");
    }
    assert_eq!(sign_in_from(&app, &roamer, "name-eleven", "a guess").await.0, StatusCode::TOO_MANY_REQUESTS);
    let failures = app.scalar("SELECT COUNT(*) FROM audit_events WHERE kind = 'staff_sign_in_failed'").await;
    assert_eq!(failures, 3 + 1 + 10, "each failure is an audit event, and waits are not failures");
    let named = app
        .scalar("SELECT COUNT(*) FROM audit_events WHERE kind = 'staff_sign_in_failed' AND actor = 'staff:alice'")
        .await;
    assert_eq!(named, 4);
    assert_eq!(
        app.scalar("SELECT COUNT(*) FROM audit_events WHERE detail LIKE '%name3%'").await,
        0,
        "names tried are not stored"
    );
}

/// Finding 5: An unknown name and an existing one get the same answer, in the same time: both hash a
/// password, both count the failure.
pub async fn unknown_and_existing_names_are_answered_alike(backend: Backend) {
    let app = spawn_app(backend).await;
    assert_eq!(add_user(&app, "alice", "admin", "alice's long passphrase").await.0, 0);
    let mut times: [Vec<Duration>; 2] = [Vec::new(), Vec::new()];
    let mut answers = [String::new(), String::new()];
    for round in 0..12 {
        for (i, name) in ["alice", "alicf"].into_iter().enumerate() {
            // A fresh address each time, so no delay applies.
            let client = app.client_from(&format!("127.0.{}.{}", 10 + i, round + 1));
            let started = Instant::now();
            let (status, _, html) = sign_in_from(&app, &client, name, "not the passphrase").await;
            times[i].push(started.elapsed());
            assert_eq!(status, StatusCode::UNAUTHORIZED);
            answers[i] = html.replace(name, "NAME").replace(&csrf_of(&html), "CSRF");
        }
    }
    assert_eq!(answers[0], answers[1], "the same page for an existing and an unknown name");
    let median = |v: &mut Vec<Duration>| {
        v.sort();
        v[v.len() / 2].as_secs_f64()
    };
    let (known, unknown) = (median(&mut times[0]), median(&mut times[1]));
    let ratio = unknown / known;
    assert!((0.5..2.0).contains(&ratio), "median {unknown:.4} s for an unknown name, {known:.4} s for a known one");
}

/// Finding 6: Wrong codes are capped per request in total: a resend does not give five more.
pub async fn wrong_codes_are_capped_across_resends(backend: Backend) {
    let app = spawn_app(backend).await;
    let (_, body) = app.api_post("/api/v1/objections", &json!({ "country": "IT", "email": "gina@example.it" })).await;
    let id = body["id"].as_str().unwrap().to_owned();
    let first = app.smtp.wait_for("gina@example.it", "Your confirmation code is", 1).await.code();
    let wrong = if first == "000000" { "111111" } else { "000000" };
    for left in (1..=4).rev() {
        let (status, body) = app.api_post(&format!("/api/v1/objections/{id}/verify"), &json!({ "code": wrong })).await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
        assert_eq!(body["attempts_left"], left);
    }
    assert_eq!(app.api_post(&format!("/api/v1/objections/{id}/resend"), &json!({})).await.0, StatusCode::ACCEPTED);
    let second = app.smtp.wait_for("gina@example.it", "Your confirmation code is", 2).await.code();
    let wrong = if second == "000000" { "111111" } else { "000000" };
    let (status, body) = app.api_post(&format!("/api/v1/objections/{id}/verify"), &json!({ "code": wrong })).await;
    assert_eq!((status, body["error"].as_str()), (StatusCode::GONE, Some("locked_out")), "{body}");
    let (status, _) = app.api_post(&format!("/api/v1/objections/{id}/verify"), &json!({ "code": second })).await;
    assert_eq!(status, StatusCode::CONFLICT, "closed: even the right code does nothing now");
}

/// Finding 7: However often anyone asks for a mailbox, it gets one code email and at most
/// `max_resends_per_hour` more in an hour; every request is still accepted and answered the
/// same way, and the code in the mailbox confirms any of them.
pub async fn asking_again_never_mails_a_mailbox_beyond_its_pace(backend: Backend) {
    let app = spawn_app(backend).await;
    let mut requests = Vec::new();
    for n in 0..6 {
        let (status, body) = app
            .api_post(
                "/api/v1/objections",
                &json!({ "country": "DE", "email": "victim@example.de", "impact": format!("attempt {n}") }),
            )
            .await;
        assert_eq!(status, StatusCode::ACCEPTED, "request {n} is accepted, not refused");
        assert_eq!(body["status"], "pending_verification");
        requests.push((body["id"].as_str().unwrap().to_owned(), path_of(&app, &body["status_url"])));
    }
    let (status, _) = app.api_post(&format!("/api/v1/objections/{}/resend", requests[0].0), &json!({})).await;
    assert_eq!(status, StatusCode::TOO_MANY_REQUESTS, "the pace is spent whichever request asks");
    let queued = app.scalar("SELECT COUNT(*) FROM outbox WHERE kind = 'verification_code'").await;
    assert_eq!(queued, 4, "one code email and three more, for six requests and a resend");
    let newest = app.smtp.wait_for("victim@example.de", "Your confirmation code is", 4).await.code();

    // Each request's own link shows it alone, with the same timeline words whether its code
    // was mailed for it or shared: a stranger learns nothing of the others.
    for (_, status_path) in &requests[1..] {
        let (status, body) = app.api_get(status_path).await;
        assert_eq!(status, StatusCode::OK);
        let kinds: Vec<&str> = body["events"].as_array().unwrap().iter().map(|e| e["kind"].as_str().unwrap()).collect();
        assert_eq!(kinds, ["received", "code_sent"], "{body}");
    }
    // The code in the mailbox confirms the first request as well as the last.
    let (status, body) =
        app.api_post(&format!("/api/v1/objections/{}/verify", requests[0].0), &json!({ "code": newest })).await;
    assert_eq!((status, body["status"].as_str()), (StatusCode::OK, Some("honored")), "{body}");
}

/// Finding 8: Links on every page come from configured or relative paths, never from the request's.
pub async fn links_never_point_where_the_request_path_says(backend: Backend) {
    let app = spawn_app(backend).await;
    for path in ["//evil.example/", "//evil.example/objections/x?lang=de", "/objections/not-an-id", "/object"] {
        let page = app.get(&format!("{}{path}", app.address)).await;
        for attribute in ["href=\"", "action=\"", "formaction=\""] {
            for value in page.html.split(attribute).skip(1).map(|rest| rest.split('"').next().unwrap()) {
                let relative = value.starts_with('?') || value.starts_with('#');
                let local = value.starts_with('/') && !value.starts_with("//");
                assert!(relative || local || value.starts_with(&app.address), "{path}: {attribute}{value}");
                assert!(!value.contains("evil.example"), "{path}: {attribute}{value}");
            }
        }
    }
}

/// The value a `Set-Cookie` header of `response` gives cookie `name`.
fn cookie(response: &reqwest::Response, name: &str) -> Option<String> {
    response
        .headers()
        .get_all("set-cookie")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .find_map(|v| v.split(';').next()?.strip_prefix(&format!("{name}=")).map(str::to_owned))
}

/// Finding 9: Over HTTPS the CSRF cookie is `__Host-` prefixed; a nonce the client made up is replaced;
/// a token works only with the staff session it was shown in; signing in rotates the nonce.
pub async fn csrf_nonces_are_host_bound_session_bound_and_rotated(backend: Backend) {
    let secure = spawn_app_with(
        backend.clone(),
        Options { public_url: Some("https://withhold.example".into()), ..Options::default() },
    )
    .await;
    let r = reqwest::get(format!("{}/object", secure.address)).await.unwrap();
    let set: Vec<String> = r.headers().get_all("set-cookie").iter().map(|v| v.to_str().unwrap().to_owned()).collect();
    let csrf = set.iter().find(|c| c.starts_with("__Host-withhold_csrf=")).expect("a __Host- cookie");
    assert!(csrf.contains("; Secure") && csrf.contains("Path=/;") && !csrf.contains("Domain"), "{csrf}");

    let app = spawn_app(backend).await;
    assert_eq!(add_user(&app, "bob", "admin", "another long passphrase").await.0, 0);
    let plain = reqwest::Client::builder().redirect(reqwest::redirect::Policy::none()).build().unwrap();
    let login = format!("{}/admin/login", app.address);
    // A nonce the client chose is not taken: the server sets its own.
    let r = plain.get(&login).header("cookie", "withhold_csrf=chosen-by-me").send().await.unwrap();
    assert!(cookie(&r, "withhold_csrf").is_some_and(|n| n != "chosen-by-me"));

    // The attacker's nonce and the token the login page gives for it.
    let r = plain.get(&login).send().await.unwrap();
    let attackers_nonce = cookie(&r, "withhold_csrf").unwrap();
    let attackers_token = csrf_of(&r.text().await.unwrap());
    // The staff member signs in: a session, and a new nonce.
    let r = plain.get(&login).send().await.unwrap();
    let nonce = cookie(&r, "withhold_csrf").unwrap();
    let token = csrf_of(&r.text().await.unwrap());
    let r = plain
        .post(&login)
        .header("cookie", format!("withhold_csrf={nonce}"))
        .form(&[("csrf", token.as_str()), ("name", "bob"), ("password", "another long passphrase")])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let session = cookie(&r, "withhold_staff").unwrap();
    let rotated = cookie(&r, "withhold_csrf").expect("signing in sets a new nonce");
    assert_ne!(rotated, nonce);

    // The attacker plants their nonce in the staff member's browser and sends their token:
    // refused, because the token was not made for this session.
    let logout = format!("{}/admin/logout", app.address);
    let r = plain
        .post(&logout)
        .header("cookie", format!("withhold_csrf={attackers_nonce}; withhold_staff={session}"))
        .form(&[("csrf", attackers_token.as_str())])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::FORBIDDEN);
    // The old nonce's login-page token is no good inside the session either.
    let r = plain
        .post(&logout)
        .header("cookie", format!("withhold_csrf={nonce}; withhold_staff={session}"))
        .form(&[("csrf", token.as_str())])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::FORBIDDEN);
    // The console's own form, shown in the session, works.
    let cookies = format!("withhold_csrf={rotated}; withhold_staff={session}");
    let page = plain.get(format!("{}/admin", app.address)).header("cookie", &cookies).send().await.unwrap();
    let token = csrf_of(&page.text().await.unwrap());
    let r = plain.post(&logout).header("cookie", &cookies).form(&[("csrf", token.as_str())]).send().await.unwrap();
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
}

/// Finding 10: Reviewers browse the history of requests, not the console's own entries (sign-ins,
/// tokens, exports), which admins see; every JSON endpoint refuses a body that is not JSON.
pub async fn reviewers_see_request_history_and_json_endpoints_refuse_other_bodies(backend: Backend) {
    let app = spawn_app(backend).await;
    assert_eq!(add_user(&app, "rita", "reviewer", "a reviewer's passphrase").await.0, 0);
    assert_eq!(add_user(&app, "bob", "admin", "another long passphrase").await.0, 0);
    let (id, _) = app.object_and_confirm("DE", "person@example.de").await;
    let reviewer = app.client_from("127.0.0.1");
    let admin = app.client_from("127.0.0.2");
    assert_eq!(sign_in_from(&app, &reviewer, "rita", "a reviewer's passphrase").await.0, StatusCode::OK);
    assert_eq!(sign_in_from(&app, &admin, "bob", "another long passphrase").await.0, StatusCode::OK);
    let audit = format!("{}/admin/audit", app.address);
    let seen = reviewer.get(&audit).send().await.unwrap().text().await.unwrap();
    assert!(seen.contains(&id) && seen.contains("honored"), "{seen}");
    assert!(!seen.contains("staff_logged_in") && !seen.contains("staff_user_saved"), "{seen}");
    assert!(seen.contains("As a reviewer you see the history of requests"));
    let seen = reviewer.get(format!("{audit}?kind=staff_logged_in")).send().await.unwrap().text().await.unwrap();
    assert!(!seen.contains("staff:bob"), "not by filtering either");
    let seen = admin.get(&audit).send().await.unwrap().text().await.unwrap();
    assert!(seen.contains("staff_logged_in") && seen.contains(&id));

    let client = reqwest::Client::new();
    let not_json = |path: &str, content_type: &'static str| {
        client.post(format!("{}{path}", app.address)).header("content-type", content_type).body("x=1")
    };
    for (path, content_type) in [
        ("/api/v1/objections", "application/x-www-form-urlencoded"),
        ("/api/v1/objections/00000000-0000-4000-8000-000000000000/resend", "text/plain"),
        ("/api/v1/objections/00000000-0000-4000-8000-000000000000/withdraw?token=x", "text/plain"),
        ("/api/v1/accounts", "text/plain"),
        ("/api/v1/subjects/check", "multipart/form-data"),
    ] {
        let r = not_json(path, content_type).send().await.unwrap();
        assert_eq!(r.status(), StatusCode::UNSUPPORTED_MEDIA_TYPE, "{path}");
        assert_eq!(r.json::<Value>().await.unwrap()["error"], "unsupported_media_type", "{path}");
    }
    // A POST with no body needs no Content-Type.
    let r = client
        .post(format!("{}/api/v1/objections/00000000-0000-4000-8000-000000000000/resend", app.address))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::NOT_FOUND);
}
