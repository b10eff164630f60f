//! What a notification is about, for a person's preferences (SPEC §4.9): every
//! notification is shown in the service; each topic is also emailed unless the person
//! turned its emails off.

use std::str::FromStr;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Topic {
    /// Bookings, contracts and their variations, time and invoices.
    Work,
    /// Opportunities, questions, applications and saved-search alerts.
    Opportunities,
    /// One's profile's listing in the pool.
    Profile,
    /// Components one proposed for the capability map.
    Components,
    /// Peer groups, their meetings, agendas, actions and hosting.
    Groups,
    /// Replies to one's problems, and responses to and answers about projects.
    Posts,
}

impl Topic {
    pub const ALL: [Topic; 6] = [
        Topic::Work,
        Topic::Opportunities,
        Topic::Profile,
        Topic::Components,
        Topic::Groups,
        Topic::Posts,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Topic::Work => "work",
            Topic::Opportunities => "opportunities",
            Topic::Profile => "profile",
            Topic::Components => "components",
            Topic::Groups => "groups",
            Topic::Posts => "posts",
        }
    }

    /// The topic of catalogue message `key` (`notify-…`); anything not named is work.
    pub fn of(key: &str) -> Topic {
        let what = key.strip_prefix("notify-").unwrap_or(key);
        let first = what.split('-').next().unwrap_or_default();
        match first {
            "opportunity" | "application" => Topic::Opportunities,
            "listing" => Topic::Profile,
            "component" => Topic::Components,
            "group" | "meeting" | "agenda" | "action" | "hosting" => Topic::Groups,
            "problem" | "project" => Topic::Posts,
            _ => Topic::Work,
        }
    }
}

impl FromStr for Topic {
    type Err = &'static str;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Topic::ALL
            .into_iter()
            .find(|t| t.as_str() == s)
            .ok_or("error-notification-topic")
    }
}

/// The topics whose emails a form keeps on: those named in `chosen`, each once. An
/// unknown name is refused.
pub fn read_email_topics(chosen: &[&str]) -> Result<Vec<Topic>, &'static str> {
    let mut topics = Vec::new();
    for name in chosen {
        let topic: Topic = name.parse()?;
        if !topics.contains(&topic) {
            topics.push(topic);
        }
    }
    Ok(topics)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_notification_belongs_to_its_topic() {
        for (key, topic) in [
            ("notify-booking-requested", Topic::Work),
            ("notify-credit-note", Topic::Work),
            ("notify-time-to-approve", Topic::Work),
            ("notify-variation-proposed", Topic::Work),
            ("notify-opportunity-digest", Topic::Opportunities),
            ("notify-application-awarded", Topic::Opportunities),
            ("notify-listing-approved", Topic::Profile),
            ("notify-component-listed", Topic::Components),
            ("notify-meeting-scheduled", Topic::Groups),
            ("notify-agenda-changed", Topic::Groups),
            ("notify-action-assigned", Topic::Groups),
            ("notify-hosting-offered", Topic::Groups),
            ("notify-group-lead", Topic::Groups),
            ("notify-problem-reply", Topic::Posts),
            ("notify-project-answer", Topic::Posts),
        ] {
            assert_eq!(Topic::of(key), topic, "{key}");
        }
    }

    #[test]
    fn a_form_names_topics_once_and_only_real_ones() {
        assert_eq!(
            read_email_topics(&["groups", "work", "groups"]),
            Ok(vec![Topic::Groups, Topic::Work])
        );
        assert_eq!(read_email_topics(&[]), Ok(vec![]));
        assert_eq!(read_email_topics(&["everything"]), Err("error-notification-topic"));
        for t in Topic::ALL {
            assert_eq!(t.as_str().parse::<Topic>(), Ok(t));
        }
    }
}
