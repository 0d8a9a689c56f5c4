//! SQLite group commit: submissions that queue up together share a transaction, and one that
//! cannot be stored fails alone.

use chrono::Utc;
use withhold_store::{NewEvent, NewObjection, NewOutboxMessage, NewSubmission, Store};

fn submission(id: &str, message_id: &str) -> NewSubmission {
    let now = Utc::now();
    NewSubmission {
        objection: NewObjection {
            id: id.to_owned(),
            country: "DE".into(),
            jurisdiction: "eu-gdpr".into(),
            email_key: format!("key-{id}"),
            email_sealed: "sealed".into(),
            impact_sealed: None,
            details_sealed: Some("sealed details".into()),
            received_at: now,
            due_at: now,
            code_hash: "hash".into(),
            code_expires_at: now,
            account_id: None,
            locale: "en".into(),
        },
        token_hash: format!("token-{id}-{message_id}"),
        events: vec![
            NewEvent { actor: "person", kind: "received", detail: serde_json::json!({ "n": 1 }) },
            NewEvent { actor: "system", kind: "code_sent", detail: serde_json::json!({ "n": 2 }) },
        ],
        mail: NewOutboxMessage {
            message_id: message_id.to_owned(),
            objection_id: Some(id.to_owned()),
            kind: "code".into(),
            payload_sealed: "payload".into(),
            created_at: now,
        },
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_bad_submission_in_a_group_fails_alone() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::connect(&format!("sqlite:{}", dir.path().join("w.db").display())).await.unwrap();
    // 200 at once so they queue up into groups; number 100 reuses the id of number 0.
    let mut tasks = Vec::new();
    for n in 0..200 {
        let store = store.clone();
        let id = if n == 100 { "id-0".to_owned() } else { format!("id-{n}") };
        tasks.push(tokio::spawn(
            async move { (n, store.record_submission(submission(&id, &format!("<m{n}@x>"))).await) },
        ));
    }
    let mut failed = Vec::new();
    for task in tasks {
        let (n, result) = task.await.unwrap();
        if result.is_err() {
            failed.push(n);
        }
    }
    // Whichever of the two came second fails; nobody else does.
    assert_eq!(failed.len(), 1, "{failed:?}");
    assert!(failed[0] == 0 || failed[0] == 100);
    let counts = store.outbox_counts().await.unwrap();
    assert_eq!(counts.pending, 199);
    let events: Vec<_> = store.events("id-5").await.unwrap();
    assert_eq!(events.len(), 2);
}
