//! Every word a person reads, in their language. The catalogues are Fluent files in `locales/`,
//! compiled into the binary; `tests/catalogues.rs` fails when any language lacks a message the
//! code or the templates use.
//!
//! ```
//! use withhold_i18n::Tr;
//! use withhold_core::Locale;
//! let tr = Tr::new(Locale::De);
//! assert_eq!(tr.t("form-send"), "Absenden");
//! ```

use chrono::{DateTime, Datelike, NaiveDate, Utc};
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use std::sync::LazyLock;
pub use withhold_core::Locale;

/// The catalogue's source for `locale`, as compiled in.
pub fn source(locale: Locale) -> &'static str {
    match locale {
        Locale::Bg => include_str!("../locales/bg.ftl"),
        Locale::Cs => include_str!("../locales/cs.ftl"),
        Locale::Da => include_str!("../locales/da.ftl"),
        Locale::De => include_str!("../locales/de.ftl"),
        Locale::El => include_str!("../locales/el.ftl"),
        Locale::En => include_str!("../locales/en.ftl"),
        Locale::Es => include_str!("../locales/es.ftl"),
        Locale::Et => include_str!("../locales/et.ftl"),
        Locale::Fi => include_str!("../locales/fi.ftl"),
        Locale::Fr => include_str!("../locales/fr.ftl"),
        Locale::Ga => include_str!("../locales/ga.ftl"),
        Locale::Hr => include_str!("../locales/hr.ftl"),
        Locale::Hu => include_str!("../locales/hu.ftl"),
        Locale::Is => include_str!("../locales/is.ftl"),
        Locale::It => include_str!("../locales/it.ftl"),
        Locale::Lt => include_str!("../locales/lt.ftl"),
        Locale::Lv => include_str!("../locales/lv.ftl"),
        Locale::Mt => include_str!("../locales/mt.ftl"),
        Locale::Nb => include_str!("../locales/nb.ftl"),
        Locale::Nl => include_str!("../locales/nl.ftl"),
        Locale::Pl => include_str!("../locales/pl.ftl"),
        Locale::PtBr => include_str!("../locales/pt-BR.ftl"),
        Locale::PtPt => include_str!("../locales/pt-PT.ftl"),
        Locale::Ro => include_str!("../locales/ro.ftl"),
        Locale::Sk => include_str!("../locales/sk.ftl"),
        Locale::Sl => include_str!("../locales/sl.ftl"),
        Locale::Sv => include_str!("../locales/sv.ftl"),
    }
}

/// The staff console's catalogue for `locale`, kept apart from what the public reads.
pub fn console_source(locale: Locale) -> &'static str {
    match locale {
        Locale::Bg => include_str!("../locales/console/bg.ftl"),
        Locale::Cs => include_str!("../locales/console/cs.ftl"),
        Locale::Da => include_str!("../locales/console/da.ftl"),
        Locale::De => include_str!("../locales/console/de.ftl"),
        Locale::El => include_str!("../locales/console/el.ftl"),
        Locale::En => include_str!("../locales/console/en.ftl"),
        Locale::Es => include_str!("../locales/console/es.ftl"),
        Locale::Et => include_str!("../locales/console/et.ftl"),
        Locale::Fi => include_str!("../locales/console/fi.ftl"),
        Locale::Fr => include_str!("../locales/console/fr.ftl"),
        Locale::Ga => include_str!("../locales/console/ga.ftl"),
        Locale::Hr => include_str!("../locales/console/hr.ftl"),
        Locale::Hu => include_str!("../locales/console/hu.ftl"),
        Locale::Is => include_str!("../locales/console/is.ftl"),
        Locale::It => include_str!("../locales/console/it.ftl"),
        Locale::Lt => include_str!("../locales/console/lt.ftl"),
        Locale::Lv => include_str!("../locales/console/lv.ftl"),
        Locale::Mt => include_str!("../locales/console/mt.ftl"),
        Locale::Nb => include_str!("../locales/console/nb.ftl"),
        Locale::Nl => include_str!("../locales/console/nl.ftl"),
        Locale::Pl => include_str!("../locales/console/pl.ftl"),
        Locale::PtBr => include_str!("../locales/console/pt-BR.ftl"),
        Locale::PtPt => include_str!("../locales/console/pt-PT.ftl"),
        Locale::Ro => include_str!("../locales/console/ro.ftl"),
        Locale::Sk => include_str!("../locales/console/sk.ftl"),
        Locale::Sl => include_str!("../locales/console/sl.ftl"),
        Locale::Sv => include_str!("../locales/console/sv.ftl"),
    }
}

/// Country names per language (generated from the iso-codes project by
/// `scripts/country-names`), kept apart from the prose so translators are not lost in them.
pub fn country_source(locale: Locale) -> &'static str {
    match locale {
        Locale::Bg => include_str!("../locales/countries/bg.ftl"),
        Locale::Cs => include_str!("../locales/countries/cs.ftl"),
        Locale::Da => include_str!("../locales/countries/da.ftl"),
        Locale::De => include_str!("../locales/countries/de.ftl"),
        Locale::El => include_str!("../locales/countries/el.ftl"),
        Locale::En => include_str!("../locales/countries/en.ftl"),
        Locale::Es => include_str!("../locales/countries/es.ftl"),
        Locale::Et => include_str!("../locales/countries/et.ftl"),
        Locale::Fi => include_str!("../locales/countries/fi.ftl"),
        Locale::Fr => include_str!("../locales/countries/fr.ftl"),
        Locale::Ga => include_str!("../locales/countries/ga.ftl"),
        Locale::Hr => include_str!("../locales/countries/hr.ftl"),
        Locale::Hu => include_str!("../locales/countries/hu.ftl"),
        Locale::Is => include_str!("../locales/countries/is.ftl"),
        Locale::It => include_str!("../locales/countries/it.ftl"),
        Locale::Lt => include_str!("../locales/countries/lt.ftl"),
        Locale::Lv => include_str!("../locales/countries/lv.ftl"),
        Locale::Mt => include_str!("../locales/countries/mt.ftl"),
        Locale::Nb => include_str!("../locales/countries/nb.ftl"),
        Locale::Nl => include_str!("../locales/countries/nl.ftl"),
        Locale::Pl => include_str!("../locales/countries/pl.ftl"),
        Locale::PtBr => include_str!("../locales/countries/pt-BR.ftl"),
        Locale::PtPt => include_str!("../locales/countries/pt-PT.ftl"),
        Locale::Ro => include_str!("../locales/countries/ro.ftl"),
        Locale::Sk => include_str!("../locales/countries/sk.ftl"),
        Locale::Sl => include_str!("../locales/countries/sl.ftl"),
        Locale::Sv => include_str!("../locales/countries/sv.ftl"),
    }
}

struct Catalogue {
    bundles: Vec<(Locale, FluentBundle<FluentResource>)>,
}

/// Built once: the catalogues are constants of the program, like the country table.
static CATALOGUE: LazyLock<Catalogue> =
    LazyLock::new(|| Catalogue { bundles: Locale::ALL.into_iter().map(|locale| (locale, bundle(locale))).collect() });

fn bundle(locale: Locale) -> FluentBundle<FluentResource> {
    let language: unic_langid::LanguageIdentifier = locale.tag().parse().expect("our tags are valid");
    let mut bundle = FluentBundle::new_concurrent(vec![language]);
    // No Unicode isolation marks around values: they would end up inside addresses and links
    // in plain-text mail, and every language here is written left to right.
    bundle.set_use_isolating(false);
    for text in [source(locale), console_source(locale), country_source(locale)] {
        let resource = FluentResource::try_new(text.to_owned())
            .unwrap_or_else(|(_, errors)| panic!("locales/{locale}.ftl does not parse: {errors:?}"));
        bundle
            .add_resource(resource)
            .unwrap_or_else(|errors| panic!("locales/{locale}.ftl defines a message twice: {errors:?}"));
    }
    bundle
}

fn bundle_for(locale: Locale) -> &'static FluentBundle<FluentResource> {
    let catalogue = &*CATALOGUE;
    catalogue.bundles.iter().find(|(l, _)| *l == locale).map(|(_, b)| b).expect("every locale has a bundle")
}

/// A value for a message's placeable.
#[derive(Debug, Clone)]
pub enum Arg {
    Text(String),
    Number(i64),
}

impl From<&str> for Arg {
    fn from(text: &str) -> Self {
        Arg::Text(text.to_owned())
    }
}
impl From<String> for Arg {
    fn from(text: String) -> Self {
        Arg::Text(text)
    }
}
impl From<&String> for Arg {
    fn from(text: &String) -> Self {
        Arg::Text(text.clone())
    }
}
impl From<i64> for Arg {
    fn from(n: i64) -> Self {
        Arg::Number(n)
    }
}
impl From<u64> for Arg {
    fn from(n: u64) -> Self {
        Arg::Number(i64::try_from(n).unwrap_or(i64::MAX))
    }
}
impl From<usize> for Arg {
    fn from(n: usize) -> Self {
        Arg::Number(i64::try_from(n).unwrap_or(i64::MAX))
    }
}
impl From<u32> for Arg {
    fn from(n: u32) -> Self {
        Arg::Number(i64::from(n))
    }
}

// Templates pass their values by reference.
impl From<&&str> for Arg {
    fn from(text: &&str) -> Self {
        Arg::Text((*text).to_owned())
    }
}
impl From<&&String> for Arg {
    fn from(text: &&String) -> Self {
        Arg::Text((*text).clone())
    }
}
macro_rules! number_refs {
    ($($t:ty),*) => {$(
        impl From<&$t> for Arg {
            fn from(n: &$t) -> Self {
                Arg::from(*n)
            }
        }
    )*};
}
number_refs!(i64, u64, usize, u32);

/// The translator for one language: cheap to copy, used by templates as `tr.t("form-send")`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Tr {
    locale: Locale,
}

impl Tr {
    pub fn new(locale: Locale) -> Tr {
        Tr { locale }
    }

    pub fn locale(&self) -> Locale {
        self.locale
    }

    /// The `lang` attribute's value.
    pub fn lang(&self) -> &'static str {
        self.locale.tag()
    }

    /// A message without placeables.
    pub fn t(&self, id: &str) -> String {
        self.format(id, &[])
    }

    /// A message with placeables, given as `(name, value)` pairs.
    pub fn args(&self, id: &str, args: &[(&str, Arg)]) -> String {
        self.format(id, args)
    }

    /// A message with one placeable; templates use this form.
    pub fn t1(&self, id: &str, name: &str, value: impl Into<Arg>) -> String {
        self.format(id, &[(name, value.into())])
    }

    /// A message with two placeables.
    pub fn t2(&self, id: &str, name: &str, value: impl Into<Arg>, name2: &str, value2: impl Into<Arg>) -> String {
        self.format(id, &[(name, value.into()), (name2, value2.into())])
    }

    fn format(&self, id: &str, args: &[(&str, Arg)]) -> String {
        match resolve(self.locale, id, args) {
            Some(text) => text,
            // The catalogue test makes this unreachable for messages the code uses; should it
            // happen anyway, English is better than an empty field.
            None => {
                tracing::error!(message_id = id, locale = %self.locale, "a message is missing from the catalogue");
                resolve(Locale::En, id, args).unwrap_or_else(|| id.to_owned())
            }
        }
    }

    /// A country's name in this language, from its ISO 3166-1 alpha-2 code.
    /// A reason recorded in English: the policy's own reasons for a review are said in this
    /// language; anything else (a reviewer's own words) as it was written.
    pub fn recorded_reason(&self, text: &str) -> String {
        match withhold_core::policy::ReviewReason::from_english(text) {
            Some(reason) => self.t(reason.message_id()),
            None => text.to_owned(),
        }
    }

    pub fn country(&self, code: &str) -> String {
        let id = format!("country-{code}");
        resolve(self.locale, &id, &[]).or_else(|| resolve(Locale::En, &id, &[])).unwrap_or_else(|| code.to_owned())
    }

    /// A day, as people in this language write it ("23 November 2026", "23. November 2026").
    pub fn date(&self, day: impl std::borrow::Borrow<NaiveDate>) -> String {
        let day = *day.borrow();
        let month = self.t(&format!("month-{}", day.month()));
        self.args(
            "date",
            &[
                ("day", Arg::Number(i64::from(day.day()))),
                ("month", month.into()),
                ("year", i64::from(day.year()).into()),
            ],
        )
    }

    /// A moment, to the minute, in UTC (the service's one clock), as people in this language
    /// write it.
    pub fn datetime(&self, at: DateTime<Utc>) -> String {
        self.args(
            "datetime",
            &[("date", self.date(at.date_naive()).into()), ("time", at.format("%H:%M").to_string().into())],
        )
    }
}

fn resolve(locale: Locale, id: &str, args: &[(&str, Arg)]) -> Option<String> {
    let bundle = bundle_for(locale);
    let pattern = bundle.get_message(id)?.value()?;
    let mut fluent_args = FluentArgs::with_capacity(args.len());
    for (name, value) in args {
        match value {
            Arg::Text(text) => fluent_args.set(*name, FluentValue::from(text.as_str())),
            Arg::Number(n) => fluent_args.set(*name, FluentValue::from(*n)),
        }
    }
    let mut errors = Vec::new();
    let text = bundle.format_pattern(pattern, Some(&fluent_args), &mut errors);
    if !errors.is_empty() {
        tracing::error!(message_id = id, locale = %locale, ?errors, "a message did not format cleanly");
    }
    Some(text.into_owned())
}

/// Every message id a catalogue defines, for the completeness test.
pub fn message_ids(source: &str) -> Vec<String> {
    let resource = match FluentResource::try_new(source.to_owned()) {
        Ok(resource) => resource,
        Err((resource, _)) => resource,
    };
    resource
        .entries()
        .filter_map(|entry| match entry {
            fluent_syntax::ast::Entry::Message(message) => Some(message.id.name.to_owned()),
            _ => None,
        })
        .collect()
}
