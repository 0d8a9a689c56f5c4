//! The languages Withhold speaks, and choosing one from what a browser asks for.

use std::fmt;
use std::str::FromStr;

/// A language every page and email is complete in: the 24 official languages of the EU, the
/// EEA's Norwegian (Bokmål) and Icelandic, and Brazilian beside European Portuguese.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Locale {
    Bg,
    Cs,
    Da,
    De,
    El,
    #[default]
    En,
    Es,
    Et,
    Fi,
    Fr,
    Ga,
    Hr,
    Hu,
    Is,
    It,
    Lt,
    Lv,
    Mt,
    Nb,
    Nl,
    Pl,
    PtBr,
    PtPt,
    Ro,
    Sk,
    Sl,
    Sv,
}

/// A language tag that is not one of ours.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("not a language we speak")]
pub struct UnknownLocale;

impl Locale {
    /// Every language, ordered by tag (as the switcher lists them).
    pub const ALL: [Locale; 27] = [
        Locale::Bg,
        Locale::Cs,
        Locale::Da,
        Locale::De,
        Locale::El,
        Locale::En,
        Locale::Es,
        Locale::Et,
        Locale::Fi,
        Locale::Fr,
        Locale::Ga,
        Locale::Hr,
        Locale::Hu,
        Locale::Is,
        Locale::It,
        Locale::Lt,
        Locale::Lv,
        Locale::Mt,
        Locale::Nb,
        Locale::Nl,
        Locale::Pl,
        Locale::PtBr,
        Locale::PtPt,
        Locale::Ro,
        Locale::Sk,
        Locale::Sl,
        Locale::Sv,
    ];

    /// The BCP 47 tag, as in `lang` attributes and the `?lang=` parameter.
    pub fn tag(self) -> &'static str {
        match self {
            Locale::Bg => "bg",
            Locale::Cs => "cs",
            Locale::Da => "da",
            Locale::De => "de",
            Locale::El => "el",
            Locale::En => "en",
            Locale::Es => "es",
            Locale::Et => "et",
            Locale::Fi => "fi",
            Locale::Fr => "fr",
            Locale::Ga => "ga",
            Locale::Hr => "hr",
            Locale::Hu => "hu",
            Locale::Is => "is",
            Locale::It => "it",
            Locale::Lt => "lt",
            Locale::Lv => "lv",
            Locale::Mt => "mt",
            Locale::Nb => "nb",
            Locale::Nl => "nl",
            Locale::Pl => "pl",
            Locale::PtBr => "pt-BR",
            Locale::PtPt => "pt-PT",
            Locale::Ro => "ro",
            Locale::Sk => "sk",
            Locale::Sl => "sl",
            Locale::Sv => "sv",
        }
    }

    /// The language's own name for itself, for the language switcher.
    pub fn native_name(self) -> &'static str {
        match self {
            Locale::Bg => "Български",
            Locale::Cs => "Čeština",
            Locale::Da => "Dansk",
            Locale::De => "Deutsch",
            Locale::El => "Ελληνικά",
            Locale::En => "English",
            Locale::Es => "Español",
            Locale::Et => "Eesti",
            Locale::Fi => "Suomi",
            Locale::Fr => "Français",
            Locale::Ga => "Gaeilge",
            Locale::Hr => "Hrvatski",
            Locale::Hu => "Magyar",
            Locale::Is => "Íslenska",
            Locale::It => "Italiano",
            Locale::Lt => "Lietuvių",
            Locale::Lv => "Latviešu",
            Locale::Mt => "Malti",
            Locale::Nb => "Norsk bokmål",
            Locale::Nl => "Nederlands",
            Locale::Pl => "Polski",
            Locale::PtBr => "Português (Brasil)",
            Locale::PtPt => "Português (Portugal)",
            Locale::Ro => "Română",
            Locale::Sk => "Slovenčina",
            Locale::Sl => "Slovenščina",
            Locale::Sv => "Svenska",
        }
    }

    /// The language a country's residents most likely read, if the country has one main
    /// language of ours. Countries with several (Belgium, Switzerland, Finland, Ireland,
    /// Luxembourg, Malta, Cyprus) have none here: an account's own language decides there, else
    /// English.
    pub fn for_country(country: &str) -> Option<Locale> {
        Some(match country {
            "DE" | "AT" | "LI" => Locale::De,
            "FR" | "MC" => Locale::Fr,
            "ES" | "MX" | "AR" | "CO" | "CL" | "PE" | "VE" | "EC" | "GT" | "CU" | "BO" | "DO" | "HN" | "PY" | "SV"
            | "NI" | "CR" | "PA" | "UY" => Locale::Es,
            "IT" | "SM" | "VA" => Locale::It,
            "PL" => Locale::Pl,
            "BG" => Locale::Bg,
            "CZ" => Locale::Cs,
            "DK" => Locale::Da,
            "GR" => Locale::El,
            "EE" => Locale::Et,
            "HR" => Locale::Hr,
            "HU" => Locale::Hu,
            "IS" => Locale::Is,
            "LT" => Locale::Lt,
            "LV" => Locale::Lv,
            "NO" => Locale::Nb,
            "NL" => Locale::Nl,
            "BR" => Locale::PtBr,
            "PT" | "AO" | "MZ" => Locale::PtPt,
            "RO" | "MD" => Locale::Ro,
            "SK" => Locale::Sk,
            "SI" => Locale::Sl,
            "SE" => Locale::Sv,
            "GB" | "US" | "CA" | "AU" | "NZ" => Locale::En,
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
            let Ok(locale) = range.parse::<Locale>() else { continue };
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
    /// A tag, or a regional tag mapped sensibly: `pt-BR` is Brazilian and any other `pt` is
    /// European Portuguese; Norwegian `no` and Nynorsk `nn` are read in Bokmål; `de-AT` is German.
    fn from_str(text: &str) -> Result<Self, Self::Err> {
        let text = text.trim().replace('_', "-");
        if let Some(exact) = Locale::ALL.into_iter().find(|l| l.tag().eq_ignore_ascii_case(&text)) {
            return Ok(exact);
        }
        let mut parts = text.split('-');
        let language = parts.next().unwrap_or("").to_ascii_lowercase();
        let region = parts.find(|p| p.len() == 2).map(str::to_ascii_uppercase);
        match (language.as_str(), region.as_deref()) {
            ("pt", Some("BR")) => Ok(Locale::PtBr),
            ("pt", _) => Ok(Locale::PtPt),
            ("no" | "nn" | "nb", _) => Ok(Locale::Nb),
            (language, _) => {
                Locale::ALL.into_iter().find(|l| l.tag().eq_ignore_ascii_case(language)).ok_or(UnknownLocale)
            }
        }
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
        assert_eq!("pt-BR".parse::<Locale>(), Ok(Locale::PtBr));
        assert_eq!("pt_br".parse::<Locale>(), Ok(Locale::PtBr));
        assert_eq!("pt".parse::<Locale>(), Ok(Locale::PtPt));
        assert_eq!("pt-AO".parse::<Locale>(), Ok(Locale::PtPt));
        assert_eq!("nn".parse::<Locale>(), Ok(Locale::Nb));
        assert_eq!("no".parse::<Locale>(), Ok(Locale::Nb));
        assert_eq!("ga-IE".parse::<Locale>(), Ok(Locale::Ga));
        assert_eq!(Locale::from_accept_language("pt-BR,pt;q=0.9"), Some(Locale::PtBr));
        assert_eq!(Locale::from_accept_language("nn-NO"), Some(Locale::Nb));
        assert_eq!(Locale::ALL.len(), 27);
    }
}
