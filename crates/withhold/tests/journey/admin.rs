//! The operator console: staff added by the CLI, sign-in slowed after failures, sessions, the queue.

use crate::helpers::{Backend, Options, TestApp, csrf_of, id_in, spawn_app_with};
use crate::journey::CLOSED_POLICY;
use reqwest::StatusCode;

pub async fn add_user(app: &TestApp, name: &str, role: &str, password: &str) -> (i32, String) {
    use tokio::io::AsyncWriteExt;
    let dir = tempfile::tempdir().unwrap();
    let mut child = tokio::process::Command::new(env!("CARGO_BIN_EXE_withhold"))
        .args(["admin", "add-user", name, "--role", role])
        .current_dir(dir.path())
        .env("WITHHOLD_DATABASE_URL", &app.db_url)
        .env("WITHHOLD_SECRET_KEY", "5a".repeat(32))
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(format!("{password}\n").as_bytes()).await.unwrap();
    let output = child.wait_with_output().await.unwrap();
    let text = format!("{}{}", String::from_utf8_lossy(&output.stdout), String::from_utf8_lossy(&output.stderr));
    (output.status.code().unwrap_or(-1), text)
}

pub async fn sign_in(app: &TestApp, name: &str, password: &str) -> (StatusCode, String) {
    let form = app.get("/admin/login").await;
    let page =
        app.post_form("/admin/login", &[("csrf", &csrf_of(&form.html)), ("name", name), ("password", password)]).await;
    (page.status, page.html)
}

pub async fn staff_sign_in_with_delays_and_the_review_queue(backend: Backend) {
    let app = spawn_app_with(backend, Options { policy_toml: Some(CLOSED_POLICY.into()), ..Options::default() }).await;
    let (code, out) = add_user(&app, "alice", "reviewer", "short").await;
    assert_ne!(code, 0, "a weak password is refused: {out}");
    let (code, out) = add_user(&app, "alice", "reviewer", "a long enough passphrase").await;
    assert_eq!(code, 0, "{out}");
    let (code, _) = add_user(&app, "bob", "admin", "another long passphrase").await;
    assert_eq!(code, 0);
    let stored = app.scalar("SELECT COUNT(*) FROM staff_users WHERE password_hash LIKE '$argon2id$%'").await;
    assert_eq!(stored, 2, "passwords are stored as Argon2id hashes");

    // Not signed in: the console sends you to sign in.
    let page = app.get("/admin").await;
    assert!(page.url.ends_with("/admin/login"), "{}", page.url);

    // A request in review, to find in the queue.
    let submitted = app.submit_form("FR", "luc@example.fr", "It profiles me.", "").await;
    let review_id = id_in(&submitted.url);
    let code = app.smtp.wait_for("luc@example.fr", "Your confirmation code is", 1).await.code();
    app.enter_code(&review_id, &code).await;

    // Without the CSRF token nothing happens.
    let page = app.post_form("/admin/login", &[("name", "bob"), ("password", "another long passphrase")]).await;
    assert_eq!(page.status, StatusCode::FORBIDDEN);

    // Wrong passwords: the same answer as an unknown name, then growing delays for whoever
    // keeps failing (security.rs has the whole story: the owner elsewhere still gets in).
    let (status, html) = sign_in(&app, "nobody", "whatever it is").await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    assert!(html.contains("The name or the password is not right."));
    for attempt in 1..=4 {
        let (status, html) = sign_in(&app, "alice", "not the passphrase").await;
        if attempt <= 3 {
            assert_eq!(status, StatusCode::UNAUTHORIZED, "attempt {attempt}");
            assert!(html.contains("value=\"alice\""), "the name is kept");
        } else {
            assert_eq!(status, StatusCode::TOO_MANY_REQUESTS);
            assert!(html.contains("Please wait"), "{html}");
        }
    }
    assert_eq!(app.scalar("SELECT COUNT(*) FROM audit_events WHERE kind = 'staff_sign_in_failed'").await, 4);

    // The session cookie: HttpOnly, SameSite=Strict, only for the console.
    let no_redirects = reqwest::Client::builder().redirect(reqwest::redirect::Policy::none()).build().unwrap();
    let login = no_redirects.get(format!("{}/admin/login", app.address)).send().await.unwrap();
    let csrf_cookie =
        login.headers().get("set-cookie").unwrap().to_str().unwrap().split(';').next().unwrap().to_owned();
    let csrf = csrf_of(&login.text().await.unwrap());
    let response = no_redirects
        .post(format!("{}/admin/login", app.address))
        .header("cookie", csrf_cookie)
        .form(&[("csrf", csrf.as_str()), ("name", "bob"), ("password", "another long passphrase")])
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    let set_cookie = response.headers().get("set-cookie").unwrap().to_str().unwrap().to_owned();
    assert!(set_cookie.starts_with("withhold_staff="), "{set_cookie}");
    for flag in ["HttpOnly", "SameSite=Strict", "Path=/admin"] {
        assert!(set_cookie.contains(flag), "{set_cookie}");
    }

    // Signed in (in the test's browser): the queue, with the due date.
    let (status, html) = sign_in(&app, "bob", "another long passphrase").await;
    assert_eq!(status, StatusCode::OK);
    assert!(html.contains("Review queue") && html.contains(&review_id), "{html}");
    assert!(html.contains("Signed in as bob (admin)."));
    assert!(!html.contains("luc@example.fr"), "the queue lists requests, not addresses");
    app.sql(&format!("UPDATE objections SET due_at = due_at - 2246400000 WHERE id = '{review_id}'")).await;
    let page = app.get("/admin").await;
    assert!(page.html.contains("Due soon"), "{}", page.html);
    // The console speaks the staff member's language too.
    let german = app.get("/admin?lang=de").await;
    assert!(german.html.contains("<h1>Prüfliste</h1>") && german.html.contains("Bald fällig"), "{}", german.html);
    let page = app.get("/admin?lang=en").await;

    // Signing out ends the session on the server.
    let csrf = csrf_of(&page.html);
    let out = app.post_form("/admin/logout", &[("csrf", &csrf)]).await;
    assert!(out.url.ends_with("/admin/login"), "{}", out.url);
    assert!(app.get("/admin").await.url.ends_with("/admin/login"));
    assert_eq!(app.scalar("SELECT COUNT(*) FROM staff_sessions").await, 1, "only the other browser's session is left");
}
