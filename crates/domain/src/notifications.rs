//! What a notification is about, and how a person wants each kind emailed (SPEC §4.9):
//! every notification is shown in the service; each kind is also emailed at once, in a
//! daily digest, or not at all, as the person chose (at once unless they chose otherwise).

use chrono::{DateTime, Days, NaiveTime, Utc};
use std::str::FromStr;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Topic {
    /// Something waiting for the person to approve, accept or answer: a booking request,
    /// a variation, an application, time, a listing, a contract.
    Approvals,
    /// Bookings, contracts and their variations.
    Bookings,
    /// Opportunities one may apply for or applied for, and their outcomes.
    Applications,
    /// Questions about opportunities, and their answers.
    Questions,
    /// Time recorded, approved or queried.
    Time,
    /// Invoices and credit notes.
    Invoices,
    /// Peer groups, their meetings, agendas, actions and hosting.
    Groups,
    /// One's profile's listing in the pool.
    Profile,
    /// Components one proposed for the capability map.
    Components,
    /// Replies to one's problems, responses to and answers about projects, and a
    /// moderator hiding something one posted.
    Posts,
}

impl Topic {
    pub const ALL: [Topic; 10] = [
        Topic::Approvals,
        Topic::Bookings,
        Topic::Applications,
        Topic::Questions,
        Topic::Time,
        Topic::Invoices,
        Topic::Groups,
        Topic::Profile,
        Topic::Components,
        Topic::Posts,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Topic::Approvals => "approvals",
            Topic::Bookings => "bookings",
            Topic::Applications => "applications",
            Topic::Questions => "questions",
            Topic::Time => "time",
            Topic::Invoices => "invoices",
            Topic::Groups => "groups",
            Topic::Profile => "profile",
            Topic::Components => "components",
            Topic::Posts => "posts",
        }
    }

    /// The topic of catalogue message `key` (`notify-…`); anything not named is a booking.
    pub fn of(key: &str) -> Topic {
        let what = key.strip_prefix("notify-").unwrap_or(key);
        let waiting = ["listing-requested", "booking-requested", "variation-proposed"];
        if what.contains("-to-approve") || what.contains("-to-accept") || waiting.contains(&what) {
            return Topic::Approvals;
        }
        let first = what.split('-').next().unwrap_or_default();
        match first {
            "opportunity" if what == "opportunity-question" || what == "opportunity-answered" => Topic::Questions,
            "opportunity" | "application" => Topic::Applications,
            "time" => Topic::Time,
            "invoice" | "credit" => Topic::Invoices,
            "listing" => Topic::Profile,
            "component" => Topic::Components,
            "group" | "meeting" | "agenda" | "action" | "hosting" => Topic::Groups,
            "problem" | "project" | "moderation" => Topic::Posts,
            _ => Topic::Bookings,
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

/// How a kind of notification reaches a person's inbox.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Delivery {
    /// An email for each notification, as it happens.
    Immediately,
    /// One email a day listing the day's notifications of every kind so chosen.
    Daily,
    /// No email: the notification is shown in the service only.
    Off,
}

impl Delivery {
    pub const ALL: [Delivery; 3] = [Delivery::Immediately, Delivery::Daily, Delivery::Off];

    pub fn as_str(self) -> &'static str {
        match self {
            Delivery::Immediately => "immediately",
            Delivery::Daily => "daily",
            Delivery::Off => "off",
        }
    }
}

impl FromStr for Delivery {
    type Err = &'static str;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Delivery::ALL
            .into_iter()
            .find(|d| d.as_str() == s)
            .ok_or("error-notification-delivery")
    }
}

/// A form's choices, one per kind (`(topic, delivery)` pairs): every kind must be given
/// exactly once with a known delivery.
pub fn read_choices(pairs: &[(&str, &str)]) -> Result<Vec<(Topic, Delivery)>, &'static str> {
    let mut choices: Vec<(Topic, Delivery)> = Vec::new();
    for (topic, delivery) in pairs {
        let topic: Topic = topic.parse()?;
        let delivery: Delivery = delivery.parse()?;
        if choices.iter().any(|(t, _)| *t == topic) {
            return Err("error-notification-topic");
        }
        choices.push((topic, delivery));
    }
    if choices.len() != Topic::ALL.len() {
        return Err("error-notification-delivery");
    }
    choices.sort_by_key(|(t, _)| *t);
    Ok(choices)
}

/// What a one-click unsubscribe link turns off: one kind's emails, or the daily digest
/// (every kind sent in it).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UnsubscribeScope {
    Digest,
    Kind(Topic),
}

impl UnsubscribeScope {
    pub fn as_str(self) -> &'static str {
        match self {
            UnsubscribeScope::Digest => "digest",
            UnsubscribeScope::Kind(t) => t.as_str(),
        }
    }
}

impl FromStr for UnsubscribeScope {
    type Err = &'static str;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s {
            "digest" => Ok(UnsubscribeScope::Digest),
            other => other.parse().map(UnsubscribeScope::Kind),
        }
    }
}

/// Whether catalogue message `key` is an alert (of new opportunities matching a saved
/// search): such emails carry a one-click unsubscribe link.
pub fn is_alert(key: &str) -> bool {
    matches!(key, "notify-opportunity-alert" | "notify-opportunity-digest")
}

/// How long a digest's or an alert's one-click unsubscribe link works.
pub const UNSUBSCRIBE_LINKS_LAST: chrono::Duration = chrono::Duration::days(90);

/// The London time of day at which daily digests go out.
pub const DIGEST_TIME: NaiveTime = match NaiveTime::from_hms_opt(7, 0, 0) {
    Some(t) => t,
    None => panic!("a valid time"),
};

/// The latest digest time at or before `now`: notifications waiting for a digest from
/// before it are due now; later ones wait for the next day's.
pub fn digest_cutoff(now: DateTime<Utc>) -> Option<DateTime<Utc>> {
    let today = now.with_timezone(&chrono_tz::Europe::London).date_naive();
    let at_today = crate::dates::london_instant(today, DIGEST_TIME)?;
    if at_today <= now {
        Some(at_today)
    } else {
        crate::dates::london_instant(today.checked_sub_days(Days::new(1))?, DIGEST_TIME)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    use chrono::TimeZone;

    #[test]
    fn each_notification_belongs_to_its_kind() {
        for (key, topic) in [
            ("notify-booking-requested", Topic::Approvals),
            ("notify-booking-accepted", Topic::Bookings),
            ("notify-booking-to-approve", Topic::Approvals),
            ("notify-contract-to-accept", Topic::Approvals),
            ("notify-contract-to-accept-supplier", Topic::Approvals),
            ("notify-listing-requested", Topic::Approvals),
            ("notify-application-to-approve", Topic::Approvals),
            ("notify-time-to-approve", Topic::Approvals),
            ("notify-time-queried", Topic::Time),
            ("notify-credit-note", Topic::Invoices),
            ("notify-invoice-overdue", Topic::Invoices),
            ("notify-variation-proposed", Topic::Approvals),
            ("notify-variation-accepted", Topic::Bookings),
            ("notify-contract-active", Topic::Bookings),
            ("notify-opportunity-digest", Topic::Applications),
            ("notify-application-awarded", Topic::Applications),
            ("notify-opportunity-question", Topic::Questions),
            ("notify-opportunity-answered", Topic::Questions),
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
    fn a_form_gives_each_kind_once_with_a_known_delivery() {
        let all: Vec<(&str, &str)> = Topic::ALL.iter().map(|t| (t.as_str(), "daily")).collect();
        let read = read_choices(&all).unwrap_or_default();
        assert_eq!(read.len(), Topic::ALL.len());
        assert!(read.iter().all(|(_, d)| *d == Delivery::Daily));
        assert_eq!(read_choices(&all[1..]), Err("error-notification-delivery"));
        let mut twice = all.clone();
        twice[1] = all[0];
        assert_eq!(read_choices(&twice), Err("error-notification-topic"));
        let mut unknown = all.clone();
        unknown[0] = ("everything", "daily");
        assert_eq!(read_choices(&unknown), Err("error-notification-topic"));
        unknown[0] = ("approvals", "hourly");
        assert_eq!(read_choices(&unknown), Err("error-notification-delivery"));
        for t in Topic::ALL {
            assert_eq!(t.as_str().parse::<Topic>(), Ok(t));
        }
        for d in Delivery::ALL {
            assert_eq!(d.as_str().parse::<Delivery>(), Ok(d));
        }
        for scope in [UnsubscribeScope::Digest, UnsubscribeScope::Kind(Topic::Applications)] {
            assert_eq!(scope.as_str().parse::<UnsubscribeScope>(), Ok(scope));
        }
        assert!("everything".parse::<UnsubscribeScope>().is_err());
    }

    #[test]
    fn digests_are_due_from_seven_in_the_morning_london_time() {
        // Winter: London is UTC.
        let before = Utc.with_ymd_and_hms(2027, 1, 12, 6, 59, 0).single();
        let after = Utc.with_ymd_and_hms(2027, 1, 12, 7, 0, 0).single();
        assert_eq!(
            before.and_then(digest_cutoff),
            Utc.with_ymd_and_hms(2027, 1, 11, 7, 0, 0).single()
        );
        assert_eq!(after.and_then(digest_cutoff), after);
        // Summer: 07:00 in London is 06:00 UTC.
        let summer = Utc.with_ymd_and_hms(2027, 7, 12, 6, 30, 0).single();
        assert_eq!(
            summer.and_then(digest_cutoff),
            Utc.with_ymd_and_hms(2027, 7, 12, 6, 0, 0).single()
        );
    }
}
