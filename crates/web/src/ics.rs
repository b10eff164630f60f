//! Meetings as iCalendar (RFC 5545): a file for one meeting, and a person's feed of the
//! meetings they registered for. Times are UTC; each event links back to its page.

use chrono::{DateTime, Utc};
use icalendar::{Calendar, Component, Event, EventLike, EventStatus};
use store::meetings::Meeting;

/// The media type of an iCalendar file.
pub const CONTENT_TYPE: &str = "text/calendar; charset=utf-8";

/// A meeting in a calendar: the person's place, if known ("waiting" makes it tentative),
/// and what the event says about it.
pub struct Entry<'m> {
    pub meeting: &'m Meeting,
    pub place: Option<&'m str>,
    pub description: String,
}

fn event(base_url: &str, entry: &Entry<'_>, now: DateTime<Utc>) -> Event {
    let m = entry.meeting;
    let host = url::Url::parse(base_url)
        .ok()
        .and_then(|u| u.host_str().map(str::to_string))
        .unwrap_or_else(|| "microcontracts".into());
    let page = format!("{base_url}/meetings/{}", m.id);
    let status = match (m.status.as_str(), entry.place) {
        ("cancelled", _) => EventStatus::Cancelled,
        (_, Some("waiting")) => EventStatus::Tentative,
        _ => EventStatus::Confirmed,
    };
    let mut event = Event::new();
    event
        .uid(&format!("meeting-{}@{host}", m.id))
        .summary(&format!("{}: {}", m.group_name, m.theme))
        .starts(m.starts_at)
        .ends(m.ends_at)
        .timestamp(now)
        .url(&page)
        .description(&format!("{}\n{page}", entry.description))
        .status(status);
    if let Some(place) = m.venue.as_deref().or(m.online_link.as_deref()) {
        event.location(place);
    }
    event.done()
}

/// An iCalendar file of these meetings.
pub fn calendar(name: &str, base_url: &str, entries: &[Entry<'_>], now: DateTime<Utc>) -> String {
    let mut calendar = Calendar::new();
    calendar.name(name);
    for entry in entries {
        calendar.push(event(base_url, entry, now));
    }
    calendar.done().to_string()
}
