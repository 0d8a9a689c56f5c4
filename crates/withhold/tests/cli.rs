//! The real binary, run in a temporary directory.

use std::process::Command;

fn withhold(dir: &std::path::Path) -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_withhold"));
    command.current_dir(dir).env_clear().env("PATH", std::env::var("PATH").unwrap_or_default());
    command
}

#[test]
fn check_policy_accepts_the_shipped_policy_and_names_a_broken_one() {
    let dir = tempfile::tempdir().unwrap();
    let shipped = concat!(env!("CARGO_MANIFEST_DIR"), "/../../policy/default.toml");
    let out = withhold(dir.path()).args(["check-policy", shipped]).output().unwrap();
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    for id in ["eu-gdpr", "uk-gdpr", "ch-fadp", "br-lgpd", "rest-of-world"] {
        assert!(text.contains(id), "{text}");
    }
    let broken = dir.path().join("broken.toml");
    std::fs::write(
        &broken,
        std::fs::read_to_string(shipped).unwrap().replace("review = \"never\"", "review = \"maybe\""),
    )
    .unwrap();
    let out = withhold(dir.path()).args(["check-policy", broken.to_str().unwrap()]).output().unwrap();
    assert!(!out.status.success());
    assert!(String::from_utf8(out.stderr).unwrap().contains("review must be"));
    // Every field in words.
    let out = withhold(dir.path()).args(["check-policy", shipped]).output().unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    for words in [
        "extension:   once, by at most 2 months",
        "statutory:   yes, within GDPR Art. 12(3): 1 month, extended by at most 2 months",
        "review:      never: honored by the policy once the address is confirmed",
        "statement:   optional",
        "deadline:    15 days from receipt",
    ] {
        assert!(text.contains(words), "{words}: {text}");
    }
    // More time than the law gives is refused.
    let generous = dir.path().join("generous.toml");
    std::fs::write(
        &generous,
        std::fs::read_to_string(shipped).unwrap().replacen("extension = \"2 months\"", "extension = \"12 months\"", 1),
    )
    .unwrap();
    let out = withhold(dir.path()).args(["check-policy", generous.to_str().unwrap()]).output().unwrap();
    assert!(!out.status.success());
    let text = String::from_utf8(out.stderr).unwrap();
    assert!(text.contains("extension 12 months is longer than GDPR Art. 12(3) allows"), "{text}");
    assert!(text.contains("generous.toml"), "names the file: {text}");
}

#[test]
fn check_policy_lists_each_jurisdictions_languages_and_warns_of_missing_ones() {
    let dir = tempfile::tempdir().unwrap();
    let policy = dir.path().join("policy.toml");
    std::fs::write(
        &policy,
        r#"version = "t"
[everywhere_else]
id = "rest"
name = "Everywhere"
statutory = false
available = true
legal_basis = "voluntary"
deadline = "1 month"
statement = "optional"
review = "never"
complaint = "Write to us."

[everywhere_else.texts.de]
name = "Überall"
legal_basis = "freiwillig"
complaint = "Schreiben Sie uns."
"#,
    )
    .unwrap();
    let out = withhold(dir.path()).args(["check-policy", policy.to_str().unwrap()]).output().unwrap();
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("languages:   English (the fallback) and 1: de"), "{text}");
    let warnings = String::from_utf8(out.stderr).unwrap();
    assert!(
        warnings.contains("warning: rest has no name, legal basis or complaint route in bg, cs, da, el"),
        "{warnings}"
    );
    assert!(!warnings.contains(" de,") && warnings.contains("pt-BR"), "{warnings}");
    // The shipped policy speaks every language: no warning.
    let shipped = concat!(env!("CARGO_MANIFEST_DIR"), "/../../policy/default.toml");
    let out = withhold(dir.path()).args(["check-policy", shipped]).output().unwrap();
    assert!(out.status.success());
    assert!(!String::from_utf8(out.stderr).unwrap().contains("warning"));
}

#[test]
fn errors_name_what_they_are_about_once() {
    let dir = tempfile::tempdir().unwrap();
    // A config file with a mistake: one line, naming the file.
    let config = dir.path().join("withhold.toml");
    std::fs::write(&config, "listn = \"127.0.0.1:1\"\n").unwrap();
    let out = withhold(dir.path()).args(["--config", config.to_str().unwrap(), "init"]).output().unwrap();
    assert!(!out.status.success());
    let text = String::from_utf8(out.stderr).unwrap();
    assert_eq!(text.lines().count(), 1, "{text}");
    assert!(text.contains("withhold.toml") && text.contains("listn"), "{text}");
    // A port in use: the address is named.
    let taken = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let address = taken.local_addr().unwrap().to_string();
    let out = withhold(dir.path()).arg("serve").env("WITHHOLD_LISTEN", &address).output().unwrap();
    assert!(!out.status.success());
    let text = String::from_utf8(out.stderr).unwrap();
    assert!(text.contains(&format!("listening on {address}")), "{text}");
    // A file that is not there is named.
    assert!(withhold(dir.path()).arg("init").output().unwrap().status.success());
    let out = withhold(dir.path()).args(["accounts", "import", "nowhere.csv"]).output().unwrap();
    assert!(!out.status.success());
    assert!(String::from_utf8(out.stderr).unwrap().contains("nowhere.csv"));
}

#[test]
fn commands_refuse_a_folder_without_a_database_and_init_makes_one() {
    let dir = tempfile::tempdir().unwrap();
    for args in [
        &["outbox"][..],
        &["purge", "--dry-run"],
        &["export", "--out", "registry.parquet"],
        &["audit", "verify"],
        &["token", "list"],
        &["accounts", "import", "accounts.csv"],
    ] {
        let out = withhold(dir.path()).args(args).output().unwrap();
        assert!(!out.status.success(), "{args:?}");
        let text = String::from_utf8(out.stderr).unwrap();
        assert_eq!(text.lines().count(), 1, "{args:?}: one line: {text}");
        assert!(text.contains("there is no Withhold database at withhold.db (the default database_url)"), "{text}");
        assert!(text.contains("WITHHOLD_DATABASE_URL"), "says how to point at the right one: {text}");
    }
    let made: Vec<_> = std::fs::read_dir(dir.path()).unwrap().map(|e| e.unwrap().file_name()).collect();
    assert!(made.is_empty(), "nothing was created: {made:?}");

    let out = withhold(dir.path()).arg("init").output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let out = withhold(dir.path()).arg("outbox").output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(String::from_utf8(out.stdout).unwrap().starts_with("pending 0  sent 0  dead 0"));
    let out = withhold(dir.path()).args(["purge", "--dry-run"]).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.starts_with("would remove 0 requests never confirmed and received before "), "{text}");
}

#[test]
fn a_database_refuses_another_key() {
    let dir = tempfile::tempdir().unwrap();
    assert!(withhold(dir.path()).arg("init").output().unwrap().status.success());
    let other_key = "ab".repeat(32);
    let out = withhold(dir.path())
        .args(["export", "--out", "registry.csv"])
        .env("WITHHOLD_SECRET_KEY", &other_key)
        .output()
        .unwrap();
    assert!(!out.status.success());
    let text = String::from_utf8(out.stderr).unwrap();
    assert!(text.contains("the secret key from WITHHOLD_SECRET_KEY is not the key the database"), "{text}");
    assert!(!dir.path().join("registry.csv").exists(), "nothing written");
    // serve refuses it too, before it listens.
    let out = withhold(dir.path())
        .arg("serve")
        .env("WITHHOLD_SECRET_KEY", &other_key)
        .env("WITHHOLD_LISTEN", "127.0.0.1:0")
        .output()
        .unwrap();
    assert!(!out.status.success());
    assert!(String::from_utf8(out.stderr).unwrap().contains("is not the key the database"));
    // A missing key file beside an existing database is not replaced by a new one.
    std::fs::rename(dir.path().join("withhold.key"), dir.path().join("kept.key")).unwrap();
    let out = withhold(dir.path()).arg("init").output().unwrap();
    assert!(!out.status.success());
    assert!(String::from_utf8(out.stderr).unwrap().contains("the secret key file withhold.key does not exist"));
    assert!(!dir.path().join("withhold.key").exists());
    let out = withhold(dir.path()).arg("outbox").env("WITHHOLD_SECRET_KEY_FILE", "kept.key").output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
}

#[test]
fn files_holding_secrets_are_private() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    assert!(withhold(dir.path()).arg("init").output().unwrap().status.success());
    for name in ["withhold.db", "withhold.key"] {
        let mode = std::fs::metadata(dir.path().join(name)).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o600, "{name}: {mode:o}");
    }
}

#[test]
fn invalid_settings_stop_before_any_work() {
    let dir = tempfile::tempdir().unwrap();
    let out = withhold(dir.path()).arg("serve").env("WITHHOLD_LISTEN", "not-an-address").output().unwrap();
    assert!(!out.status.success());
    assert!(String::from_utf8(out.stderr).unwrap().contains("listen is not valid"));
    assert!(!dir.path().join("withhold.db").exists());
}

/// Python with duckdb and polars, as the peers need; CI installs them, elsewhere the test is
/// skipped with a message when they are missing.
fn python_with_peers() -> bool {
    let ok = Command::new("python3").args(["-c", "import duckdb, polars"]).output().is_ok_and(|o| o.status.success());
    if !ok {
        if std::env::var("CI").is_ok_and(|v| v == "true") {
            panic!("CI must run the peer comparison: pip install duckdb polars");
        }
        eprintln!("SKIPPED: pip install duckdb polars to compare withhold filter with the peers");
    }
    ok
}

fn shared_bench(file: &str) -> String {
    format!("{}/../../../shared/bench/{file}", env!("CARGO_MANIFEST_DIR"))
}

/// The content_ids in a set of Parquet files, as DuckDB reads them.
fn content_ids(glob: &str) -> Vec<i64> {
    let script = format!(
        "import duckdb\nfor (i,) in duckdb.sql(\"SELECT content_id FROM read_parquet('{glob}') ORDER BY 1\").fetchall(): print(i)"
    );
    let out = Command::new("python3").args(["-c", &script]).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).unwrap().lines().map(|l| l.parse().unwrap()).collect()
}

#[test]
fn filter_keeps_exactly_the_rows_duckdb_and_polars_keep_and_the_readme_query_agrees() {
    if !python_with_peers() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let generated = Command::new("python3")
        .args([
            &shared_bench("gen_content.py"),
            data.to_str().unwrap(),
            "--rows",
            "60000",
            "--users",
            "6000",
            "--files",
            "3",
        ])
        .output()
        .unwrap();
    assert!(generated.status.success(), "{}", String::from_utf8_lossy(&generated.stderr));
    let as_of = "2024-07-01T00:00:00";
    for mentions in [false, true] {
        let out = dir.path().join(if mentions { "withhold-m" } else { "withhold" });
        let mut cmd = withhold(dir.path());
        cmd.args(["filter", data.join("content").to_str().unwrap(), "--out", out.to_str().unwrap()]).args([
            "--registry",
            data.join("registry.parquet").to_str().unwrap(),
            "--as-of",
            &format!("{as_of}Z"),
        ]);
        if mentions {
            cmd.args(["--mentions", "exclude"]);
        }
        let run = cmd.output().unwrap();
        assert!(run.status.success(), "{}", String::from_utf8_lossy(&run.stderr));
        let ours = content_ids(&format!("{}/*.parquet", out.display()));
        assert!(ours.len() > 30_000, "{}", ours.len());
        for engine in ["duckdb", "polars"] {
            let peer_out = dir.path().join(format!("{engine}-{mentions}.parquet"));
            let mut peer = Command::new("python3");
            peer.args([
                &shared_bench("peer_filter.py"),
                engine,
                data.to_str().unwrap(),
                peer_out.to_str().unwrap(),
                "--as-of",
                as_of,
            ]);
            if mentions {
                peer.arg("--mentions");
            }
            let run = peer.output().unwrap();
            assert!(run.status.success(), "{}", String::from_utf8_lossy(&run.stderr));
            assert_eq!(ours, content_ids(peer_out.to_str().unwrap()), "{engine}, mentions {mentions}");
        }
        // The manifest accounts for every row.
        let manifest: serde_json::Value =
            serde_json::from_slice(&std::fs::read(out.join("manifest.json")).unwrap()).unwrap();
        let dropped = &manifest["rows_dropped"];
        let sum = dropped["objector_content"].as_u64().unwrap()
            + dropped["private_message"].as_u64().unwrap()
            + dropped["mention"].as_u64().unwrap();
        assert_eq!(manifest["rows_in"].as_u64().unwrap(), 60_000);
        assert_eq!(manifest["rows_kept"].as_u64().unwrap() + sum, 60_000);
        assert_eq!(manifest["rows_kept"].as_u64().unwrap(), ours.len() as u64);
        assert_eq!(manifest["inputs"].as_array().unwrap().len(), 3);
        assert_eq!(manifest["inputs"][0]["sha256"].as_str().unwrap().len(), 64);
        assert_eq!(manifest["registry"]["sha256"].as_str().unwrap().len(), 64);
    }

    // The README's DuckDB query, run as written against the same files, keeps the same rows.
    let readme = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../../README.md")).unwrap();
    let start =
        readme.find("-- DuckDB: the content a training run may use").expect("the README shows the DuckDB query");
    let query = &readme[start..readme[start..].find("```").map(|end| start + end).unwrap()];
    let script = format!(
        "import duckdb, os\nos.chdir({:?})\nfor (i,) in duckdb.sql(\"\"\"SELECT content_id FROM ({query}) ORDER BY 1\"\"\").fetchall(): print(i)",
        data.display().to_string()
    );
    let out = Command::new("python3").args(["-c", &script]).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let readme_ids: Vec<i64> = String::from_utf8(out.stdout).unwrap().lines().map(|l| l.parse().unwrap()).collect();
    assert_eq!(readme_ids, content_ids(&format!("{}/withhold/*.parquet", dir.path().display())));
}

#[test]
fn filter_refuses_bad_input_clearly_and_leaves_nothing_behind() {
    let dir = tempfile::tempdir().unwrap();
    let registry = dir.path().join("registry.csv");
    std::fs::write(&registry, "subject_key,key_type,category,effective_from,effective_until,registry_version\n7,account,train-ai,2024-01-01 00:00:00,,1\n").unwrap();
    let content = dir.path().join("content.csv");
    std::fs::write(&content, "content_id,user,kind\n1,7,post\n").unwrap();
    let run = |args: &[&str]| {
        let out = withhold(dir.path()).arg("filter").args(args).output().unwrap();
        (out.status.success(), String::from_utf8(out.stderr).unwrap())
    };
    let (ok, err) = run(&["content.csv", "--out", "out", "--registry", "registry.csv"]);
    assert!(!ok);
    assert!(err.contains("no column \"author_id\"") && err.contains("--author-column"), "{err}");
    assert!(!dir.path().join("out/content.csv").exists());
    assert!(std::fs::read_dir(dir.path().join("out")).map(|d| d.count()).unwrap_or(0) == 0, "nothing is left behind");

    let (ok, err) = run(&[
        "content.csv",
        "--out",
        "out",
        "--registry",
        "registry.csv",
        "--author-column",
        "user",
        "--id-column",
        "uuid",
    ]);
    assert!(!ok && err.contains("no column \"uuid\"") && err.contains("--id-column"), "{err}");
    let (ok, err) = run(&[
        "content.csv",
        "--out",
        "out",
        "--registry",
        "registry.csv",
        "--author-column",
        "user",
        "--kind-column",
        "content_id",
    ]);
    assert!(!ok && err.contains("column \"content_id\" has type Int64, expected a string"), "{err}");

    let (ok, err) = run(&["missing/*.parquet", "--out", "out", "--registry", "registry.csv"]);
    assert!(!ok && err.contains("no input files matched"), "{err}");

    std::fs::write(dir.path().join("broken.parquet"), b"not parquet").unwrap();
    let (ok, err) = run(&["broken.parquet", "--out", "out2", "--registry", "registry.csv"]);
    assert!(!ok && err.contains("cannot read it"), "{err}");

    // CSV in, CSV out, with the column named.
    let (ok, err) = run(&[
        "content.csv",
        "--out",
        "out3",
        "--registry",
        "registry.csv",
        "--author-column",
        "user",
        "--id-column",
        "content_id",
    ]);
    assert!(ok, "{err}");
    let manifest = std::fs::read_to_string(dir.path().join("out3/manifest.json")).unwrap();
    assert!(manifest.contains("\"id_column\": \"content_id\""), "{manifest}");
    assert_eq!(std::fs::read_to_string(dir.path().join("out3/content.csv")).unwrap().trim(), "content_id,user,kind");
    let (ok, err) = run(&["content.csv", "--out", "out3", "--registry", "registry.csv", "--author-column", "user"]);
    assert!(!ok && err.contains("is not empty"), "{err}");
}
