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
}

#[test]
fn outbox_reports_counts_with_the_default_sqlite_database() {
    let dir = tempfile::tempdir().unwrap();
    let out = withhold(dir.path()).arg("outbox").output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert_eq!(String::from_utf8(out.stdout).unwrap().trim(), "pending 0  sent 0  dead 0");
    // The first run created the embedded defaults beside it.
    assert!(dir.path().join("withhold.db").exists());
    assert!(dir.path().join("withhold.key").exists());
}

#[test]
fn invalid_settings_stop_before_any_work() {
    let dir = tempfile::tempdir().unwrap();
    let out = withhold(dir.path()).arg("serve").env("WITHHOLD_LISTEN", "not-an-address").output().unwrap();
    assert!(!out.status.success());
    assert!(String::from_utf8(out.stderr).unwrap().contains("listen is not valid"));
    assert!(!dir.path().join("withhold.db").exists());
}
