//! The talent pool's rules (SPEC §4.2): profile fields, the listing lifecycle that needs
//! the employer's permission, and free capacity per week.

use crate::dates::parse_date;
use crate::email::EmailAddress;
use crate::text;
use crate::weeks::Week;
use crate::ValidationErrors;
use chrono::NaiveDate;
use serde::Serialize;

pub const MAX_CAPACITY_MINUTES: i64 = 40 * 60;
pub const MAX_RATE_PENCE: i64 = 100_000;
pub const FIRST_DONE_BEFORE_YEAR: i32 = 1990;

/// Parses an hourly rate as typed (pounds); empty means none (use the rate card).
pub fn parse_rate(input: &str) -> Result<Option<i64>, &'static str> {
    match input.trim() {
        "" => Ok(None),
        r => crate::money::parse_pounds(r).and_then(|pence| {
            if rate_in_range(pence) {
                Ok(Some(pence))
            } else {
                Err("error-rate-range")
            }
        }),
    }
}

/// Hourly rates run from 1p to £1,000.
pub fn rate_in_range(pence: i64) -> bool {
    (1..=MAX_RATE_PENCE).contains(&pence)
}

/// The UK regions councils belong to, as the council list names them.
pub const REGIONS: [&str; 12] = [
    "East Midlands",
    "East of England",
    "London",
    "North East",
    "North West",
    "Northern Ireland",
    "Scotland",
    "South East",
    "South West",
    "Wales",
    "West Midlands",
    "Yorkshire and The Humber",
];

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ProfileStatus {
    Draft,
    AwaitingApproval,
    Listed,
    Paused,
    Withdrawn,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum WorkMode {
    Remote,
    OnSite,
    Either,
}

string_enum!(ProfileStatus, "error-status", {
    ProfileStatus::Draft => "draft",
    ProfileStatus::AwaitingApproval => "awaiting_approval",
    ProfileStatus::Listed => "listed",
    ProfileStatus::Paused => "paused",
    ProfileStatus::Withdrawn => "withdrawn",
});

string_enum!(WorkMode, "error-work-mode", {
    WorkMode::Remote => "remote",
    WorkMode::OnSite => "on_site",
    WorkMode::Either => "either",
});

/// What can happen to a profile's listing, and who does it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ListingEvent {
    /// The practitioner asks to be listed.
    Submit,
    /// A manager of the practitioner's council approves.
    Approve,
    /// A manager declines, with a reason; the profile goes back to draft.
    Decline,
    /// The practitioner stops new bookings for a while.
    Pause,
    /// The practitioner lists a paused profile again (already approved).
    Resume,
    /// The practitioner or a manager takes the profile out of the pool.
    Withdraw,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("a {from} profile cannot be changed that way")]
pub struct NotAllowed {
    pub from: ProfileStatus,
}

/// The status after `event`, or why it cannot happen.
pub fn next_status(from: ProfileStatus, event: ListingEvent) -> Result<ProfileStatus, NotAllowed> {
    use ListingEvent::*;
    use ProfileStatus::*;
    match (from, event) {
        (Draft | Withdrawn, Submit) => Ok(AwaitingApproval),
        (AwaitingApproval, Approve) => Ok(Listed),
        (AwaitingApproval, Decline) => Ok(Draft),
        (Listed, Pause) => Ok(Paused),
        (Paused, Resume) => Ok(Listed),
        (AwaitingApproval | Listed | Paused, Withdraw) => Ok(Withdrawn),
        _ => Err(NotAllowed { from }),
    }
}

/// The profile's own fields, as typed into its form.
#[derive(Debug, Clone, Default)]
pub struct DetailsInput {
    pub display_name: String,
    pub headline: String,
    pub about: String,
    pub region: String,
    pub work_mode: String,
    pub contact_email: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Details {
    pub display_name: String,
    pub headline: String,
    pub about: String,
    pub region: Option<String>,
    pub work_mode: WorkMode,
    pub contact_email: Option<String>,
}

pub fn validate_details(input: &DetailsInput) -> Result<Details, ValidationErrors> {
    let mut errors = ValidationErrors::default();
    let display_name = errors.check("display_name", text::display_name(&input.display_name));
    let headline = errors.check(
        "headline",
        text::with_keys(
            text::single_line(&input.headline, 120),
            "error-headline-required",
            "error-headline-too-long",
        ),
    );
    let about = errors.check(
        "about",
        text::with_keys(
            text::multi_line(&input.about, 3000),
            "error-about-required",
            "error-about-too-long",
        ),
    );
    let region = match input.region.trim() {
        "" => Some(None),
        r => errors.check(
            "region",
            REGIONS.contains(&r).then(|| Some(r.to_string())).ok_or("error-region"),
        ),
    };
    let work_mode = errors.check("work_mode", input.work_mode.parse::<WorkMode>());
    let contact_email = match input.contact_email.trim() {
        "" => Some(None),
        e => errors.check(
            "contact_email",
            EmailAddress::parse(e).map(|a| Some(a.as_str().to_string())),
        ),
    };
    errors.into_result()?;
    match (display_name, headline, about, region, work_mode, contact_email) {
        (Some(display_name), Some(headline), Some(about), Some(region), Some(work_mode), Some(contact_email)) => {
            Ok(Details {
                display_name,
                headline,
                about,
                region,
                work_mode,
                contact_email,
            })
        }
        _ => Err(ValidationErrors::single("display_name", "error-required")),
    }
}

#[derive(Debug, Clone, Default)]
pub struct DoneBeforeInput {
    pub title: String,
    pub lgsl_id: String,
    pub delivered: String,
    pub year: String,
    pub link: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DoneBefore {
    pub title: String,
    pub lgsl_id: Option<i64>,
    pub delivered: String,
    pub year: i32,
    pub link: Option<String>,
}

pub fn validate_done_before(input: &DoneBeforeInput, this_year: i32) -> Result<DoneBefore, ValidationErrors> {
    let mut errors = ValidationErrors::default();
    let title = errors.check(
        "title",
        text::with_keys(
            text::single_line(&input.title, 150),
            "error-title-required",
            "error-title-too-long",
        ),
    );
    let lgsl_id = match input.lgsl_id.trim() {
        "" => Some(None),
        id => errors.check("lgsl_id", id.parse::<i64>().map(Some).map_err(|_| "error-service")),
    };
    let delivered = errors.check(
        "delivered",
        text::with_keys(
            text::multi_line(&input.delivered, 1000),
            "error-delivered-required",
            "error-delivered-too-long",
        ),
    );
    let year = errors.check(
        "year",
        input
            .year
            .trim()
            .parse::<i32>()
            .ok()
            .filter(|y| (FIRST_DONE_BEFORE_YEAR..=this_year).contains(y))
            .ok_or("error-year"),
    );
    let link = match input.link.trim() {
        "" => Some(None),
        l => errors.check("link", validate_link(l).map(Some)),
    };
    errors.into_result()?;
    match (title, lgsl_id, delivered, year, link) {
        (Some(title), Some(lgsl_id), Some(delivered), Some(year), Some(link)) => Ok(DoneBefore {
            title,
            lgsl_id,
            delivered,
            year,
            link,
        }),
        _ => Err(ValidationErrors::single("title", "error-required")),
    }
}

/// A link people can follow safely: http or https, no spaces or control characters.
pub fn validate_link(link: &str) -> Result<String, &'static str> {
    let lower = link.to_ascii_lowercase();
    let rest = lower.strip_prefix("https://").or_else(|| lower.strip_prefix("http://"));
    match rest {
        Some(host)
            if !host.is_empty() && link.len() <= 500 && !link.chars().any(|c| c.is_whitespace() || c.is_control()) =>
        {
            Ok(link.to_string())
        }
        _ => Err("error-link"),
    }
}

/// Weekly capacity as typed: hours a week and the dates it applies between.
#[derive(Debug, Clone, Default)]
pub struct CapacityInput {
    pub hours_per_week: String,
    pub available_from: String,
    pub available_to: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Capacity {
    pub minutes_per_week: i64,
    pub available_from: NaiveDate,
    pub available_to: Option<NaiveDate>,
}

pub fn validate_capacity(input: &CapacityInput) -> Result<Capacity, ValidationErrors> {
    let mut errors = ValidationErrors::default();
    let minutes = errors.check(
        "hours_per_week",
        crate::hours::parse_hours(&input.hours_per_week).and_then(|m| {
            if m > MAX_CAPACITY_MINUTES {
                Err("error-capacity-too-high")
            } else {
                Ok(m)
            }
        }),
    );
    let from = errors.check(
        "available_from",
        parse_date(&input.available_from, true).map(|d| d.unwrap_or_default()),
    );
    let to = errors.check("available_to", parse_date(&input.available_to, false));
    if let (Some(from), Some(Some(to))) = (from, to) {
        if to < from {
            errors.push("available_to", "error-date-order");
        }
    }
    errors.into_result()?;
    match (minutes, from, to) {
        (Some(minutes_per_week), Some(available_from), Some(available_to)) => Ok(Capacity {
            minutes_per_week,
            available_from,
            available_to,
        }),
        _ => Err(ValidationErrors::single("hours_per_week", "error-required")),
    }
}

/// What a profile needs before it can be put to a manager for listing.
#[derive(Debug, Clone, Copy, Default)]
pub struct Completeness {
    pub has_headline: bool,
    pub has_about: bool,
    pub roles: usize,
    pub capacity_minutes: i64,
    pub has_available_from: bool,
}

pub fn check_ready_to_list(c: &Completeness) -> Result<(), ValidationErrors> {
    let mut errors = ValidationErrors::default();
    if !c.has_headline || !c.has_about {
        errors.push("details", "error-profile-details-missing");
    }
    if c.roles == 0 {
        errors.push("roles", "error-profile-roles-missing");
    }
    if c.capacity_minutes == 0 || !c.has_available_from {
        errors.push("capacity", "error-profile-capacity-missing");
    }
    errors.into_result()
}

/// Minutes still free in `week`: the weekly capacity, if the week is inside the available
/// dates and not marked unavailable, less what is held.
pub fn free_minutes(capacity: &Capacity, unavailable: &[Week], held_minutes: i64, week: Week) -> i64 {
    let inside = capacity.available_from <= week.sunday() && capacity.available_to.is_none_or(|to| to >= week.monday());
    if !inside || unavailable.contains(&week) {
        return 0;
    }
    (capacity.minutes_per_week - held_minutes).max(0)
}

/// Weeks a pool search shows and ranks on when none are chosen.
pub const SEARCH_DEFAULT_WEEKS: i64 = 4;
/// How far ahead people can ask about free hours.
pub const SEARCH_WEEKS_AHEAD: i64 = 26;

/// The weeks a search looks at: from `first` (not before this week; default this week) to
/// `last` (default 4 weeks on; at most 26 weeks ahead).
pub fn search_weeks(first: Option<Week>, last: Option<Week>, this_week: Week) -> Result<Vec<Week>, &'static str> {
    let first = first.filter(|w| *w >= this_week).unwrap_or(this_week);
    let last = last.unwrap_or(first.plus(SEARCH_DEFAULT_WEEKS - 1));
    if last < first {
        return Err("error-week-order");
    }
    Ok(first.through(last.min(this_week.plus(SEARCH_WEEKS_AHEAD - 1))))
}

#[cfg(test)]
mod tests {
    use super::*;
    use ListingEvent::*;
    use ProfileStatus::*;

    #[test]
    fn listing_needs_a_managers_approval() {
        assert_eq!(next_status(Draft, Submit), Ok(AwaitingApproval));
        assert_eq!(next_status(AwaitingApproval, Approve), Ok(Listed));
        assert_eq!(next_status(AwaitingApproval, Decline), Ok(Draft));
        assert!(next_status(Draft, Approve).is_err());
        assert!(next_status(Listed, Approve).is_err());
        assert!(next_status(Paused, Approve).is_err());
    }

    #[test]
    fn listed_profiles_pause_resume_and_withdraw() {
        assert_eq!(next_status(Listed, Pause), Ok(Paused));
        assert_eq!(next_status(Paused, Resume), Ok(Listed));
        assert_eq!(next_status(Listed, Withdraw), Ok(Withdrawn));
        assert_eq!(next_status(Paused, Withdraw), Ok(Withdrawn));
        assert_eq!(next_status(Withdrawn, Submit), Ok(AwaitingApproval));
        assert!(next_status(Withdrawn, Resume).is_err());
        assert!(next_status(Draft, Pause).is_err());
    }

    #[test]
    fn details_are_checked_field_by_field() {
        let input = DetailsInput {
            display_name: "Mei Chen".into(),
            headline: "User researcher who has redesigned bin collection services".into(),
            about: "Ten years in local government.\nResearch with residents.".into(),
            region: "Yorkshire and The Humber".into(),
            work_mode: "either".into(),
            contact_email: "".into(),
        };
        let details = validate_details(&input).unwrap();
        assert_eq!(details.work_mode, WorkMode::Either);
        assert_eq!(details.contact_email, None);

        let bad = DetailsInput {
            headline: "x".repeat(121),
            region: "Atlantis".into(),
            work_mode: "sometimes".into(),
            contact_email: "no".into(),
            ..input
        };
        let keys: Vec<&str> = validate_details(&bad).unwrap_err().0.iter().map(|e| e.key).collect();
        assert_eq!(
            keys,
            vec![
                "error-headline-too-long",
                "error-region",
                "error-work-mode",
                "error-email-format"
            ]
        );
    }

    #[test]
    fn done_before_entries() {
        let input = DoneBeforeInput {
            title: "Online bulky waste booking".into(),
            lgsl_id: "525".into(),
            delivered: "Discovery and alpha".into(),
            year: "2024".into(),
            link: "https://example.org/case-study".into(),
        };
        assert_eq!(validate_done_before(&input, 2026).unwrap().lgsl_id, Some(525));
        let future = DoneBeforeInput {
            year: "2030".into(),
            link: "javascript:alert(1)".into(),
            ..input
        };
        let keys: Vec<&str> = validate_done_before(&future, 2026)
            .unwrap_err()
            .0
            .iter()
            .map(|e| e.key)
            .collect();
        assert_eq!(keys, vec!["error-year", "error-link"]);
    }

    #[test]
    fn capacity_in_quarter_hours_between_dates() {
        let ok = validate_capacity(&CapacityInput {
            hours_per_week: "3.5".into(),
            available_from: "2026-12-01".into(),
            available_to: "".into(),
        })
        .unwrap();
        assert_eq!(ok.minutes_per_week, 210);
        let bad = validate_capacity(&CapacityInput {
            hours_per_week: "41".into(),
            available_from: "2026-12-01".into(),
            available_to: "2026-11-01".into(),
        });
        let keys: Vec<&str> = bad.unwrap_err().0.iter().map(|e| e.key).collect();
        assert_eq!(keys, vec!["error-capacity-too-high", "error-date-order"]);
    }

    #[test]
    fn free_minutes_per_week() {
        let from = NaiveDate::from_ymd_opt(2026, 12, 2).unwrap(); // a Wednesday
        let capacity = Capacity {
            minutes_per_week: 240,
            available_from: from,
            available_to: NaiveDate::from_ymd_opt(2027, 1, 4),
        };
        let w49 = Week::parse_iso("2026-W49").unwrap();
        let w48 = Week::parse_iso("2026-W48").unwrap();
        assert_eq!(
            free_minutes(&capacity, &[], 0, w49),
            240,
            "a week the dates start in counts"
        );
        assert_eq!(free_minutes(&capacity, &[], 0, w48), 0, "before the dates");
        assert_eq!(free_minutes(&capacity, &[], 90, w49), 150);
        assert_eq!(free_minutes(&capacity, &[], 300, w49), 0, "never below zero");
        assert_eq!(free_minutes(&capacity, &[w49], 0, w49), 0, "marked unavailable");
        let w02 = Week::parse_iso("2027-W02").unwrap();
        assert_eq!(
            free_minutes(&capacity, &[], 0, w02.plus(-1)),
            240,
            "the week the dates end in counts"
        );
        assert_eq!(free_minutes(&capacity, &[], 0, w02), 0, "after the dates");
    }

    #[test]
    fn rates() {
        assert_eq!(parse_rate(""), Ok(None));
        assert_eq!(parse_rate("52.50"), Ok(Some(5250)));
        assert_eq!(parse_rate("0"), Err("error-rate-range"));
        assert_eq!(parse_rate("1000.01"), Err("error-rate-range"));
        assert_eq!(parse_rate("lots"), Err("error-money-format"));
    }

    #[test]
    fn ready_to_list() {
        let complete = Completeness {
            has_headline: true,
            has_about: true,
            roles: 1,
            capacity_minutes: 120,
            has_available_from: true,
        };
        assert!(check_ready_to_list(&complete).is_ok());
        let empty = Completeness::default();
        assert_eq!(check_ready_to_list(&empty).unwrap_err().0.len(), 3);
    }
}
