//! The longest answer times the laws Withhold's policies speak of allow, so that a policy can
//! never promise (or a reviewer take) longer than the law gives: a table by country.

use crate::CountryCode;
use crate::policy::Period;

/// What a law allows for answering an objection.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct StatutoryLimit {
    pub law: &'static str,
    /// The longest time to answer, from receipt.
    pub deadline: Period,
    /// The longest one extension may add; `None`: the law provides for none.
    pub extension: Option<Period>,
}

const GDPR: StatutoryLimit =
    StatutoryLimit { law: "GDPR Art. 12(3)", deadline: Period::Months(1), extension: Some(Period::Months(2)) };
const UK_GDPR: StatutoryLimit =
    StatutoryLimit { law: "UK GDPR Art. 12(3)", deadline: Period::Months(1), extension: Some(Period::Months(2)) };
const FADP: StatutoryLimit = StatutoryLimit { law: "Swiss FADP", deadline: Period::Days(30), extension: None };
const LGPD: StatutoryLimit =
    StatutoryLimit { law: "Brazil's LGPD Art. 19", deadline: Period::Days(15), extension: None };

/// The EU's 27 and the EEA's Iceland, Liechtenstein and Norway.
const GDPR_COUNTRIES: [&str; 30] = [
    "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE", "IT", "LV", "LT", "LU", "MT",
    "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE", "IS", "LI", "NO",
];

/// The limit the law of `country` sets, where the table knows one.
pub fn statutory_limit(country: CountryCode) -> Option<StatutoryLimit> {
    let code = country.as_str();
    if GDPR_COUNTRIES.contains(&code) {
        return Some(GDPR);
    }
    match code {
        "GB" => Some(UK_GDPR),
        "CH" => Some(FADP),
        "BR" => Some(LGPD),
        _ => None,
    }
}

impl Period {
    /// Whether this period is never longer than `other`, whatever the calendar (a month
    /// counted as 28 to 31 days).
    pub fn at_most(self, other: Period) -> bool {
        match (self, other) {
            (Period::Days(a), Period::Days(b)) => a <= b,
            (Period::Months(a), Period::Months(b)) => a <= b,
            (Period::Days(a), Period::Months(b)) => a <= 28 * b,
            (Period::Months(a), Period::Days(b)) => 31 * a <= b,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn limits_by_country_and_comparing_periods() {
        let de = statutory_limit(CountryCode::parse("DE").unwrap()).unwrap();
        assert_eq!(de.deadline, Period::Months(1));
        assert_eq!(de.extension, Some(Period::Months(2)));
        assert!(statutory_limit(CountryCode::parse("US").unwrap()).is_none());
        assert!(Period::Days(28).at_most(Period::Months(1)));
        assert!(!Period::Days(30).at_most(Period::Months(1)), "February has 28 days");
        assert!(!Period::Months(12).at_most(Period::Months(2)));
        assert!(Period::Months(1).at_most(Period::Days(31)));
        assert!(!Period::Months(1).at_most(Period::Days(30)));
    }
}
