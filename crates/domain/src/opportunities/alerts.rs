//! Saved searches and their alerts, and the search words lists and alerts share.

use super::*;

/// A saved search for opportunities, as the alert job matches it.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Alert {
    pub words: Vec<String>,
    pub kind: Option<Kind>,
    pub role_id: Option<i64>,
    pub lgsl_id: Option<i64>,
    pub region: Option<String>,
}

/// What an alert needs to know of a published opportunity.
#[derive(Debug, Clone, Default)]
pub struct AlertSubject<'a> {
    pub text: &'a str,
    pub kind: Option<Kind>,
    pub role_id: Option<i64>,
    pub lgsl_id: Option<i64>,
    pub region: Option<&'a str>,
    pub remote: bool,
}

/// An opportunity matches an alert when every filter the alert sets matches: each word
/// appears in its text (any case), and a region matches either that region or remote work.
pub fn alert_matches(alert: &Alert, o: &AlertSubject<'_>) -> bool {
    let text = o.text.to_lowercase();
    alert.words.iter().all(|w| text.contains(&w.to_lowercase()))
        && alert.kind.is_none_or(|k| o.kind == Some(k))
        && alert.role_id.is_none_or(|r| o.role_id == Some(r))
        && alert.lgsl_id.is_none_or(|s| o.lgsl_id == Some(s))
        && alert.region.as_deref().is_none_or(|r| o.remote || o.region == Some(r))
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum AlertFrequency {
    Immediate,
    Daily,
    Off,
}

string_enum!(AlertFrequency, "error-alert-frequency", {
    AlertFrequency::Immediate => "immediate",
    AlertFrequency::Daily => "daily",
    AlertFrequency::Off => "off",
});

/// Splits the words of a search box into lower-case words (at most 10, each at most 50
/// characters), so that lists and alerts search the same way.
pub fn search_words(input: &str) -> Vec<String> {
    input
        .split_whitespace()
        .map(|w| {
            w.chars()
                .filter(|c| c.is_alphanumeric() || *c == '-')
                .collect::<String>()
        })
        .filter(|w| !w.is_empty())
        .map(|w| w.chars().take(50).collect::<String>().to_lowercase())
        .take(10)
        .collect()
}
