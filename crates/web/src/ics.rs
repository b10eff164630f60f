//! Meetings and booked work as iCalendar (RFC 5545): a file for one meeting or contract,
//! and a person's feed. Meetings' times are UTC; work is in whole days (London dates).
//! Each event links back to its page.

use chrono::{DateTime, NaiveDate, Utc};
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

/// Days of booked work in a calendar: a contract's period or one booked week.
pub struct Span {
    /// Unique within the service (`contract-7`, `contract-7-week-2026-12-07`).
    pub key: String,
    pub summary: String,
    pub description: String,
    /// The page it links to, from the service's root (`/contracts/7`).
    pub path: String,
    pub first: NaiveDate,
    /// The last day, included.
    pub last: NaiveDate,
    pub status: EventStatus,
}

/// The service's host, which makes each event's UID unique across calendars.
fn host_of(base_url: &str) -> String {
    url::Url::parse(base_url)
        .ok()
        .and_then(|u| u.host_str().map(str::to_string))
        .unwrap_or_else(|| "microcontracts".into())
}

fn all_day(host: &str, base_url: &str, span: &Span, now: DateTime<Utc>) -> Event {
    let page = format!("{base_url}{}", span.path);
    Event::new()
        .uid(&format!("{}@{host}", span.key))
        .summary(&span.summary)
        .starts(span.first)
        // An all-day event's end is the day after its last (RFC 5545 §3.6.1).
        .ends(span.last.succ_opt().unwrap_or(span.last))
        .timestamp(now)
        .url(&page)
        .description(&format!("{}\n{page}", span.description))
        .status(span.status)
        .done()
}

fn event(base_url: &str, entry: &Entry<'_>, now: DateTime<Utc>) -> Event {
    let m = entry.meeting;
    let host = host_of(base_url);
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

/// An iCalendar file of these meetings and days of work.
pub fn calendar(name: &str, base_url: &str, entries: &[Entry<'_>], spans: &[Span], now: DateTime<Utc>) -> String {
    let mut calendar = Calendar::new();
    calendar.name(name);
    for entry in entries {
        calendar.push(event(base_url, entry, now));
    }
    let host = host_of(base_url);
    for span in spans {
        calendar.push(all_day(&host, base_url, span, now));
    }
    calendar.done().to_string()
}
