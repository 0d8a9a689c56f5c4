//! The filter against a plain reference implementation, on random small inputs: integer and
//! string ids, kinds, as-of times, mentions, objections that ended (withdrawn or declined).

use arrow::array::{Array, ArrayRef, AsArray, Int64Array, ListArray, RecordBatch, StringArray};
use arrow::datatypes::{DataType, Field, Int64Type, Schema};
use parquet::arrow::ArrowWriter;
use parquet::arrow::arrow_reader::ParquetRecordBatchReaderBuilder;
use proptest::prelude::*;
use std::sync::Arc;
use withhold_enforce::filter::expand_inputs;
use withhold_enforce::{FilterOptions, KeyType, MentionsMode, Registry, RegistryEntry, filter_files};

const KINDS: [&str; 4] = ["post", "photo", "ai_message", "private_message"];

#[derive(Debug, Clone)]
struct Row {
    id: i64,
    author: i64,
    kind: usize,
    mentions: Vec<i64>,
}

#[derive(Debug, Clone)]
struct Objection {
    subject: i64,
    from: i64,
    until: Option<i64>,
}

fn rows() -> impl Strategy<Value = Vec<Row>> {
    prop::collection::vec((0i64..12, 0usize..4, prop::collection::vec(0i64..12, 0..3)), 0..60).prop_map(|v| {
        v.into_iter()
            .enumerate()
            .map(|(i, (author, kind, mentions))| Row { id: i as i64, author, kind, mentions })
            .collect()
    })
}

fn objections() -> impl Strategy<Value = Vec<Objection>> {
    prop::collection::vec((0i64..12, 0i64..100, prop::option::of(1i64..60)), 0..8).prop_map(|v| {
        v.into_iter().map(|(subject, from, len)| Objection { subject, from, until: len.map(|l| from + l) }).collect()
    })
}

/// What the filter must keep, computed the plain way.
fn reference(rows: &[Row], objections: &[Objection], as_of: i64, mode: MentionsMode) -> Vec<(i64, Vec<i64>)> {
    let excluded =
        |who: i64| objections.iter().any(|o| o.subject == who && o.from <= as_of && o.until.is_none_or(|u| u > as_of));
    rows.iter()
        .filter(|r| !excluded(r.author))
        .filter(|r| KINDS[r.kind] != "private_message")
        .filter(|r| mode != MentionsMode::Exclude || !r.mentions.iter().any(|m| excluded(*m)))
        .map(|r| {
            let mentions = if mode == MentionsMode::Redact {
                r.mentions.iter().copied().filter(|m| !excluded(*m)).collect()
            } else {
                r.mentions.clone()
            };
            (r.id, mentions)
        })
        .collect()
}

fn write_input(dir: &std::path::Path, rows: &[Row], string_ids: bool) -> std::path::PathBuf {
    let author: ArrayRef = if string_ids {
        Arc::new(StringArray::from_iter_values(rows.iter().map(|r| r.author.to_string())))
    } else {
        Arc::new(Int64Array::from_iter_values(rows.iter().map(|r| r.author)))
    };
    let mentions = ListArray::from_iter_primitive::<Int64Type, _, _>(
        rows.iter().map(|r| Some(r.mentions.iter().map(|m| Some(*m)).collect::<Vec<_>>())),
    );
    let schema = Arc::new(Schema::new(vec![
        Field::new("content_id", DataType::Int64, false),
        Field::new("author_id", author.data_type().clone(), false),
        Field::new("kind", DataType::Utf8, false),
        Field::new("mentions", mentions.data_type().clone(), true),
        Field::new("text", DataType::Utf8, false),
    ]));
    let batch = RecordBatch::try_new(
        schema.clone(),
        vec![
            Arc::new(Int64Array::from_iter_values(rows.iter().map(|r| r.id))),
            author,
            Arc::new(StringArray::from_iter_values(rows.iter().map(|r| KINDS[r.kind]))),
            Arc::new(mentions),
            Arc::new(StringArray::from_iter_values(rows.iter().map(|r| format!("post {}", r.id)))),
        ],
    )
    .unwrap();
    let path = dir.join("part-0.parquet");
    let mut w = ArrowWriter::try_new(std::fs::File::create(&path).unwrap(), schema, None).unwrap();
    w.write(&batch).unwrap();
    w.close().unwrap();
    path
}

fn read_output(path: &std::path::Path) -> Vec<(i64, Vec<i64>)> {
    let reader = ParquetRecordBatchReaderBuilder::try_new(std::fs::File::open(path).unwrap()).unwrap().build().unwrap();
    let mut out = Vec::new();
    for batch in reader {
        let batch = batch.unwrap();
        let ids = batch.column_by_name("content_id").unwrap().as_primitive::<Int64Type>().clone();
        let mentions = batch.column_by_name("mentions").unwrap().as_list::<i32>().clone();
        for row in 0..batch.num_rows() {
            let list = mentions.value(row);
            let list = list.as_primitive::<Int64Type>();
            out.push((ids.value(row), list.values().to_vec()));
        }
    }
    out
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]
    #[test]
    fn filter_matches_the_reference(
        rows in rows(),
        objections in objections(),
        as_of in 0i64..160,
        string_ids in any::<bool>(),
        mode in prop::sample::select(vec![MentionsMode::Keep, MentionsMode::Exclude, MentionsMode::Redact]),
    ) {
        let dir = tempfile::tempdir().unwrap();
        let input = write_input(dir.path(), &rows, string_ids);
        let registry = Registry::from_entries(objections.iter().map(|o| RegistryEntry {
            subject_key: o.subject.to_string(),
            key_type: KeyType::Account,
            category: "train-ai".into(),
            effective_from: o.from,
            effective_until: o.until,
            registry_version: 1,
        }).collect());
        let excluded = registry.excluded_as_of(as_of, "train-ai");
        let options = FilterOptions { mentions: mode, threads: 1, ..FilterOptions::default() };
        let inputs = expand_inputs(&[input.display().to_string()], None).unwrap();
        let out = dir.path().join("out");
        let report = filter_files(&inputs, &out, &excluded, &options, &|_| {}).unwrap();
        let got = read_output(&out.join("part-0.parquet"));
        let want = reference(&rows, &objections, as_of, mode);
        prop_assert_eq!(&got, &want);
        prop_assert_eq!(report.files[0].rows_kept as usize, want.len());
        prop_assert_eq!(report.files[0].rows_in as usize, rows.len());
    }
}
