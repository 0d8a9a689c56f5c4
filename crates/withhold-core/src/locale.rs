//! The languages Withhold speaks, and choosing one from what a browser asks for.

use std::fmt;
use std::str::FromStr;

/// A language every page and email is complete in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Locale {
    #[default]
    En,
    De,
    Fr,
    Es,
    It,
    Pl,
}

/// A language tag that is not one of ours.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("not a language we speak")]
pub struct UnknownLocale;

impl Locale {
    pub const ALL: [Locale; 6] = [Locale::En, Locale::De, Locale::Fr, Locale::Es, Locale::It, Locale::Pl];

    /// The BCP 47 tag, as in `lang` attributes and the `?lang=` parameter.
    pub fn tag(self) -> &'static str {
        match self {
            Locale::En => "en",
            Locale::De => "de",
            Locale::Fr => "fr",
            Locale::Es => "es",
            Locale::It => "it",
            Locale::Pl => "pl",
        }
    }

    /// The language's own name for itself, for the language switcher.
    pub fn native_name(self) -> &'static str {
        match self {
            Locale::En => "English",
            Locale::De => "Deutsch",
            Locale::Fr => "Français",
            Locale::Es => "Español",
            Locale::It => "Italiano",
            Locale::Pl => "Polski",
        }
    }

    /// The language a country's residents most likely read, if it is one of ours: a notice
    /// link names no language when the account's country tells us nothing.
    pub fn for_country(country: &str) -> Option<Locale> {
        Some(match country {
            "DE" | "AT" | "LI" => Locale::De,
            "FR" | "MC" | "LU" => Locale::Fr,
            "ES" | "MX" | "AR" | "CO" | "CL" | "PE" => Locale::Es,
            "IT" | "SM" | "VA" => Locale::It,
            "PL" => Locale::Pl,
            "GB" | "IE" | "US" | "CA" | "AU" | "NZ" | "MT" => Locale::En,
            _ => return None,
        })
    }

    /// The best of ours for an `Accept-Language` header: the highest-weighted range we speak
    /// (a region such as `de-AT` matches its language), or `None`.
    pub fn from_accept_language(header: &str) -> Option<Locale> {
        let mut best: Option<(u16, Locale)> = None;
        for item in header.split(',').take(32) {
            let mut parts = item.trim().split(';');
            let range = parts.next().unwrap_or("").trim();
            let weight = parts
                .find_map(|p| p.trim().strip_prefix("q=").map(str::trim))
                .map_or(Some(1000), parse_weight)
                .unwrap_or(0);
            if weight == 0 {
                continue;
            }
            let language = range.split(['-', '_']).next().unwrap_or("");
            let Ok(locale) = language.parse::<Locale>() else { continue };
            // Equal weights keep the header's order: only a higher weight replaces.
            if best.is_none_or(|(w, _)| weight > w) {
                best = Some((weight, locale));
            }
        }
        best.map(|(_, locale)| locale)
    }
}

/// A `q` value as thousandths; `None` when it is not one.
fn parse_weight(text: &str) -> Option<u16> {
    let value: f32 = text.parse().ok()?;
    if !(0.0..=1.0).contains(&value) {
        return None;
    }
    Some((value * 1000.0).round() as u16)
}

impl FromStr for Locale {
    type Err = UnknownLocale;
    fn from_str(text: &str) -> Result<Self, Self::Err> {
        let language = text.trim().split(['-', '_']).next().unwrap_or("");
        Locale::ALL.into_iter().find(|l| l.tag().eq_ignore_ascii_case(language)).ok_or(UnknownLocale)
    }
}

impl fmt::Display for Locale {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.tag())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accept_language_picks_the_highest_weighted_language_we_speak() {
        assert_eq!(Locale::from_accept_language("de-AT,de;q=0.9,en;q=0.8"), Some(Locale::De));
        assert_eq!(Locale::from_accept_language("ja, pl;q=0.5, fr;q=0.7"), Some(Locale::Fr));
        assert_eq!(Locale::from_accept_language("en;q=0.2, it"), Some(Locale::It));
        assert_eq!(Locale::from_accept_language("ja, zh-CN"), None);
        assert_eq!(Locale::from_accept_language("fr;q=0, es;q=0.1"), Some(Locale::Es));
        assert_eq!(Locale::from_accept_language(""), None);
        assert_eq!(Locale::from_accept_language("*;q=0.5, de;q=nonsense"), None);
    }

    #[test]
    fn tags_round_trip() {
        for locale in Locale::ALL {
            assert_eq!(locale.tag().parse::<Locale>(), Ok(locale));
        }
        assert_eq!("PL-pl".parse::<Locale>(), Ok(Locale::Pl));
        assert!("xx".parse::<Locale>().is_err());
    }
}
