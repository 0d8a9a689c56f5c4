//! The jurisdiction policy and the automated review engine.
//!
//! The policy is a TOML document (see `policy/default.toml`, which is shipped). The engine's
//! only outcomes are "honor" and "send to a person": [`AutomatedDecision`] has no decline, so no
//! one can be refused by a machine (GDPR Art. 22).

use crate::{CountryCode, Locale};
use chrono::{DateTime, Days, Months, Utc};
use serde::Deserialize;
use std::collections::HashMap;

const SHIPPED_POLICY: &str = include_str!("../../../policy/default.toml");

#[derive(Debug, Clone)]
pub struct Policy {
    version: String,
    jurisdictions: Vec<Jurisdiction>,
    by_country: HashMap<CountryCode, usize>,
    everywhere_else: usize,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Jurisdiction {
    pub id: String,
    pub name: String,
    /// Empty for the rule that covers everywhere else.
    pub countries: Vec<CountryCode>,
    pub statutory: bool,
    pub available: bool,
    pub legal_basis: String,
    pub deadline: Period,
    pub extension: Option<Period>,
    pub statement: StatementRule,
    pub review: ReviewRule,
    pub complaint: String,
    /// The name, legal basis and complaint route in other languages than English (the
    /// fields above).
    pub texts: HashMap<Locale, JurisdictionTexts>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StatementRule {
    Optional,
    Required,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReviewRule {
    Never,
    WhenStatementGiven,
    Always,
}

/// A span of calendar time. Months are calendar months: one month from 31 January is the last
/// day of February, as GDPR Art. 12(3) is read (not 30 days).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Period {
    Days(u32),
    Months(u32),
}

/// What the automated review may do. There is deliberately no `Decline`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AutomatedDecision {
    Honor { rule: String, legal_basis: String },
    HumanReview { rule: String, reason: String },
}

#[derive(Debug, thiserror::Error)]
pub enum PolicyError {
    #[error("the policy is not valid TOML or has an unknown or missing field: {0}")]
    Syntax(#[from] toml::de::Error),
    #[error("jurisdiction {jurisdiction:?}: {problem}")]
    Invalid { jurisdiction: String, problem: String },
    #[error("country {country} is listed in both {first:?} and {second:?}")]
    CountryTwice { country: String, first: String, second: String },
    #[error("two jurisdictions have the id {0:?}")]
    DuplicateId(String),
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawPolicy {
    version: String,
    #[serde(default)]
    jurisdiction: Vec<RawJurisdiction>,
    everywhere_else: RawJurisdiction,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawJurisdiction {
    id: String,
    name: String,
    #[serde(default)]
    countries: Vec<String>,
    statutory: bool,
    available: bool,
    legal_basis: String,
    deadline: String,
    extension: Option<String>,
    statement: String,
    review: String,
    complaint: String,
    /// The name, legal basis and complaint route in other languages, by language tag.
    #[serde(default)]
    texts: std::collections::BTreeMap<String, RawTexts>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawTexts {
    name: String,
    legal_basis: String,
    complaint: String,
}

/// Why the policy hands an objection to a person: recorded in English (the audit log's
/// language), shown to the person in theirs through the message [`ReviewReason::message_id`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReviewReason {
    FormClosed,
    AlwaysByAPerson,
    StatementToWeigh,
}

impl ReviewReason {
    pub const ALL: [ReviewReason; 3] =
        [ReviewReason::FormClosed, ReviewReason::AlwaysByAPerson, ReviewReason::StatementToWeigh];

    pub fn english(self) -> &'static str {
        match self {
            ReviewReason::FormClosed => "the policy no longer offers the objection form in this jurisdiction",
            ReviewReason::AlwaysByAPerson => "the policy sends every objection in this jurisdiction to a person",
            ReviewReason::StatementToWeigh => "the policy has a person weigh the statement the objector gave",
        }
    }

    /// The catalogue message that says it in the reader's language.
    pub fn message_id(self) -> &'static str {
        match self {
            ReviewReason::FormClosed => "review-reason-form-closed",
            ReviewReason::AlwaysByAPerson => "review-reason-always",
            ReviewReason::StatementToWeigh => "review-reason-statement",
        }
    }

    /// The reason recorded as `text`, if it is one of the policy's own.
    pub fn from_english(text: &str) -> Option<ReviewReason> {
        ReviewReason::ALL.into_iter().find(|r| r.english() == text)
    }
}

/// A jurisdiction's words for people in one language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct JurisdictionTexts {
    pub name: String,
    pub legal_basis: String,
    pub complaint: String,
}

impl Policy {
    /// The policy Withhold ships with: EU/EEA, UK, Switzerland, Brazil, and everywhere else.
    pub fn shipped() -> Policy {
        Policy::from_toml(SHIPPED_POLICY).expect("the shipped policy is valid (tested)")
    }

    pub fn from_toml(text: &str) -> Result<Policy, PolicyError> {
        let raw: RawPolicy = toml::from_str(text)?;
        let mut jurisdictions = Vec::with_capacity(raw.jurisdiction.len() + 1);
        let mut by_country: HashMap<CountryCode, usize> = HashMap::new();
        for raw_j in raw.jurisdiction {
            let j = Jurisdiction::from_raw(raw_j, true)?;
            if jurisdictions.iter().any(|other: &Jurisdiction| other.id == j.id) {
                return Err(PolicyError::DuplicateId(j.id));
            }
            for country in &j.countries {
                if let Some(&first) = by_country.get(country) {
                    let first: &Jurisdiction = &jurisdictions[first];
                    return Err(PolicyError::CountryTwice {
                        country: country.to_string(),
                        first: first.id.clone(),
                        second: j.id.clone(),
                    });
                }
                by_country.insert(*country, jurisdictions.len());
            }
            jurisdictions.push(j);
        }
        let rest = Jurisdiction::from_raw(raw.everywhere_else, false)?;
        if jurisdictions.iter().any(|other| other.id == rest.id) {
            return Err(PolicyError::DuplicateId(rest.id));
        }
        let everywhere_else = jurisdictions.len();
        jurisdictions.push(rest);
        Ok(Policy { version: raw.version, jurisdictions, by_country, everywhere_else })
    }

    pub fn version(&self) -> &str {
        &self.version
    }

    pub fn jurisdiction_for(&self, country: CountryCode) -> &Jurisdiction {
        let index = self.by_country.get(&country).copied().unwrap_or(self.everywhere_else);
        &self.jurisdictions[index]
    }

    /// The rule for every country no jurisdiction lists.
    pub fn everywhere_else(&self) -> &Jurisdiction {
        &self.jurisdictions[self.everywhere_else]
    }

    pub fn jurisdiction_by_id(&self, id: &str) -> Option<&Jurisdiction> {
        self.jurisdictions.iter().find(|j| j.id == id)
    }

    pub fn jurisdictions(&self) -> &[Jurisdiction] {
        &self.jurisdictions
    }

    /// Every country whose residents can use the form, ordered by code.
    pub fn available_countries(&self) -> Vec<CountryCode> {
        CountryCode::all().filter(|c| self.jurisdiction_for(*c).available).collect()
    }

    /// Whether the form is open to everyone, so pages need not list where it is available.
    pub fn available_everywhere(&self) -> bool {
        CountryCode::all().all(|c| self.jurisdiction_for(c).available)
    }
}

impl Jurisdiction {
    fn from_raw(raw: RawJurisdiction, needs_countries: bool) -> Result<Jurisdiction, PolicyError> {
        let invalid = |problem: String| PolicyError::Invalid { jurisdiction: raw.id.clone(), problem };
        if raw.id.trim().is_empty() {
            return Err(invalid("the id is empty".into()));
        }
        if needs_countries && raw.countries.is_empty() {
            return Err(invalid("lists no countries".into()));
        }
        if !needs_countries && !raw.countries.is_empty() {
            return Err(invalid("everywhere_else covers every unlisted country and lists none".into()));
        }
        let mut countries = Vec::with_capacity(raw.countries.len());
        for code in &raw.countries {
            let country =
                CountryCode::parse(code).map_err(|_| invalid(format!("{code:?} is not an ISO 3166-1 alpha-2 code")))?;
            if countries.contains(&country) {
                return Err(invalid(format!("lists {code} twice")));
            }
            countries.push(country);
        }
        let deadline = Period::parse(&raw.deadline).map_err(|e| invalid(format!("deadline: {e}")))?;
        let extension = match &raw.extension {
            Some(text) => Some(Period::parse(text).map_err(|e| invalid(format!("extension: {e}")))?),
            None => None,
        };
        if raw.statutory {
            // The policy may promise less time than the law gives, never more.
            for country in &countries {
                let Some(limit) = crate::law::statutory_limit(*country) else { continue };
                if !deadline.at_most(limit.deadline) {
                    return Err(invalid(format!(
                        "deadline {} is longer than {} allows for {country} ({})",
                        deadline.describe(),
                        limit.law,
                        limit.deadline.describe()
                    )));
                }
                match (extension, limit.extension) {
                    (Some(wanted), None) => {
                        return Err(invalid(format!(
                            "extension {}: {} provides for no extension ({country})",
                            wanted.describe(),
                            limit.law
                        )));
                    }
                    (Some(wanted), Some(most)) if !wanted.at_most(most) => {
                        return Err(invalid(format!(
                            "extension {} is longer than {} allows for {country} (at most {})",
                            wanted.describe(),
                            limit.law,
                            most.describe()
                        )));
                    }
                    _ => {}
                }
            }
        }
        let statement = match raw.statement.as_str() {
            "optional" => StatementRule::Optional,
            "required" => StatementRule::Required,
            other => return Err(invalid(format!("statement must be \"optional\" or \"required\", not {other:?}"))),
        };
        let review = match raw.review.as_str() {
            "never" => ReviewRule::Never,
            "when-statement-given" => ReviewRule::WhenStatementGiven,
            "always" => ReviewRule::Always,
            other => {
                return Err(invalid(format!(
                    "review must be \"never\", \"when-statement-given\" or \"always\", not {other:?}"
                )));
            }
        };
        if raw.legal_basis.trim().is_empty() || raw.complaint.trim().is_empty() {
            return Err(invalid("legal_basis and complaint must say something".into()));
        }
        let mut texts = HashMap::new();
        for (tag, text) in &raw.texts {
            let locale: Locale = tag
                .parse()
                .ok()
                .filter(|l: &Locale| l.tag().eq_ignore_ascii_case(tag))
                .ok_or_else(|| invalid(format!("texts.{tag}: not a language tag Withhold speaks")))?;
            if [&text.name, &text.legal_basis, &text.complaint].iter().any(|t| t.trim().is_empty()) {
                return Err(invalid(format!("texts.{tag}: name, legal_basis and complaint must say something")));
            }
            texts.insert(
                locale,
                JurisdictionTexts {
                    name: text.name.clone(),
                    legal_basis: text.legal_basis.clone(),
                    complaint: text.complaint.clone(),
                },
            );
        }
        Ok(Jurisdiction {
            id: raw.id,
            name: raw.name,
            countries,
            statutory: raw.statutory,
            available: raw.available,
            legal_basis: raw.legal_basis,
            deadline,
            extension,
            statement,
            review,
            complaint: raw.complaint,
            texts,
        })
    }

    /// The jurisdiction's name in `locale`, English where the policy has none in it.
    pub fn name_in(&self, locale: Locale) -> &str {
        self.texts.get(&locale).map_or(&self.name, |t| &t.name)
    }

    /// The legal basis in `locale`, English where the policy has none in it.
    pub fn legal_basis_in(&self, locale: Locale) -> &str {
        self.texts.get(&locale).map_or(&self.legal_basis, |t| &t.legal_basis)
    }

    /// How to complain, in `locale`, English where the policy has none in it.
    pub fn complaint_in(&self, locale: Locale) -> &str {
        self.texts.get(&locale).map_or(&self.complaint, |t| &t.complaint)
    }

    /// The languages other than English the jurisdiction has no texts in.
    pub fn languages_missing(&self) -> Vec<Locale> {
        Locale::ALL.into_iter().filter(|l| *l != Locale::En && !self.texts.contains_key(l)).collect()
    }

    pub fn statement_required(&self) -> bool {
        self.statement == StatementRule::Required
    }

    /// The automated review of a verified objection. Only ever honors or defers to a person.
    pub fn decide(&self, statement_given: bool) -> AutomatedDecision {
        let to_person = |why: &str| AutomatedDecision::HumanReview {
            rule: format!("{}/human-review", self.id),
            reason: why.to_owned(),
        };
        if !self.available {
            return to_person(ReviewReason::FormClosed.english());
        }
        match self.review {
            ReviewRule::Always => to_person(ReviewReason::AlwaysByAPerson.english()),
            ReviewRule::WhenStatementGiven if statement_given => to_person(ReviewReason::StatementToWeigh.english()),
            ReviewRule::Never | ReviewRule::WhenStatementGiven => AutomatedDecision::Honor {
                rule: format!("{}/auto-honor", self.id),
                legal_basis: self.legal_basis.clone(),
            },
        }
    }

    /// When an answer is due for a request received at `received`.
    pub fn due_date(&self, received: DateTime<Utc>) -> DateTime<Utc> {
        self.deadline.after(received)
    }
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("expected a period like \"1 month\", \"2 months\" or \"30 days\", got {0:?}")]
pub struct PeriodError(String);

impl Period {
    pub fn parse(text: &str) -> Result<Period, PeriodError> {
        let err = || PeriodError(text.to_owned());
        let mut parts = text.split_whitespace();
        let (Some(number), Some(unit), None) = (parts.next(), parts.next(), parts.next()) else {
            return Err(err());
        };
        let n: u32 = number.parse().map_err(|_| err())?;
        if n == 0 || n > 366 {
            return Err(err());
        }
        match unit {
            "day" | "days" => Ok(Period::Days(n)),
            "month" | "months" => Ok(Period::Months(n)),
            _ => Err(err()),
        }
    }

    pub fn after(self, start: DateTime<Utc>) -> DateTime<Utc> {
        let end = match self {
            Period::Days(n) => start.checked_add_days(Days::new(n.into())),
            Period::Months(n) => start.checked_add_months(Months::new(n)),
        };
        end.unwrap_or(DateTime::<Utc>::MAX_UTC)
    }

    pub fn describe(self) -> String {
        match self {
            Period::Days(1) => "1 day".into(),
            Period::Days(n) => format!("{n} days"),
            Period::Months(1) => "1 month".into(),
            Period::Months(n) => format!("{n} months"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    fn country(code: &str) -> CountryCode {
        CountryCode::parse(code).unwrap()
    }

    #[test]
    fn shipped_policy_covers_the_named_jurisdictions() {
        let p = Policy::shipped();
        assert_eq!(p.jurisdiction_for(country("DE")).id, "eu-gdpr");
        assert_eq!(p.jurisdiction_for(country("NO")).id, "eu-gdpr");
        assert_eq!(p.jurisdiction_for(country("GB")).id, "uk-gdpr");
        assert_eq!(p.jurisdiction_for(country("CH")).id, "ch-fadp");
        assert_eq!(p.jurisdiction_for(country("BR")).id, "br-lgpd");
        let us = p.jurisdiction_for(country("US"));
        assert_eq!(us.id, "rest-of-world");
        assert!(!us.statutory);
        assert!(us.legal_basis.contains("No statutory right"));
        assert!(p.available_everywhere());
        assert_eq!(p.jurisdiction_for(country("FR")).deadline, Period::Months(1));
        assert_eq!(p.jurisdiction_for(country("FR")).extension, Some(Period::Months(2)));
        assert_eq!(p.jurisdictions().iter().filter(|j| j.statutory).count(), 4);
        assert_eq!(p.jurisdiction_for(country("FR")).countries.len(), 30);
    }

    #[test]
    fn shipped_policy_honors_unconditionally() {
        let p = Policy::shipped();
        for code in ["DE", "GB", "CH", "BR", "US", "JP"] {
            for statement_given in [false, true] {
                let j = p.jurisdiction_for(country(code));
                assert!(!j.statement_required());
                match j.decide(statement_given) {
                    AutomatedDecision::Honor { rule, legal_basis } => {
                        assert_eq!(rule, format!("{}/auto-honor", j.id));
                        assert_eq!(legal_basis, j.legal_basis);
                    }
                    other => panic!("{code}: {other:?}"),
                }
            }
        }
    }

    const CUSTOM: &str = r#"
        version = "test"
        [[jurisdiction]]
        id = "strict"
        name = "Strict land"
        statutory = true
        countries = ["FR"]
        available = true
        legal_basis = "Art. 21"
        deadline = "1 month"
        statement = "required"
        review = "when-statement-given"
        complaint = "Complain to the authority."
        [[jurisdiction]]
        id = "closed"
        name = "Closed land"
        statutory = false
        countries = ["US", "CA"]
        available = false
        legal_basis = "none"
        deadline = "30 days"
        statement = "optional"
        review = "always"
        complaint = "n/a"
        [everywhere_else]
        id = "rest"
        name = "Rest"
        statutory = false
        available = true
        legal_basis = "voluntary"
        deadline = "1 month"
        statement = "optional"
        review = "never"
        complaint = "n/a"
    "#;

    #[test]
    fn custom_rules_send_to_people_never_decline() {
        let p = Policy::from_toml(CUSTOM).unwrap();
        let strict = p.jurisdiction_for(country("FR"));
        assert!(strict.statement_required());
        assert!(matches!(strict.decide(true), AutomatedDecision::HumanReview { .. }));
        assert!(matches!(strict.decide(false), AutomatedDecision::Honor { .. }));
        let closed = p.jurisdiction_for(country("US"));
        assert!(!closed.available);
        assert!(matches!(closed.decide(false), AutomatedDecision::HumanReview { .. }));
        assert!(!p.available_everywhere());
        let available = p.available_countries();
        assert!(!available.contains(&country("US")) && !available.contains(&country("CA")));
        assert_eq!(available.len(), 247);
    }

    #[test]
    fn invalid_policies_are_refused_with_a_reason() {
        let twice = CUSTOM.replace(r#"["US", "CA"]"#, r#"["US", "FR"]"#);
        assert!(matches!(Policy::from_toml(&twice), Err(PolicyError::CountryTwice { .. })));
        let bad_code = CUSTOM.replace(r#"["FR"]"#, r#"["XX"]"#);
        assert!(matches!(Policy::from_toml(&bad_code), Err(PolicyError::Invalid { .. })));
        let bad_review = CUSTOM.replace(r#"review = "never""#, r#"review = "sometimes""#);
        assert!(matches!(Policy::from_toml(&bad_review), Err(PolicyError::Invalid { .. })));
        let long_extension = CUSTOM.replace(
            "deadline = \"1 month\"\n        statement = \"required\"",
            "deadline = \"1 month\"\n        extension = \"12 months\"\n        statement = \"required\"",
        );
        let err = Policy::from_toml(&long_extension).unwrap_err().to_string();
        assert!(
            err.contains("extension 12 months is longer than GDPR Art. 12(3) allows for FR (at most 2 months)"),
            "{err}"
        );
        let long_deadline = CUSTOM.replacen("deadline = \"1 month\"", "deadline = \"3 months\"", 1);
        let err = Policy::from_toml(&long_deadline).unwrap_err().to_string();
        assert!(err.contains("deadline 3 months is longer than GDPR Art. 12(3) allows"), "{err}");
        let bad_deadline = CUSTOM.replace(r#"deadline = "30 days""#, r#"deadline = "soon""#);
        assert!(matches!(Policy::from_toml(&bad_deadline), Err(PolicyError::Invalid { .. })));
        let unknown_field = CUSTOM.replace("statutory = true", "statutory = true\ndecline = true");
        assert!(matches!(Policy::from_toml(&unknown_field), Err(PolicyError::Syntax(_))));
        let dup = CUSTOM.replace(r#"id = "closed""#, r#"id = "strict""#);
        assert!(matches!(Policy::from_toml(&dup), Err(PolicyError::DuplicateId(_))));
    }

    #[test]
    fn one_month_is_a_calendar_month_not_30_days() {
        let jan31 = Utc.with_ymd_and_hms(2027, 1, 31, 10, 0, 0).unwrap();
        assert_eq!(Period::Months(1).after(jan31), Utc.with_ymd_and_hms(2027, 2, 28, 10, 0, 0).unwrap());
        let mar15 = Utc.with_ymd_and_hms(2027, 3, 15, 0, 0, 0).unwrap();
        assert_eq!(Period::Months(1).after(mar15), Utc.with_ymd_and_hms(2027, 4, 15, 0, 0, 0).unwrap());
        assert_eq!(Period::Days(15).after(mar15), Utc.with_ymd_and_hms(2027, 3, 30, 0, 0, 0).unwrap());
        assert_eq!(Period::parse("2 months"), Ok(Period::Months(2)));
        assert!(Period::parse("0 days").is_err());
        assert!(Period::parse("1 fortnight").is_err());
    }
}
