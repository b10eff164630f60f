//! A peer group's meetings (SPEC §4.8): when and where (Europe/London times), the agenda's
//! kinds of item, who gets a place when it is full (a waiting list in order, promoted when
//! someone cancels).

use crate::dates::{london_instant, parse_date, parse_time};
use crate::errors::ValidationErrors;
use crate::text::{is_web_address, multi_line, optional_single_line, single_line, with_keys};
use chrono::{DateTime, Utc};
use std::str::FromStr;

/// The most people a meeting can hold.
pub const CAPACITY_MAX: u32 = 1000;
const THEME_MAX: usize = 200;
const VENUE_MAX: usize = 300;
const LINK_MAX: usize = 500;

/// A meeting as typed on its form.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct MeetingInput {
    pub theme: String,
    pub date: String,
    pub starts: String,
    pub ends: String,
    pub venue: String,
    pub online_link: String,
    pub capacity: String,
}

/// A meeting's details, checked: the times as UTC instants.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MeetingDetails {
    pub theme: String,
    pub starts_at: DateTime<Utc>,
    pub ends_at: DateTime<Utc>,
    pub venue: Option<String>,
    pub online_link: Option<String>,
    pub capacity: u32,
}

/// Checks a meeting, every mistake at once. Its day and times are London's; it must end
/// after it starts, be somewhere (a venue, a link or both), and hold at least one person.
/// `now` refuses a meeting scheduled in the past.
pub fn read_meeting(input: &MeetingInput, now: DateTime<Utc>) -> Result<MeetingDetails, ValidationErrors> {
    let mut e = ValidationErrors::default();
    let theme = e.check(
        "theme",
        with_keys(
            single_line(&input.theme, THEME_MAX),
            "error-meeting-theme",
            "error-meeting-theme-too-long",
        ),
    );
    let date = e.check("date", parse_date(&input.date, true)).flatten();
    let starts = e.check("starts", parse_time(&input.starts));
    let ends = e.check("ends", parse_time(&input.ends));
    let venue = e
        .check("venue", optional_single_line(&input.venue, VENUE_MAX))
        .flatten();
    let online_link = e
        .check("online_link", optional_single_line(&input.online_link, LINK_MAX))
        .flatten();
    if online_link.as_deref().is_some_and(|l| !is_web_address(l)) {
        e.push("online_link", "error-meeting-online-link");
    }
    if venue.is_none() && input.online_link.trim().is_empty() {
        e.push("venue", "error-meeting-where");
    }
    let capacity = match input.capacity.trim().parse::<u32>() {
        Ok(n) if (1..=CAPACITY_MAX).contains(&n) => Some(n),
        _ => {
            e.push("capacity", "error-meeting-capacity");
            None
        }
    };
    let mut when = None;
    if let (Some(date), Some(starts), Some(ends)) = (date, starts, ends) {
        match (london_instant(date, starts), london_instant(date, ends)) {
            (Some(s), Some(f)) if f <= s => e.push("ends", "error-meeting-ends-before"),
            (Some(s), Some(_)) if s <= now => e.push("date", "error-meeting-past"),
            (Some(s), Some(f)) => when = Some((s, f)),
            (None, _) => e.push("starts", "error-time-format"),
            (_, None) => e.push("ends", "error-time-format"),
        }
    }
    e.into_result()?;
    match (theme, when, capacity) {
        (Some(theme), Some((starts_at, ends_at)), Some(capacity)) => Ok(MeetingDetails {
            theme,
            starts_at,
            ends_at,
            venue,
            online_link,
            capacity,
        }),
        _ => Err(ValidationErrors::single("date", "error-meeting-when")),
    }
}

/// The kinds of agenda item a peer-group meeting has.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AgendaKind {
    Welcome,
    Talk,
    Debate,
    Workshop,
    BringAProblem,
    ShowAndTell,
    ReviewOfActions,
    FutureThemes,
}

impl AgendaKind {
    pub const ALL: [AgendaKind; 8] = [
        AgendaKind::Welcome,
        AgendaKind::Talk,
        AgendaKind::Debate,
        AgendaKind::Workshop,
        AgendaKind::BringAProblem,
        AgendaKind::ShowAndTell,
        AgendaKind::ReviewOfActions,
        AgendaKind::FutureThemes,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            AgendaKind::Welcome => "welcome",
            AgendaKind::Talk => "talk",
            AgendaKind::Debate => "debate",
            AgendaKind::Workshop => "workshop",
            AgendaKind::BringAProblem => "bring_a_problem",
            AgendaKind::ShowAndTell => "show_and_tell",
            AgendaKind::ReviewOfActions => "review_of_actions",
            AgendaKind::FutureThemes => "future_themes",
        }
    }
}

impl FromStr for AgendaKind {
    type Err = &'static str;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        AgendaKind::ALL
            .into_iter()
            .find(|k| k.as_str() == s.trim())
            .ok_or("error-agenda-kind")
    }
}

const TITLE_MAX: usize = 200;
const SPEAKER_MAX: usize = 120;
/// The longest an agenda item can be, in minutes.
pub const ITEM_MINUTES_MAX: u32 = 600;

/// An agenda item as typed: its speaker is a member of the group (by id), a guest named
/// here, or nobody.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ItemInput {
    pub kind: String,
    pub title: String,
    pub speaker: String,
    pub guest_speaker: String,
    pub minutes: String,
    pub links: String,
}

/// Who speaks to an agenda item.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Speaker {
    Nobody,
    Member(i64),
    Guest(String),
}

/// An agenda item, checked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ItemDetails {
    pub kind: AgendaKind,
    pub title: String,
    pub speaker: Speaker,
    pub minutes: u32,
    /// Web addresses, one a line.
    pub links: Vec<String>,
}

/// Checks an agenda item, every mistake at once: a member speaker or a guest, not both;
/// up to five web addresses, one a line.
pub fn read_item(input: &ItemInput) -> Result<ItemDetails, ValidationErrors> {
    let mut e = ValidationErrors::default();
    let kind = e.check("kind", input.kind.parse::<AgendaKind>());
    let title = e.check(
        "title",
        with_keys(
            single_line(&input.title, TITLE_MAX),
            "error-agenda-title",
            "error-agenda-title-too-long",
        ),
    );
    let guest = e
        .check("guest_speaker", optional_single_line(&input.guest_speaker, SPEAKER_MAX))
        .flatten();
    let member = match input.speaker.trim() {
        "" => None,
        typed => match typed.parse::<i64>() {
            Ok(id) => Some(id),
            Err(_) => {
                e.push("speaker", "error-agenda-speaker");
                None
            }
        },
    };
    let speaker = match (member, guest) {
        (Some(_), Some(_)) => {
            e.push("guest_speaker", "error-agenda-two-speakers");
            Speaker::Nobody
        }
        (Some(id), None) => Speaker::Member(id),
        (None, Some(name)) => Speaker::Guest(name),
        (None, None) => Speaker::Nobody,
    };
    let minutes = match input.minutes.trim().parse::<u32>() {
        Ok(n) if n <= ITEM_MINUTES_MAX => Some(n),
        _ => {
            e.push("minutes", "error-agenda-minutes");
            None
        }
    };
    let links = e.check("links", crate::text::links(&input.links)).unwrap_or_default();
    e.into_result()?;
    match (kind, title, minutes) {
        (Some(kind), Some(title), Some(minutes)) => Ok(ItemDetails {
            kind,
            title,
            speaker,
            minutes,
            links,
        }),
        _ => Err(ValidationErrors::single("title", "error-agenda-title")),
    }
}

/// Where someone who registers for a meeting stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Place {
    Registered,
    Waiting,
}

impl Place {
    pub fn as_str(self) -> &'static str {
        match self {
            Place::Registered => "registered",
            Place::Waiting => "waiting",
        }
    }
}

/// The place for the next person to register, when `registered` people hold places: a
/// place while there is room, otherwise the waiting list (behind everyone on it already,
/// even when a place has come free since — they are promoted first).
pub fn place_for(capacity: u32, registered: u32, waiting: u32) -> Place {
    if registered < capacity && waiting == 0 {
        Place::Registered
    } else {
        Place::Waiting
    }
}

/// How many of the waiting list take places that are free: as many as there is room for.
pub fn to_promote(capacity: u32, registered: u32, waiting: u32) -> u32 {
    capacity.saturating_sub(registered).min(waiting)
}

/// Where an action a group agreed stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ActionStatus {
    Open,
    Done,
    Dropped,
}

impl ActionStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            ActionStatus::Open => "open",
            ActionStatus::Done => "done",
            ActionStatus::Dropped => "dropped",
        }
    }
}

impl FromStr for ActionStatus {
    type Err = &'static str;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s.trim() {
            "open" => Ok(ActionStatus::Open),
            "done" => Ok(ActionStatus::Done),
            "dropped" => Ok(ActionStatus::Dropped),
            _ => Err("error-action-status"),
        }
    }
}

/// What a meeting's review of actions decides about one action.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Review {
    Done,
    CarriedOn,
    Dropped,
}

impl Review {
    pub fn as_str(self) -> &'static str {
        match self {
            Review::Done => "done",
            Review::CarriedOn => "carried",
            Review::Dropped => "dropped",
        }
    }

    /// The action's status after the review: carried on, it stays open for the next one.
    pub fn status(self) -> ActionStatus {
        match self {
            Review::Done => ActionStatus::Done,
            Review::CarriedOn => ActionStatus::Open,
            Review::Dropped => ActionStatus::Dropped,
        }
    }
}

impl FromStr for Review {
    type Err = &'static str;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s.trim() {
            "done" => Ok(Review::Done),
            "carried" => Ok(Review::CarriedOn),
            "dropped" => Ok(Review::Dropped),
            _ => Err("error-action-review"),
        }
    }
}

/// An action as the review of actions needs to know it: when the meeting that agreed it
/// began, where it stands, and whether (and how) this meeting reviewed it already.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ActionFacts {
    pub raised_at: DateTime<Utc>,
    pub status: ActionStatus,
    pub reviewed_here: Option<Review>,
}

/// Whether a meeting beginning at `meeting_starts` reviews the action: one agreed at an
/// earlier meeting that is still open (carried into this one), or one this meeting has
/// reviewed already (so that its outcome stays on the record).
pub fn reviewed_at(action: &ActionFacts, meeting_starts: DateTime<Utc>) -> bool {
    action.raised_at < meeting_starts && (action.status == ActionStatus::Open || action.reviewed_here.is_some())
}

/// Optional text of several lines, up to `max` characters: empty when left blank.
fn optional_lines(input: &str, max: usize, too_long: &'static str) -> Result<String, &'static str> {
    if input.trim().is_empty() {
        return Ok(String::new());
    }
    multi_line(input, max).map_err(|k| if k == "error-too-long" { too_long } else { k })
}

/// The notes of an agenda item: up to 5,000 characters, may be empty.
pub fn read_notes(input: &str) -> Result<String, ValidationErrors> {
    optional_lines(input, 5000, "error-notes-too-long").map_err(|k| ValidationErrors::single("notes", k))
}

/// What a table reported from a workshop: its name and findings, and how it went about it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Feedback {
    pub table_name: String,
    pub approach: String,
    pub findings: String,
}

pub fn read_feedback(table_name: &str, approach: &str, findings: &str) -> Result<Feedback, ValidationErrors> {
    let mut e = ValidationErrors::default();
    let table_name = e.check(
        "table_name",
        with_keys(
            single_line(table_name, 80),
            "error-feedback-table",
            "error-feedback-table-too-long",
        ),
    );
    let approach = e.check(
        "approach",
        optional_lines(approach, 2000, "error-feedback-approach-too-long"),
    );
    let findings = e.check(
        "findings",
        with_keys(
            multi_line(findings, 4000),
            "error-feedback-findings",
            "error-feedback-findings-too-long",
        ),
    );
    e.into_result()?;
    match (table_name, approach, findings) {
        (Some(table_name), Some(approach), Some(findings)) => Ok(Feedback {
            table_name,
            approach,
            findings,
        }),
        _ => Err(ValidationErrors::single("findings", "error-feedback-findings")),
    }
}

/// Who owns an action: a person, a council, or nobody yet.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Owner {
    Nobody,
    Person(i64),
    Council(i64),
}

/// An action as typed: its owner chosen as `person:ID` or `council:ID`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewAction {
    pub title: String,
    pub owner: Owner,
    pub due_on: Option<chrono::NaiveDate>,
}

pub fn read_action(title: &str, owner: &str, due_on: &str) -> Result<NewAction, ValidationErrors> {
    let mut e = ValidationErrors::default();
    let title = e.check(
        "title",
        with_keys(
            single_line(title, 200),
            "error-action-title",
            "error-action-title-too-long",
        ),
    );
    let owner = match owner.trim().split_once(':') {
        None if owner.trim().is_empty() => Some(Owner::Nobody),
        Some(("person", id)) => id.parse().ok().map(Owner::Person),
        Some(("council", id)) => id.parse().ok().map(Owner::Council),
        _ => None,
    };
    if owner.is_none() {
        e.push("owner", "error-action-owner");
    }
    let due_on = e.check("due_on", parse_date(due_on, false)).flatten();
    e.into_result()?;
    match (title, owner) {
        (Some(title), Some(owner)) => Ok(NewAction { title, owner, due_on }),
        _ => Err(ValidationErrors::single("title", "error-action-title")),
    }
}

/// A theme or a standing item proposed for future meetings.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ThemeKind {
    Theme,
    StandingItem,
}

impl ThemeKind {
    pub fn as_str(self) -> &'static str {
        match self {
            ThemeKind::Theme => "theme",
            ThemeKind::StandingItem => "standing_item",
        }
    }
}

pub fn read_theme(kind: &str, title: &str) -> Result<(ThemeKind, String), ValidationErrors> {
    let mut e = ValidationErrors::default();
    let kind = match kind.trim() {
        "theme" => Some(ThemeKind::Theme),
        "standing_item" => Some(ThemeKind::StandingItem),
        _ => {
            e.push("kind", "error-theme-kind");
            None
        }
    };
    let title = e.check(
        "title",
        with_keys(
            single_line(title, 150),
            "error-theme-title",
            "error-theme-title-too-long",
        ),
    );
    e.into_result()?;
    match (kind, title) {
        (Some(kind), Some(title)) => Ok((kind, title)),
        _ => Err(ValidationErrors::single("title", "error-theme-title")),
    }
}

/// A note with an offer to host: up to 500 characters, may be empty.
pub fn read_offer_note(input: &str) -> Result<String, ValidationErrors> {
    optional_lines(input, 500, "error-offer-note-too-long").map_err(|k| ValidationErrors::single("note", k))
}

/// The lead's summary of a meeting for its write-up: up to 10,000 characters.
pub fn read_summary(input: &str) -> Result<String, ValidationErrors> {
    optional_lines(input, 10_000, "error-summary-too-long").map_err(|k| ValidationErrors::single("summary", k))
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    fn now() -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2026, 12, 1, 9, 0, 0).unwrap()
    }

    fn meeting() -> MeetingInput {
        MeetingInput {
            theme: "Data and AI in local government".into(),
            date: "2027-03-18".into(),
            starts: "10:00".into(),
            ends: "15:30".into(),
            venue: "Wokingham Borough Council, Shute End".into(),
            online_link: String::new(),
            capacity: "40".into(),
        }
    }

    #[test]
    fn times_are_london_times() {
        let m = read_meeting(&meeting(), now()).unwrap();
        assert_eq!(m.starts_at, Utc.with_ymd_and_hms(2027, 3, 18, 10, 0, 0).unwrap(), "GMT");
        let summer = MeetingInput {
            date: "2027-06-17".into(),
            ..meeting()
        };
        let m = read_meeting(&summer, now()).unwrap();
        assert_eq!(m.starts_at, Utc.with_ymd_and_hms(2027, 6, 17, 9, 0, 0).unwrap(), "BST");
        assert_eq!(m.ends_at, Utc.with_ymd_and_hms(2027, 6, 17, 14, 30, 0).unwrap());
    }

    #[test]
    fn a_time_the_clocks_skip_is_refused() {
        let skipped = MeetingInput {
            date: "2027-03-28".into(),
            starts: "01:30".into(),
            ends: "03:00".into(),
            ..meeting()
        };
        let errors = read_meeting(&skipped, now()).unwrap_err();
        assert_eq!(errors.0[0].field, "starts");
    }

    #[test]
    fn it_is_somewhere_ends_after_it_starts_holds_someone_and_is_ahead() {
        let bad = MeetingInput {
            theme: " ".into(),
            ends: "09:00".into(),
            venue: String::new(),
            online_link: "teams meeting".into(),
            capacity: "0".into(),
            ..meeting()
        };
        let errors = read_meeting(&bad, now()).unwrap_err();
        let fields: Vec<&str> = errors.0.iter().map(|e| e.field.as_str()).collect();
        assert_eq!(fields, ["theme", "online_link", "capacity", "ends"]);
        let nowhere = MeetingInput {
            venue: String::new(),
            ..meeting()
        };
        assert_eq!(read_meeting(&nowhere, now()).unwrap_err().0[0].field, "venue");
        let online = MeetingInput {
            venue: String::new(),
            online_link: "https://teams.microsoft.com/l/meetup-join/abc".into(),
            ..meeting()
        };
        assert!(read_meeting(&online, now()).is_ok());
        let past = MeetingInput {
            date: "2026-11-30".into(),
            ..meeting()
        };
        assert_eq!(read_meeting(&past, now()).unwrap_err().0[0].field, "date");
        let too_many = MeetingInput {
            capacity: "1001".into(),
            ..meeting()
        };
        assert_eq!(read_meeting(&too_many, now()).unwrap_err().0[0].field, "capacity");
    }

    #[test]
    fn agenda_kinds_read_back() {
        for kind in AgendaKind::ALL {
            assert_eq!(kind.as_str().parse::<AgendaKind>(), Ok(kind));
        }
        assert!("Bring a problem".parse::<AgendaKind>().is_err());
    }

    #[test]
    fn an_agenda_item_has_one_speaker_at_most_and_a_few_links() {
        let item = ItemInput {
            kind: "bring_a_problem".into(),
            title: "Bring a problem".into(),
            speaker: String::new(),
            guest_speaker: " Kim Lee, Department for Levelling Up ".into(),
            minutes: "45".into(),
            links: "https://example.gov.uk/slides\n\n  https://example.gov.uk/notes  ".into(),
        };
        let read = read_item(&item).unwrap();
        assert_eq!(read.kind, AgendaKind::BringAProblem);
        assert_eq!(
            read.speaker,
            Speaker::Guest("Kim Lee, Department for Levelling Up".into())
        );
        assert_eq!(read.links.len(), 2);
        let member = ItemInput {
            speaker: "12".into(),
            guest_speaker: String::new(),
            ..item.clone()
        };
        assert_eq!(read_item(&member).unwrap().speaker, Speaker::Member(12));
        let bad = ItemInput {
            kind: "lunch".into(),
            title: String::new(),
            speaker: "12".into(),
            minutes: "601".into(),
            links: "slides on the drive".into(),
            ..item.clone()
        };
        let errors = read_item(&bad).unwrap_err();
        let fields: Vec<&str> = errors.0.iter().map(|e| e.field.as_str()).collect();
        assert_eq!(fields, ["kind", "title", "guest_speaker", "minutes", "links"]);
        let many = ItemInput {
            links: "https://a.org/\n".repeat(6),
            ..item
        };
        assert_eq!(read_item(&many).unwrap_err().0[0].key, "error-links-too-many");
    }

    #[test]
    fn open_actions_are_carried_into_later_meetings_until_done_or_dropped() {
        let first = Utc.with_ymd_and_hms(2026, 3, 12, 10, 0, 0).unwrap();
        let second = Utc.with_ymd_and_hms(2026, 6, 11, 9, 0, 0).unwrap();
        let third = Utc.with_ymd_and_hms(2026, 9, 10, 9, 0, 0).unwrap();
        let open = ActionFacts {
            raised_at: first,
            status: ActionStatus::Open,
            reviewed_here: None,
        };
        assert!(!reviewed_at(&open, first), "not at the meeting that agreed it");
        assert!(reviewed_at(&open, second));
        // Carried on at the second: still open, so the third reviews it too.
        let carried = ActionFacts {
            status: Review::CarriedOn.status(),
            reviewed_here: Some(Review::CarriedOn),
            ..open
        };
        assert!(reviewed_at(&carried, second));
        let at_third = ActionFacts {
            reviewed_here: None,
            ..carried
        };
        assert!(reviewed_at(&at_third, third));
        // Done at the second: kept on its record, not carried into the third.
        let done = ActionFacts {
            status: Review::Done.status(),
            reviewed_here: Some(Review::Done),
            ..open
        };
        assert!(reviewed_at(&done, second));
        let later = ActionFacts {
            reviewed_here: None,
            ..done
        };
        assert!(!reviewed_at(&later, third));
        let dropped = ActionFacts {
            status: Review::Dropped.status(),
            reviewed_here: None,
            ..open
        };
        assert!(!reviewed_at(&dropped, third));
        for review in [Review::Done, Review::CarriedOn, Review::Dropped] {
            assert_eq!(review.as_str().parse::<Review>(), Ok(review));
        }
        assert!("maybe".parse::<Review>().is_err());
    }

    #[test]
    fn records_are_checked() {
        assert_eq!(read_notes("  "), Ok(String::new()));
        assert!(read_notes(&"n".repeat(5001)).is_err());
        let table = read_feedback("Table 2", "", "Residents want one place to book.\nAnd pay.").unwrap();
        assert_eq!(table.approach, "");
        let errors = read_feedback("", "a\u{1b}", "").unwrap_err();
        let fields: Vec<&str> = errors.0.iter().map(|e| e.field.as_str()).collect();
        assert_eq!(fields, ["table_name", "approach", "findings"]);
        let action = read_action("Share the booking form's code", "council:4", "2027-04-30").unwrap();
        assert_eq!(action.owner, Owner::Council(4));
        assert_eq!(read_action("Write it up", "", "").unwrap().owner, Owner::Nobody);
        assert_eq!(
            read_action("Write it up", "person:7", "").unwrap().owner,
            Owner::Person(7)
        );
        let errors = read_action("", "team:3", "2027-02-30").unwrap_err();
        let fields: Vec<&str> = errors.0.iter().map(|e| e.field.as_str()).collect();
        assert_eq!(fields, ["title", "owner", "due_on"]);
        assert_eq!(
            read_theme("standing_item", " Show and tell "),
            Ok((ThemeKind::StandingItem, "Show and tell".into()))
        );
        assert!(read_theme("agenda", "x").is_err());
        assert!(read_summary(&"s".repeat(10_001)).is_err());
    }

    #[test]
    fn places_go_while_there_is_room_and_then_to_the_waiting_list() {
        assert_eq!(place_for(2, 0, 0), Place::Registered);
        assert_eq!(place_for(2, 1, 0), Place::Registered);
        assert_eq!(place_for(2, 2, 0), Place::Waiting);
        // A place came free, but someone is waiting: they are ahead.
        assert_eq!(place_for(2, 1, 1), Place::Waiting);
        assert_eq!(to_promote(2, 1, 3), 1);
        assert_eq!(to_promote(2, 2, 3), 0);
        assert_eq!(to_promote(5, 1, 2), 2);
        // Capacity lowered below those registered: nobody is promoted.
        assert_eq!(to_promote(2, 4, 3), 0);
    }
}

/// A guest invited to one meeting: who they are and where they are from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GuestDetails {
    pub name: String,
    pub email: crate::email::EmailAddress,
    pub organisation: String,
}

/// Checks a guest invitation, every mistake at once.
pub fn read_guest(name: &str, email: &str, organisation: &str) -> Result<GuestDetails, ValidationErrors> {
    let mut e = ValidationErrors::default();
    let name = e.check("name", crate::text::display_name(name));
    let email = e.check("email", crate::email::EmailAddress::parse(email));
    let organisation = e.check(
        "organisation",
        with_keys(
            single_line(organisation, 120),
            "error-guest-organisation",
            "error-guest-organisation-too-long",
        ),
    );
    e.into_result()?;
    match (name, email, organisation) {
        (Some(name), Some(email), Some(organisation)) => Ok(GuestDetails {
            name,
            email,
            organisation,
        }),
        _ => Err(ValidationErrors::single("name", "error-display-name-required")),
    }
}

#[cfg(test)]
mod guest_tests {
    use super::*;

    #[test]
    fn a_guest_needs_a_name_an_address_and_an_organisation() {
        let guest = read_guest(" Kim Lee ", "kim@supplier.example", "Open Forms Ltd").unwrap();
        assert_eq!(
            (guest.name.as_str(), guest.organisation.as_str()),
            ("Kim Lee", "Open Forms Ltd")
        );
        assert_eq!(guest.email.as_str(), "kim@supplier.example");
        let errors = read_guest("", "not an address", "").unwrap_err();
        let fields: Vec<&str> = errors.0.iter().map(|e| e.field.as_str()).collect();
        assert_eq!(fields, ["name", "email", "organisation"]);
        let long = "x".repeat(121);
        let errors = read_guest("Kim", "kim@supplier.example", &long).unwrap_err();
        assert_eq!(errors.0[0].key, "error-guest-organisation-too-long");
    }
}
