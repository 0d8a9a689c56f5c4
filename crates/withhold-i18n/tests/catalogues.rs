//! Every language is complete: the same messages as English, the same placeables in each, and
//! every message the code and templates ask for exists. A missing translation fails here, not in
//! front of a person.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use withhold_i18n::{Locale, Tr, console_source, country_source, message_ids, source};

/// Each message's text (value and variants), by id, for comparing placeables.
fn message_texts(source: &str) -> BTreeMap<String, String> {
    let mut texts = BTreeMap::new();
    let mut current: Option<String> = None;
    for line in source.lines() {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        if !line.starts_with(' ')
            && let Some((id, rest)) = line.split_once(" = ").or_else(|| line.strip_suffix(" =").map(|id| (id, "")))
        {
            current = Some(id.trim().to_owned());
            texts.insert(id.trim().to_owned(), rest.to_owned());
            continue;
        }
        if let Some(id) = &current {
            let text = texts.get_mut(id).unwrap();
            text.push('\n');
            text.push_str(line);
        }
    }
    texts
}

fn placeables(text: &str) -> BTreeSet<String> {
    text.split("{ $").skip(1).filter_map(|rest| rest.split([' ', '}']).next()).map(str::to_owned).collect()
}

#[test]
fn every_language_has_every_message_with_the_same_placeables() {
    for (catalogue, source) in [("pages and mail", source as fn(Locale) -> &'static str), ("console", console_source)] {
        same_messages_as_english(catalogue, source);
    }
    for locale in Locale::ALL {
        let countries = message_ids(country_source(locale));
        assert_eq!(countries, message_ids(country_source(Locale::En)), "{locale}: every country has a name");
    }
}

fn same_messages_as_english(catalogue: &str, source: fn(Locale) -> &'static str) {
    let english = message_texts(source(Locale::En));
    assert!(english.len() > 100, "the English {catalogue} catalogue parsed: {} messages", english.len());
    // Every language's problems at once, not only the first language's.
    let mut problems = Vec::new();
    for locale in Locale::ALL {
        let ids: BTreeSet<String> = message_ids(source(locale)).into_iter().collect();
        let texts = message_texts(source(locale));
        if ids.len() != texts.len() {
            problems.push(format!("{locale}: a message is read differently by the two parsers"));
        }
        let english_ids: BTreeSet<&String> = english.keys().collect();
        let missing: Vec<&&String> = english_ids.iter().filter(|id| !ids.contains(id.as_str())).collect();
        let extra: Vec<&String> = ids.iter().filter(|id| !english.contains_key(*id)).collect();
        if !missing.is_empty() {
            problems.push(format!("{locale} {catalogue} lacks {missing:?}"));
        }
        if !extra.is_empty() {
            problems.push(format!("{locale} {catalogue} has messages English does not: {extra:?}"));
        }
        for (id, text) in &english {
            if texts.get(id).is_some_and(|t| placeables(t) != placeables(text)) {
                problems.push(format!("{locale}: {id} must use the same placeables as English"));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

fn files_under(dir: &Path, extensions: &[&str], out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            files_under(&path, extensions, out);
        } else if path.extension().is_some_and(|e| extensions.iter().any(|x| e == *x)) {
            out.push(path);
        }
    }
}

/// Ids passed to `t("…")`, `t1("…"`, `t2("…"` and `args("…"` in the crates' sources and templates.
fn ids_used() -> BTreeMap<String, PathBuf> {
    let crates = Path::new(env!("CARGO_MANIFEST_DIR")).parent().unwrap();
    let mut files = Vec::new();
    files_under(crates, &["rs", "html", "txt"], &mut files);
    let mut used = BTreeMap::new();
    for file in files {
        if file.components().any(|c| c.as_os_str() == "target" || c.as_os_str() == "tests") {
            continue;
        }
        let text = std::fs::read_to_string(&file).unwrap();
        for call in [".t(\"", ".t1(\"", ".t2(\"", ".args(\""] {
            for rest in text.split(call).skip(1) {
                let id = rest.split('"').next().unwrap();
                if !id.is_empty() && id.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-') {
                    used.insert(id.to_owned(), file.clone());
                }
            }
        }
    }
    used
}

#[test]
fn every_message_the_code_uses_exists() {
    let used = ids_used();
    assert!(used.len() > 100, "the scan found the pages' and mails' messages: {}", used.len());
    let defined: BTreeSet<String> =
        message_ids(source(Locale::En)).into_iter().chain(message_ids(console_source(Locale::En))).collect();
    let missing: Vec<(&String, &PathBuf)> = used.iter().filter(|(id, _)| !defined.contains(*id)).collect();
    assert!(missing.is_empty(), "used but not defined: {missing:?}");
}

#[test]
fn dates_are_written_the_way_each_language_writes_them() {
    let day = chrono::NaiveDate::from_ymd_opt(2027, 6, 26).unwrap();
    let expected = [
        (Locale::En, "26 June 2027"),
        (Locale::De, "26. Juni 2027"),
        (Locale::Fr, "26 juin 2027"),
        (Locale::Es, "26 de junio de 2027"),
        (Locale::It, "26 giugno 2027"),
        (Locale::Pl, "26 czerwca 2027"),
        (Locale::El, "26 Ιουνίου 2027"),
        (Locale::Hu, "2027. június 26."),
        (Locale::Lt, "2027 m. birželio 26 d."),
        (Locale::Lv, "2027. gada 26. jūnijs"),
        (Locale::Cs, "26. června 2027"),
        (Locale::Ga, "26 Meitheamh 2027"),
        (Locale::PtBr, "26 de junho de 2027"),
        (Locale::Nl, "26 juni 2027"),
        (Locale::Fi, "26. kesäkuuta 2027"),
    ];
    for (locale, want) in expected {
        assert_eq!(Tr::new(locale).date(day), want);
    }
    let at = chrono::DateTime::parse_from_rfc3339("2026-11-23T09:05:00Z").unwrap().with_timezone(&chrono::Utc);
    assert_eq!(Tr::new(Locale::En).datetime(at), "23 November 2026, 09:05 UTC");
    assert_eq!(Tr::new(Locale::De).datetime(at), "23. November 2026, 09:05 Uhr UTC");
}

#[test]
fn plurals_follow_each_language() {
    let wrong = |locale, left: i64| Tr::new(locale).t1("code-wrong", "left", left);
    assert!(wrong(Locale::En, 1).contains("1 try left"));
    assert!(wrong(Locale::En, 3).contains("3 tries left"));
    assert!(wrong(Locale::Pl, 3).contains("zostały 3 próby"));
    assert!(wrong(Locale::Pl, 5).contains("zostało 5 prób"));
    assert!(wrong(Locale::De, 1).contains("noch 1 Versuch)"));
    assert_eq!(Tr::new(Locale::Fr).country("DE"), "Allemagne");
    assert_eq!(Tr::new(Locale::En).country("DE"), "Germany");
}

/// The plural categories CLDR gives each language for whole numbers: a message that varies
/// by a count must have a variant for each (the `*` default is one of them).
fn plural_categories(locale: Locale) -> &'static [&'static str] {
    match locale {
        Locale::Ga => &["one", "two", "few", "many", "other"],
        Locale::Mt => &["one", "two", "few", "many", "other"],
        Locale::Sl => &["one", "two", "few", "other"],
        Locale::Pl => &["one", "few", "many"],
        Locale::Cs | Locale::Sk | Locale::Lt | Locale::Hr | Locale::Ro => &["one", "few", "other"],
        Locale::Lv => &["zero", "one", "other"],
        Locale::Fr | Locale::Es | Locale::It | Locale::PtPt | Locale::PtBr => &["one", "many", "other"],
        _ => &["one", "other"],
    }
}

/// Each variant key of a select (`[one]`, `*[other]`), for the messages that have one.
fn variant_keys(text: &str) -> BTreeSet<String> {
    text.lines()
        .filter_map(|line| {
            let line = line.trim_start().trim_start_matches('*');
            line.strip_prefix('[').and_then(|rest| rest.split(']').next()).map(str::to_owned)
        })
        .collect()
}

#[test]
fn every_count_has_each_plural_category_its_language_needs() {
    for (catalogue, source) in [("pages and mail", source as fn(Locale) -> &'static str), ("console", console_source)] {
        let english = message_texts(source(Locale::En));
        let counted: Vec<&String> = english.keys().filter(|id| variant_keys(&english[*id]).contains("one")).collect();
        assert!(!counted.is_empty(), "{catalogue}: the counted messages were found");
        let mut problems = Vec::new();
        for locale in Locale::ALL {
            let texts = message_texts(source(locale));
            for id in &counted {
                let keys = texts.get(*id).map(|t| variant_keys(t)).unwrap_or_default();
                let lacking: Vec<&&str> = plural_categories(locale).iter().filter(|c| !keys.contains(**c)).collect();
                if !lacking.is_empty() {
                    problems.push(format!("{locale} {catalogue}: {id} lacks the plural categories {lacking:?}"));
                }
            }
        }
        assert!(problems.is_empty(), "{}", problems.join("\n"));
    }
}

/// Messages that may read the same as English in another language: nothing but placeables and
/// punctuation, or names and codes.
fn may_equal_english(english: &str) -> bool {
    let mut rest = english.to_owned();
    while let Some(start) = rest.find("{ $") {
        let end = rest[start..].find('}').map_or(rest.len(), |e| start + e + 1);
        rest.replace_range(start..end, "");
    }
    let words: String = rest.replace("UTC", "").chars().filter(|c| c.is_alphabetic()).collect();
    words.len() <= 3
}

/// Ids whose English text is also right in some other language (a name, a loan word).
const SAME_AS_ENGLISH: &[(&str, &str)] = &[
    ("es", "error-prefix"),
    ("es", "error-title"),
    ("de", "console-name"),
    ("es", "console-actor"),
    ("fr", "console-nav"),
    ("it", "console-email"),
    ("it", "console-nav"),
    ("it", "console-password"),
];

#[test]
fn no_language_is_english_word_for_word() {
    for (catalogue, source) in [("pages and mail", source as fn(Locale) -> &'static str), ("console", console_source)] {
        let english = message_texts(source(Locale::En));
        let mut problems = Vec::new();
        for locale in Locale::ALL.into_iter().filter(|l| *l != Locale::En) {
            let texts = message_texts(source(locale));
            let copied: Vec<&String> = english
                .iter()
                .filter(|(id, text)| {
                    texts.get(*id).is_some_and(|t| t.trim() == text.trim())
                        && !may_equal_english(text)
                        // Month names are names: German's "April" is English's too.
                        && !id.starts_with("month-")
                        && !SAME_AS_ENGLISH.contains(&(locale.tag(), id.as_str()))
                })
                .map(|(id, _)| id)
                .collect();
            if !copied.is_empty() {
                problems.push(format!("{locale} {catalogue}: these read exactly as in English: {copied:?}"));
            }
        }
        assert!(problems.is_empty(), "{}", problems.join("\n"));
    }
}
