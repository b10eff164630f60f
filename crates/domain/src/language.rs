//! The languages the service speaks, English and Welsh, and how a request's language is
//! chosen from what the browser asks for (RFC 9110 `Accept-Language`, RFC 4647 matching
//! on the primary subtag).

use serde::Serialize;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    #[default]
    En,
    Cy,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::En, Lang::Cy];

    /// The language's tag, as `lang` attributes and the catalogue name it.
    pub fn as_str(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Cy => "cy",
        }
    }

    /// A language tag such as `cy`, `cy-GB` or `EN`; None for a language not spoken here.
    pub fn parse(tag: &str) -> Option<Lang> {
        let primary = tag.trim().split(['-', '_']).next().unwrap_or_default();
        match primary.to_ascii_lowercase().as_str() {
            "en" => Some(Lang::En),
            "cy" => Some(Lang::Cy),
            _ => None,
        }
    }

    /// The language a browser prefers among those spoken here, by `Accept-Language`'s
    /// quality values (the first listed wins a tie); None when it names neither.
    pub fn from_accept_language(header: &str) -> Option<Lang> {
        let mut best: Option<(Lang, u16)> = None;
        for item in header.split(',') {
            let mut parts = item.split(';');
            let tag = parts.next().unwrap_or_default();
            let quality = parts
                .find_map(|p| p.trim().strip_prefix("q=").map(quality))
                .unwrap_or(1000);
            let Some(lang) = Lang::parse(tag) else {
                continue;
            };
            if quality > 0 && best.is_none_or(|(_, q)| quality > q) {
                best = Some((lang, quality));
            }
        }
        best.map(|(lang, _)| lang)
    }
}

/// How the council list names Wales, whose councils write in Welsh and English.
pub const WALES: &str = "Wales";

/// Whether a council of `nation` is in Wales.
pub fn in_wales(nation: &str) -> bool {
    nation == WALES
}

/// The languages of what the service emails a person, in order: the one they chose; else,
/// for people of a Welsh council, Welsh then English in one email (as Welsh councils send
/// them, under the Welsh Language Standards); else English.
pub fn email_languages(chosen: Option<Lang>, of_welsh_council: bool) -> &'static [Lang] {
    match (chosen, of_welsh_council) {
        (Some(Lang::Cy), _) => &[Lang::Cy],
        (Some(Lang::En), _) => &[Lang::En],
        (None, true) => &[Lang::Cy, Lang::En],
        (None, false) => &[Lang::En],
    }
}

/// A quality value in thousandths (`0.8` is 800); an unreadable one counts as 0.
fn quality(text: &str) -> u16 {
    let value: f32 = text.trim().parse().unwrap_or(0.0);
    if (0.0..=1.0).contains(&value) {
        (value * 1000.0).round() as u16
    } else {
        0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags_match_on_their_primary_language() {
        assert_eq!(Lang::parse("cy"), Some(Lang::Cy));
        assert_eq!(Lang::parse("CY-gb"), Some(Lang::Cy));
        assert_eq!(Lang::parse("en_GB"), Some(Lang::En));
        assert_eq!(Lang::parse("fr"), None);
        assert_eq!(Lang::parse(""), None);
    }

    #[test]
    fn people_of_welsh_councils_get_welsh_first_unless_they_chose() {
        assert_eq!(email_languages(None, true), [Lang::Cy, Lang::En]);
        assert_eq!(email_languages(None, false), [Lang::En]);
        assert_eq!(email_languages(Some(Lang::En), true), [Lang::En]);
        assert_eq!(email_languages(Some(Lang::Cy), false), [Lang::Cy]);
    }

    #[test]
    fn the_browser_s_preference_is_followed() {
        assert_eq!(Lang::from_accept_language("cy-GB,cy;q=0.9,en;q=0.8"), Some(Lang::Cy));
        assert_eq!(Lang::from_accept_language("en-GB,en;q=0.9,cy;q=0.8"), Some(Lang::En));
        assert_eq!(Lang::from_accept_language("fr-FR, cy;q=0.5, en;q=0.4"), Some(Lang::Cy));
        assert_eq!(Lang::from_accept_language("en;q=0.5, cy;q=0.7"), Some(Lang::Cy));
        // A tie goes to the first listed; q=0 means "not this one".
        assert_eq!(Lang::from_accept_language("cy, en"), Some(Lang::Cy));
        assert_eq!(Lang::from_accept_language("cy;q=0, en;q=0.1"), Some(Lang::En));
        assert_eq!(Lang::from_accept_language("de, fr"), None);
        assert_eq!(Lang::from_accept_language(""), None);
        assert_eq!(Lang::from_accept_language("cy;q=banana"), None);
    }
}
