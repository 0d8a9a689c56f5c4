use crate::helpers::{Backend, spawn_app};
use arrow::array::{Array, ArrayRef, Int64Array, ListArray, RecordBatch, StringArray};
use arrow::datatypes::{DataType, Field, Int64Type, Schema};
use std::sync::Arc;
use withhold_enforce::filter::expand_inputs;
use withhold_enforce::snapshot::snapshot;
use withhold_enforce::{CATEGORY_TRAIN_AI, FilterOptions, Format, KeyType, MentionsMode, Registry, filter_files};

fn now_micros() -> i64 {
    chrono::Utc::now().timestamp_micros()
}

/// A small content export: (content_id, author_id, kind, mentions, text).
pub(crate) fn content(dir: &std::path::Path, rows: &[(i64, i64, &str, Vec<i64>, &str)]) -> std::path::PathBuf {
    let mentions = ListArray::from_iter_primitive::<Int64Type, _, _>(
        rows.iter().map(|r| Some(r.3.iter().map(|m| Some(*m)).collect::<Vec<_>>())),
    );
    let schema = Arc::new(Schema::new(vec![
        Field::new("content_id", DataType::Int64, false),
        Field::new("author_id", DataType::Int64, false),
        Field::new("kind", DataType::Utf8, false),
        Field::new("mentions", mentions.data_type().clone(), true),
        Field::new("text", DataType::Utf8, false),
    ]));
    let columns: Vec<ArrayRef> = vec![
        Arc::new(Int64Array::from_iter_values(rows.iter().map(|r| r.0))),
        Arc::new(Int64Array::from_iter_values(rows.iter().map(|r| r.1))),
        Arc::new(StringArray::from_iter_values(rows.iter().map(|r| r.2))),
        Arc::new(mentions),
        Arc::new(StringArray::from_iter_values(rows.iter().map(|r| r.4))),
    ];
    let path = dir.join("content.parquet");
    let mut w =
        parquet::arrow::ArrowWriter::try_new(std::fs::File::create(&path).unwrap(), schema.clone(), None).unwrap();
    w.write(&RecordBatch::try_new(schema, columns).unwrap()).unwrap();
    w.close().unwrap();
    path
}

pub(crate) fn kept_ids(dir: &std::path::Path) -> Vec<(i64, String)> {
    use arrow::array::AsArray;
    let file = std::fs::File::open(dir.join("content.parquet")).unwrap();
    let reader = parquet::arrow::arrow_reader::ParquetRecordBatchReaderBuilder::try_new(file).unwrap().build().unwrap();
    let mut out = Vec::new();
    for batch in reader {
        let batch = batch.unwrap();
        let ids = batch.column(0).as_primitive::<Int64Type>().clone();
        let text = batch.column(4).as_string::<i32>().clone();
        for i in 0..batch.num_rows() {
            out.push((ids.value(i), text.value(i).to_owned()));
        }
    }
    out
}

pub async fn objections_reach_every_account_of_the_mailbox_in_exports_and_filters(backend: Backend) {
    let app = spawn_app(backend).await;
    let store = app.service.store();
    let keys = app.service.keys();
    let dir = tempfile::tempdir().unwrap();
    // Accounts arrive before the objection ...
    let before = dir.path().join("before.jsonl");
    std::fs::write(
        &before,
        concat!(
            "{\"account_id\": 101, \"email\": \"Jane@Example.com\", \"country\": \"DE\", \"handles\": [\"jane\"]}\n",
            "{\"account_id\": \"103\", \"email\": \"bob@example.com\", \"handles\": [\"bob\"]}\n",
        ),
    )
    .unwrap();
    let summary = withhold::accounts_cmd::import(store, keys, &before).await.unwrap();
    assert_eq!((summary.imported, summary.skipped.len()), (2, 0));
    let version_before = store.registry_version().await.unwrap();

    let (id, _) = app.object_and_confirm("DE", "jane@example.com").await;
    let honored_at = now_micros();
    assert!(store.registry_version().await.unwrap() > version_before);

    // ... and after it: the same mailbox, another account, written differently.
    let after = dir.path().join("after.csv");
    std::fs::write(
        &after,
        "account_id,email,country,handles,names\n102,JANE@example.com,DE,jane_alt;jd,Jane D\n104,not-an-address,DE,,\n",
    )
    .unwrap();
    let summary = withhold::accounts_cmd::import(store, keys, &after).await.unwrap();
    assert_eq!(summary.imported, 1);
    assert_eq!(summary.skipped.len(), 1);
    assert_eq!(summary.skipped[0].0, 3);
    assert!(!summary.skipped[0].1.contains("not-an-address"), "the reason must not echo the value");
    // Importing again changes nothing (idempotent upsert).
    withhold::accounts_cmd::import(store, keys, &before).await.unwrap();
    assert_eq!(store.account_count().await.unwrap(), 3);

    let snap = snapshot(store, now_micros()).await.unwrap();
    let keys_of = |r: &Registry, t: KeyType| {
        let mut v: Vec<String> =
            r.entries().iter().filter(|e| e.key_type == t).map(|e| e.subject_key.clone()).collect();
        v.sort();
        v
    };
    assert_eq!(keys_of(&snap.registry, KeyType::Account), ["101", "102"]);
    let hmac = keys_of(&snap.registry, KeyType::EmailHmac);
    assert_eq!(hmac, [keys.email_key("jane@example.com")]);
    assert!(snap.handles.contains(&"jane".to_owned()) && snap.handles.contains(&"jd".to_owned()));
    assert!(snap.registry.entries().iter().all(|e| e.category == CATEGORY_TRAIN_AI && e.effective_until.is_none()));

    // No address ever appears in an export, in any format.
    for format in [Format::Parquet, Format::Csv, Format::Jsonl] {
        let path = dir.path().join(format!("registry.{}", format.extension()));
        snap.registry.write(&path, format).unwrap();
        let bytes = std::fs::read(&path).unwrap();
        assert!(!String::from_utf8_lossy(&bytes).to_lowercase().contains("example.com"));
        assert_eq!(Registry::read(&path).unwrap().digest(), snap.registry.digest());
    }

    // The filter, fed from the export: Jane's two accounts are gone, whatever the kind.
    let input = content(
        dir.path(),
        &[
            (1, 101, "post", vec![], "jane's post"),
            (2, 102, "ai_message", vec![], "jane's other account"),
            (3, 103, "photo", vec![101], "photo with @jane and @janet"),
            (4, 103, "private_message", vec![], "never used"),
            (5, 103, "post", vec![], "bob alone"),
        ],
    );
    let inputs = expand_inputs(&[input.display().to_string()], None).unwrap();
    let run = |mode: MentionsMode, handles: Vec<String>, name: &str| {
        let out = dir.path().join(name);
        let options = FilterOptions { mentions: mode, objector_handles: handles, ..FilterOptions::default() };
        let excluded = snap.registry.excluded_as_of(now_micros(), CATEGORY_TRAIN_AI);
        filter_files(&inputs, &out, &excluded, &options, &|_| {}).unwrap();
        kept_ids(&out)
    };
    assert_eq!(
        run(MentionsMode::Keep, vec![], "keep"),
        [(3, "photo with @jane and @janet".into()), (5, "bob alone".into())]
    );
    assert_eq!(run(MentionsMode::Exclude, vec![], "exclude"), [(5, "bob alone".into())]);
    assert_eq!(
        run(MentionsMode::Redact, snap.handles.clone(), "redact"),
        [(3, "photo with  and @janet".into()), (5, "bob alone".into())]
    );

    // Withdrawal ends the exclusion going forward; earlier datasets stay as they were built.
    let objection = withhold_core::ObjectionId::parse(&id).unwrap();
    let view_token = {
        let mail = app.smtp.wait_for("jane@example.com", "has been honored", 1).await;
        mail.status_link().split("token=").nth(1).unwrap().to_owned()
    };
    let version_honored = store.registry_version().await.unwrap();
    app.service.withdraw(&objection, &withhold_core::AccessToken::from_presented(&view_token)).await.unwrap();
    assert_eq!(store.registry_version().await.unwrap(), version_honored + 1);
    let later = snapshot(store, now_micros()).await.unwrap();
    assert!(later.registry.excluded_as_of(now_micros(), CATEGORY_TRAIN_AI).is_empty());
    assert!(later.registry.excluded_as_of(honored_at, CATEGORY_TRAIN_AI).contains_int(101));
    assert!(later.registry.entries().iter().all(|e| e.effective_until.is_some()));
    assert_eq!(later.registry.version(), version_honored + 1);
    // A snapshot taken as of the time it was honored still shows it in effect.
    let then = snapshot(store, honored_at).await.unwrap();
    assert!(then.registry.entries().iter().all(|e| e.effective_until.is_none()));
}
