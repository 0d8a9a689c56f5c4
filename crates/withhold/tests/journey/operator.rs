//! The operator's commands one step off the README's path: campaigns that tell only who
//! should be told, the registry the same over the API as in a file, dead letters of both
//! queues, lookups at the terminal, files for the owner's eyes only.

use crate::helpers::{Backend, Options, ServerProcess, TestApp, spawn_app, spawn_app_with};
use crate::journey::CLOSED_POLICY;
use reqwest::StatusCode;

use crate::helpers::withhold_cli as withhold;

async fn import(app: &TestApp, dir: &std::path::Path, lines: &[&str]) {
    let file = dir.join("accounts.jsonl");
    std::fs::write(&file, lines.join("\n")).unwrap();
    let (code, out) = withhold(app, dir, &["accounts", "import", file.to_str().unwrap()]).await;
    assert_eq!(code, 0, "{out}");
}

/// A campaign tells each mailbox once, skips mailboxes with an objection in effect and
/// countries where the form is closed (each counted, in a dry run too), reports a rerun
/// truthfully, and makes links that last until the change takes effect.
pub async fn notify_tells_only_who_should_be_told(backend: Backend) {
    let app = spawn_app_with(backend, Options { policy_toml: Some(CLOSED_POLICY.into()), ..Options::default() }).await;
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("policy.toml"), CLOSED_POLICY).unwrap();
    // Already objected: honored before the campaign.
    app.object_and_confirm("DE", "objector@example.de").await;
    import(
        &app,
        dir.path(),
        &[
            r#"{"account_id": "a-1", "email": "anna@example.de", "country": "DE"}"#,
            r#"{"account_id": "a-2", "email": "Anna@Example.de", "country": "DE"}"#,
            r#"{"account_id": "o-1", "email": "objector@example.de", "country": "DE"}"#,
            r#"{"account_id": "u-1", "email": "joe@example.com", "country": "US"}"#,
            r#"{"account_id": "g-1", "email": "gita@example.in", "country": "IN"}"#,
        ],
    )
    .await;
    assert_eq!(app.scalar("SELECT COUNT(*) FROM audit_events WHERE kind = 'accounts_imported'").await, 1);
    let effective = (chrono::Utc::now() + chrono::Duration::days(200)).format("%Y-%m-%d").to_string();
    let campaign = ["notify", "--campaign", "launch", "--effective", effective.as_str(), "--rate", "50"];
    let (code, out) = withhold(&app, dir.path(), &[&campaign[..], &["--link-days", "90"]].concat()).await;
    assert_ne!(code, 0);
    assert!(out.contains("--link-days 90: the links would stop working"), "{out}");

    let (code, out) = withhold(&app, dir.path(), &[&campaign[..], &["--dry-run"]].concat()).await;
    assert_eq!(code, 0, "{out}");
    let breakdown =
        "1 share a mailbox that has it, 1 have an objection in effect, 1 are in countries where the form is closed";
    assert!(out.contains("would send 2 notices") && out.contains(breakdown), "{out}");
    let (code, out) = withhold(&app, dir.path(), &campaign).await;
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("2 notices queued now") && out.contains(breakdown), "{out}");
    assert!(out.contains("links work for 214 days"), "until two weeks after the effective date: {out}");
    assert_eq!(app.scalar("SELECT COUNT(*) FROM outbox WHERE kind = 'notice'").await, 2, "anna once, gita once");
    let mail = app.smtp.wait_for("anna@example.de", "/object?invite=", 1).await;
    assert!(mail.rcpt_to.len() == 1);
    assert!(
        app.smtp
            .all()
            .iter()
            .all(|m| !m.rcpt_to.iter().any(|r| r == "objector@example.de" && m.body().contains("invite=")))
    );
    assert!(app.smtp.all().iter().all(|m| !m.rcpt_to.iter().any(|r| r == "joe@example.com")));

    let (code, out) = withhold(&app, dir.path(), &campaign).await;
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("0 notices queued now"), "{out}");
    assert!(out.contains("3 had it from an earlier run") && out.contains("2 notices in all (3 accounts)"), "{out}");
    assert_eq!(app.scalar("SELECT COUNT(*) FROM audit_events WHERE kind = 'campaign_notified'").await, 2);
}

async fn get_bytes(app: &TestApp, token: &str, query: &str) -> Vec<u8> {
    let r = app.client.get(format!("{}/api/v1/registry?{query}", app.address)).bearer_auth(token).send().await.unwrap();
    assert_eq!(r.status(), StatusCode::OK);
    r.bytes().await.unwrap().to_vec()
}

/// `GET /api/v1/registry` and `withhold export` give the same bytes for the same as-of.
pub async fn registry_over_the_api_is_the_export_byte_for_byte(backend: Backend) {
    let app = spawn_app(backend).await;
    let dir = tempfile::tempdir().unwrap();
    import(
        &app,
        dir.path(),
        &[
            r#"{"account_id": "10", "email": "jane@example.com", "country": "DE"}"#,
            r#"{"account_id": "11", "email": "tom@example.com", "country": "FR"}"#,
        ],
    )
    .await;
    let (id, status) = app.object_and_confirm("DE", "jane@example.com").await;
    app.object_and_confirm("FR", "tom@example.com").await;
    // One withdrawn, so an entry has an end.
    let href = status.html.split(&format!("/objections/{id}/withdraw?token=")).nth(1).unwrap();
    let token = href.split('"').next().unwrap();
    let withdraw = withhold_core::AccessToken::from_presented(token);
    app.service.withdraw(&withhold_core::ObjectionId::parse(&id).unwrap(), &withdraw).await.unwrap();
    let (code, out) =
        withhold(&app, dir.path(), &["token", "create", "--name", "pipelines", "--scope", "registry:read"]).await;
    assert_eq!(code, 0, "{out}");
    let api_token = out.split_whitespace().find(|w| w.starts_with("whk_")).unwrap().to_owned();
    let as_of = (chrono::Utc::now() + chrono::Duration::seconds(1)).format("%Y-%m-%dT%H:%M:%SZ").to_string();
    for format in ["csv", "jsonl"] {
        let file = dir.path().join(format!("registry.{format}"));
        let (code, out) =
            withhold(&app, dir.path(), &["export", "--as-of", &as_of, "--out", file.to_str().unwrap()]).await;
        assert_eq!(code, 0, "{out}");
        let exported = std::fs::read(&file).unwrap();
        let served = get_bytes(&app, &api_token, &format!("as_of={as_of}&format={format}")).await;
        assert_eq!(String::from_utf8_lossy(&served), String::from_utf8_lossy(&exported), "{format}");
        assert!(exported.len() > 100, "{format}: {}", String::from_utf8_lossy(&exported));
    }
    // An output extension that names no format needs --format.
    let (code, out) = withhold(&app, dir.path(), &["export", "--out", "registry.xlsx"]).await;
    assert_ne!(code, 0);
    assert!(out.contains("cannot tell the format from registry.xlsx"), "{out}");
    assert!(!dir.path().join("registry.xlsx").exists());
}

/// Dead letters of mail and of webhooks are listed together and put back in line.
pub async fn dead_letters_of_both_queues_are_listed_and_requeued(backend: Backend) {
    // A webhook endpoint nobody listens on, tried once; and mail the SMTP server refuses for good.
    let closed = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let url = format!("http://127.0.0.1:{}/hook", closed.local_addr().unwrap().port());
    drop(closed);
    let app = spawn_app_with(
        backend,
        Options {
            mail_max_attempts: Some(1),
            webhooks: Some((url, "a long enough webhook secret".into())),
            webhook_max_attempts: Some(1),
            ..Options::default()
        },
    )
    .await;
    let dir = tempfile::tempdir().unwrap();
    let (_, _status) = app.object_and_confirm("DE", "hooked@example.de").await;
    // Its decision mail out first: only the next request's code is to be refused.
    app.smtp.wait_for("hooked@example.de", "withhold-receipt", 1).await;
    app.smtp.set_behavior(crate::smtp::Behavior::PermFail);
    app.submit_form("FR", "refused@example.fr", "", "").await;
    let mut listed = String::new();
    for _ in 0..300 {
        listed = withhold(&app, dir.path(), &["outbox"]).await.1;
        let mail_dead = listed.lines().next().is_some_and(|l| l.ends_with("dead 1"));
        if mail_dead && listed.contains("webhooks dead 1") {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    assert!(listed.contains("mail-") && listed.contains("webhook-"), "{listed}");
    assert!(!listed.contains("/hook"), "an endpoint is shown by its host only: {listed}");
    app.smtp.set_behavior(crate::smtp::Behavior::Accept);
    let mail = listed.split_whitespace().find(|w| w.starts_with("mail-")).unwrap().to_owned();
    let (code, out) = withhold(&app, dir.path(), &["outbox", "retry", &mail]).await;
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("requeued 1 mail and 0 webhook"), "{out}");
    app.smtp.wait_for("refused@example.fr", "Your confirmation code is", 1).await;
    let (code, out) = withhold(&app, dir.path(), &["outbox", "retry", "--all"]).await;
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("requeued 0 mail and 1 webhook"), "{out}");
    let (code, out) = withhold(&app, dir.path(), &["outbox", "retry", "mail-999999"]).await;
    assert_ne!(code, 0);
    assert!(out.contains("no such dead letter"), "{out}");
    assert_eq!(app.scalar("SELECT COUNT(*) FROM audit_events WHERE kind = 'dead_letters_requeued'").await, 2);
}

/// `requests show` and `requests find`, and `admin list|remove|unlock`, each an audit event.
pub async fn operators_look_up_requests_and_staff_at_the_terminal(backend: Backend) {
    let app = spawn_app(backend).await;
    let dir = tempfile::tempdir().unwrap();
    let (id, _) = app.object_and_confirm("DE", "Jane.Doe@example.de").await;
    let (code, out) = withhold(&app, dir.path(), &["requests", "show", &id]).await;
    assert_eq!(code, 0, "{out}");
    for must in ["state        honored", "J•••@example.de", "DE (eu-gdpr)", "timeline", "verified", "honored"] {
        assert!(out.contains(must), "{must}: {out}");
    }
    assert!(!out.contains("Jane.Doe@example.de"), "the address is never printed back");
    let (code, out) = withhold(&app, dir.path(), &["requests", "find", "--email", "jane.doe@EXAMPLE.de"]).await;
    assert_eq!(code, 0, "{out}");
    assert!(out.contains(&id) && out.contains("honored"), "{out}");
    assert!(!out.to_lowercase().contains("jane.doe"), "{out}");
    let (code, out) = withhold(&app, dir.path(), &["requests", "show", "not-an-id"]).await;
    assert_ne!(code, 0);
    assert!(out.contains("is not a request id"), "{out}");

    assert_eq!(crate::admin::add_user(&app, "alice", "admin", "alice's long passphrase").await.0, 0);
    let (code, out) = withhold(&app, dir.path(), &["admin", "list"]).await;
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("alice") && out.contains("admin") && out.contains("never"), "{out}");
    // Someone guesses alice's name until the address has to wait; an admin clears it.
    for _ in 0..3 {
        crate::admin::sign_in(&app, "alice", "a guess").await;
    }
    assert_eq!(crate::admin::sign_in(&app, "alice", "alice's long passphrase").await.0, StatusCode::TOO_MANY_REQUESTS);
    let (code, out) = withhold(&app, dir.path(), &["admin", "unlock", "alice"]).await;
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("alice: 1 counts of failed sign-ins cleared"), "{out}");
    assert_eq!(crate::admin::sign_in(&app, "alice", "alice's long passphrase").await.0, StatusCode::OK);
    let (code, out) = withhold(&app, dir.path(), &["admin", "remove", "alice"]).await;
    assert_eq!(code, 0, "{out}");
    assert_eq!(app.scalar("SELECT COUNT(*) FROM staff_sessions").await, 0, "her sessions ended with her");
    let (code, _) = withhold(&app, dir.path(), &["admin", "remove", "alice"]).await;
    assert_ne!(code, 0);
    for kind in ["request_viewed", "requests_searched", "staff_listed", "staff_sign_in_unlocked", "staff_user_removed"]
    {
        let n = app.scalar(&format!("SELECT COUNT(*) FROM audit_events WHERE kind = '{kind}'")).await;
        assert_eq!(n, 1, "{kind}");
    }
}

/// The server's files that hold codes, links, addresses or keys are its owner's alone.
pub async fn the_servers_files_are_private() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let server = ServerProcess::start(dir.path(), &[]).await;
    let r = reqwest::Client::new()
        .post(format!("{}/api/v1/objections", server.address))
        .json(&serde_json::json!({ "country": "DE", "email": "files@example.de" }))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::ACCEPTED);
    let outbox = dir.path().join("outbox");
    let mut eml = None;
    for _ in 0..300 {
        eml = std::fs::read_dir(&outbox).ok().and_then(|mut d| d.find_map(|e| e.ok().map(|e| e.path())));
        if eml.is_some() {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    let eml = eml.expect("the code mail was written");
    let mode = |path: &std::path::Path| std::fs::metadata(path).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode(&outbox), 0o700, "the outbox folder");
    assert_eq!(mode(&eml), 0o600, "{}", eml.display());
    for name in ["withhold.db", "withhold.key", "withhold.db-wal", "withhold.mail-journal"] {
        let path = dir.path().join(name);
        if path.exists() {
            assert_eq!(mode(&path), 0o600, "{name}");
        } else {
            assert_ne!(name, "withhold.db", "the database is there");
        }
    }
    server.kill_nine().await;
}

/// A database that was never initialized, or that belongs to another key, is refused by every
/// command, and nothing in it is created or changed.
pub async fn commands_refuse_an_uninitialized_database_and_another_key(backend: Backend) {
    let app = spawn_app(backend.clone()).await;
    let dir = tempfile::tempdir().unwrap();
    let output = tokio::process::Command::new(env!("CARGO_BIN_EXE_withhold"))
        .args(["outbox"])
        .current_dir(dir.path())
        .env("WITHHOLD_DATABASE_URL", &app.db_url)
        .env("WITHHOLD_SECRET_KEY", "ab".repeat(32))
        .output()
        .await
        .unwrap();
    assert!(!output.status.success());
    let text = String::from_utf8_lossy(&output.stderr);
    assert!(text.contains("the secret key from WITHHOLD_SECRET_KEY is not the key the database"), "{text}");

    // A database Withhold never initialized (an empty one): refused, and left empty.
    let empty = crate::helpers::create_db(&backend, tempfile::tempdir().unwrap()).await;
    if let Some(path) = withhold_store::sqlite_path(&empty.url) {
        std::fs::File::create(path).unwrap();
    }
    for args in [&["outbox"][..], &["token", "list"], &["export", "--out", "r.csv"]] {
        let output = tokio::process::Command::new(env!("CARGO_BIN_EXE_withhold"))
            .args(args)
            .current_dir(dir.path())
            .env("WITHHOLD_DATABASE_URL", &empty.url)
            .env("WITHHOLD_SECRET_KEY", "5a".repeat(32))
            .output()
            .await
            .unwrap();
        assert!(!output.status.success(), "{args:?}");
        let text = String::from_utf8_lossy(&output.stderr);
        assert!(text.contains("was never initialized by Withhold") && text.contains("withhold init"), "{text}");
    }
    sqlx::any::install_default_drivers();
    use sqlx::Connection;
    let mut conn = sqlx::AnyConnection::connect(&empty.url).await.unwrap();
    let tables = match backend {
        Backend::Sqlite => "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table'",
        Backend::Postgres(_) => "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = 'public'",
    };
    assert_eq!(sqlx::query_scalar::<_, i64>(tables).fetch_one(&mut conn).await.unwrap(), 0, "nothing was created");
    assert!(!dir.path().join("r.csv").exists());
}

/// `--mentions redact` never claims a redaction it did not make: with a registry file that has
/// no handles it refuses and says what to do; with one exported `--with-handles` it removes
/// them, and the manifest names the handle source and counts each kind of change and each drop
/// reason under its own name.
pub async fn redaction_from_a_registry_file_needs_its_handles(backend: Backend) {
    let app = spawn_app(backend).await;
    let dir = tempfile::tempdir().unwrap();
    import(
        &app,
        dir.path(),
        &[
            r#"{"account_id": "1", "email": "janet@example.com", "country": "DE", "handles": ["janet"]}"#,
            r#"{"account_id": "2", "email": "bob@example.com", "country": "DE", "handles": ["bob"]}"#,
        ],
    )
    .await;
    app.object_and_confirm("DE", "janet@example.com").await;
    let input = crate::enforce::content(
        dir.path(),
        &[
            (1, 1, "post", vec![], "janet's own post"),
            (2, 2, "post", vec![1], "photo with @janet"),
            (3, 2, "story", vec![], "bob's story"),
            (4, 2, "private_message", vec![], "hi"),
            (5, 2, "post", vec![], "bob alone"),
        ],
    );
    let plain = dir.path().join("registry.parquet");
    let handles = dir.path().join("registry-handles.parquet");
    let as_of = (chrono::Utc::now() + chrono::Duration::seconds(1)).format("%Y-%m-%dT%H:%M:%SZ").to_string();
    for (out, extra) in [(&plain, None), (&handles, Some("--with-handles"))] {
        let mut args = vec!["export", "--as-of", as_of.as_str(), "--out", out.to_str().unwrap()];
        args.extend(extra);
        let (code, text) = withhold(&app, dir.path(), &args).await;
        assert_eq!(code, 0, "{text}");
    }
    let filter = |registry: &std::path::Path, out: &str| {
        vec![
            "filter".to_owned(),
            input.display().to_string(),
            "--out".to_owned(),
            dir.path().join(out).display().to_string(),
            "--registry".to_owned(),
            registry.display().to_string(),
            "--as-of".to_owned(),
            as_of.clone(),
            "--mentions".to_owned(),
            "redact".to_owned(),
            "--never-kinds".to_owned(),
            "story".to_owned(),
        ]
    };
    let args = filter(&plain, "clean-plain");
    let (code, text) = withhold(&app, dir.path(), &args.iter().map(String::as_str).collect::<Vec<_>>()).await;
    assert_ne!(code, 0);
    assert!(text.contains("carries none: export it with `withhold export --with-handles`"), "{text}");
    assert!(!dir.path().join("clean-plain").exists(), "no output");

    let args = filter(&handles, "clean");
    let (code, text) = withhold(&app, dir.path(), &args.iter().map(String::as_str).collect::<Vec<_>>()).await;
    assert_eq!(code, 0, "{text}");
    let kept = crate::enforce::kept_ids(&dir.path().join("clean"));
    assert_eq!(kept, [(2, "photo with ".to_owned()), (5, "bob alone".to_owned())], "janet's handle is gone");
    let manifest: serde_json::Value =
        serde_json::from_slice(&std::fs::read(dir.path().join("clean/manifest.json")).unwrap()).unwrap();
    assert_eq!(manifest["rows_dropped"]["objector_content"], 1);
    assert_eq!(manifest["rows_dropped"]["private_message"], 1);
    assert_eq!(manifest["rows_dropped"]["never_kind"], 1, "a story is not a private message");
    assert_eq!(manifest["redaction"]["handles_source"], "registry file (exported --with-handles)");
    assert_eq!(manifest["redaction"]["rows_text_redacted"], 1);
    assert_eq!(manifest["redaction"]["rows_mentions_redacted"], 1);
    assert!(manifest["audit_log"].as_str().unwrap().starts_with("none: the registry came from a file"), "{manifest}");
}
