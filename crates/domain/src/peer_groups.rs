//! Peer groups (SPEC §4.8): regional groups of councils whose digital teams meet. The rules
//! for a group's details and address, how a council comes to belong to one, and how its
//! webhook (a secret) is shown.

use crate::errors::ValidationErrors;
use crate::text::{is_web_address, multi_line, optional_single_line, single_line, with_keys};
use std::str::FromStr;

const NAME_MAX: usize = 120;
const REGION_MAX: usize = 80;
const DESCRIPTION_MAX: usize = 2000;
const LINK_MAX: usize = 500;

/// A group's details as typed on its form.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct GroupInput {
    pub name: String,
    pub region: String,
    pub description: String,
    pub chat_link: String,
    /// A new webhook address; left empty, the one held is kept.
    pub webhook_url: String,
    /// Take the webhook off the group.
    pub remove_webhook: bool,
}

/// What to do with a group's webhook when its details are saved.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum WebhookChange {
    Keep,
    Set(String),
    Remove,
}

/// A group's details, checked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GroupDetails {
    pub name: String,
    pub region: String,
    pub description: String,
    pub chat_link: Option<String>,
    pub webhook: WebhookChange,
}

/// Whether a webhook address may be kept: https, or http to this machine (a relay that
/// forwards it, or a receiver in tests) — never a secret sent in clear over a network.
pub fn is_webhook_address(link: &str) -> bool {
    let Ok(url) = url::Url::parse(link) else {
        return false;
    };
    let local = matches!(url.host_str(), Some("localhost" | "127.0.0.1" | "[::1]"));
    is_web_address(link) && (url.scheme() == "https" || local)
}

/// Checks a group's details, every mistake at once.
pub fn read_group(input: &GroupInput) -> Result<GroupDetails, ValidationErrors> {
    let mut errors = ValidationErrors::default();
    let name = errors.check(
        "name",
        with_keys(
            single_line(&input.name, NAME_MAX),
            "error-group-name",
            "error-group-name-too-long",
        ),
    );
    let region = errors.check(
        "region",
        with_keys(
            single_line(&input.region, REGION_MAX),
            "error-group-region",
            "error-group-region-too-long",
        ),
    );
    let description = if input.description.trim().is_empty() {
        Some(String::new())
    } else {
        errors.check(
            "description",
            with_keys(
                multi_line(&input.description, DESCRIPTION_MAX),
                "error-group-description",
                "error-group-description-too-long",
            ),
        )
    };
    let chat_link = errors
        .check("chat_link", optional_single_line(&input.chat_link, LINK_MAX))
        .flatten();
    if chat_link.as_deref().is_some_and(|l| !is_web_address(l)) {
        errors.push("chat_link", "error-group-chat-link");
    }
    let typed = input.webhook_url.trim();
    let webhook = if input.remove_webhook {
        WebhookChange::Remove
    } else if typed.is_empty() {
        WebhookChange::Keep
    } else if typed.chars().count() > LINK_MAX || !is_webhook_address(typed) {
        errors.push("webhook_url", "error-group-webhook");
        WebhookChange::Keep
    } else {
        WebhookChange::Set(typed.to_string())
    };
    errors.into_result()?;
    match (name, region, description) {
        (Some(name), Some(region), Some(description)) => Ok(GroupDetails {
            name,
            region,
            description,
            chat_link,
            webhook,
        }),
        _ => Err(ValidationErrors::single("name", "error-group-name")),
    }
}

/// A letter with its accent taken off, for addresses: Welsh and other Latin letters
/// ("ŵ" → "w"); anything else as it is.
fn unaccented(c: char) -> char {
    match c {
        'à' | 'á' | 'â' | 'ä' | 'ã' | 'å' => 'a',
        'è' | 'é' | 'ê' | 'ë' => 'e',
        'ì' | 'í' | 'î' | 'ï' => 'i',
        'ò' | 'ó' | 'ô' | 'ö' | 'õ' => 'o',
        'ù' | 'ú' | 'û' | 'ü' => 'u',
        'ŵ' => 'w',
        'ŷ' | 'ÿ' | 'ý' => 'y',
        'ç' => 'c',
        'ñ' => 'n',
        other => other,
    }
}

/// A group's address from its name: lower-case letters and digits joined by hyphens
/// ("South East Digital (LocalGov)" → "south-east-digital-localgov", "Grŵp y De" →
/// "grwp-y-de").
pub fn slug(name: &str) -> String {
    let folded: String = name.to_lowercase().chars().map(unaccented).collect();
    let mut slug = String::new();
    for word in folded
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
    {
        if !slug.is_empty() {
            slug.push('-');
        }
        slug.push_str(word);
    }
    if slug.is_empty() {
        "group".to_string()
    } else {
        slug
    }
}

/// A webhook address as it may be shown back: the host and the last four characters, so
/// that a lead can tell which one is set without anyone reading the secret.
pub fn masked_webhook(url: &str) -> String {
    let host = url::Url::parse(url)
        .ok()
        .and_then(|u| u.host_str().map(str::to_string))
        .unwrap_or_default();
    let chars: Vec<char> = url.chars().collect();
    let tail: String = chars[chars.len().saturating_sub(4)..].iter().collect();
    format!("{host}/…{tail}")
}

/// How a council stands in a group: invited by a lead, or a member once its admin accepted.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CouncilStanding {
    Invited,
    Member,
}

impl CouncilStanding {
    pub fn as_str(self) -> &'static str {
        match self {
            CouncilStanding::Invited => "invited",
            CouncilStanding::Member => "member",
        }
    }
}

impl FromStr for CouncilStanding {
    type Err = ();
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s {
            "invited" => Ok(CouncilStanding::Invited),
            "member" => Ok(CouncilStanding::Member),
            _ => Err(()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn south() -> GroupInput {
        GroupInput {
            name: " South Digital Peer Group ".into(),
            region: "South East and South West".into(),
            description: "Council digital teams in the south of England.\nWe meet every quarter.".into(),
            chat_link: "https://ukgovernmentdigital.slack.com/archives/C0123".into(),
            webhook_url: "https://hooks.slack.com/services/T000/B000/XXXXsecret".into(),
            remove_webhook: false,
        }
    }

    #[test]
    fn reads_a_group_trimmed() {
        let group = read_group(&south()).unwrap();
        assert_eq!(group.name, "South Digital Peer Group");
        assert_eq!(
            group.webhook,
            WebhookChange::Set("https://hooks.slack.com/services/T000/B000/XXXXsecret".into())
        );
        assert!(group.description.contains('\n'));
    }

    #[test]
    fn an_empty_webhook_keeps_the_one_held_and_removal_wins() {
        let keep = GroupInput {
            webhook_url: "  ".into(),
            ..south()
        };
        assert_eq!(read_group(&keep).unwrap().webhook, WebhookChange::Keep);
        let remove = GroupInput {
            remove_webhook: true,
            ..south()
        };
        assert_eq!(read_group(&remove).unwrap().webhook, WebhookChange::Remove);
    }

    #[test]
    fn every_mistake_is_named() {
        let bad = GroupInput {
            name: String::new(),
            region: "r".repeat(81),
            description: "a\u{1b}b".into(),
            chat_link: "slack channel #south".into(),
            webhook_url: "http://hooks.slack.com/services/T000".into(),
            remove_webhook: false,
        };
        let errors = read_group(&bad).unwrap_err();
        let fields: Vec<&str> = errors.0.iter().map(|e| e.field.as_str()).collect();
        assert_eq!(fields, ["name", "region", "description", "chat_link", "webhook_url"]);
    }

    #[test]
    fn webhooks_are_https_or_stay_on_this_machine() {
        assert!(is_webhook_address("https://hooks.slack.com/services/T/B/x"));
        assert!(is_webhook_address("http://127.0.0.1:4000/hook"));
        assert!(is_webhook_address("http://localhost/hook"));
        assert!(!is_webhook_address("http://hooks.example.org/hook"));
        assert!(!is_webhook_address("hooks.slack.com/services"));
    }

    #[test]
    fn slugs_are_lower_case_words_joined_by_hyphens() {
        assert_eq!(slug("South East Digital (LocalGov)"), "south-east-digital-localgov");
        assert_eq!(slug("  Cymru  Digital  "), "cymru-digital");
        assert_eq!(slug("Grŵp y De"), "grwp-y-de");
        assert_eq!(slug("Gogledd Cymru Ddigidol – Llŷn"), "gogledd-cymru-ddigidol-llyn");
        assert_eq!(slug("—"), "group");
    }

    #[test]
    fn a_masked_webhook_shows_its_host_and_last_four_characters_only() {
        let url = "https://hooks.slack.com/services/T000/B000/abcdWXYZ";
        let shown = masked_webhook(url);
        assert_eq!(shown, "hooks.slack.com/…WXYZ");
        assert!(!shown.contains("abcd") && !shown.contains("T000"));
        assert_eq!(masked_webhook("x"), "/…x");
    }
}
