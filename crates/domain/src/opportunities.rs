//! Opportunities (SPEC §4.3): a buyer's requirement in the shape of a Digital Outcomes and
//! Specialists brief, sized in hours; the applications practitioners send; and how the
//! buyer scores and ranks them. Limits and score meanings follow the DOS5 question
//! content (`shared/data/dos-frameworks`).

use crate::dates::parse_date;
use crate::errors::ValidationErrors;
use crate::money::parse_hours;
use crate::pool::{parse_rate, WorkMode, REGIONS};
use crate::text;
use chrono::{DateTime, NaiveDate, NaiveTime, TimeZone, Utc};
use serde::Serialize;

pub const TITLE_MAX_CHARS: usize = 100;
pub const SUMMARY_MAX_WORDS: usize = 50;
pub const BACKGROUND_MAX_WORDS: usize = 200;
/// "What the specialist will work on" (specialist) is 100 words; "Problem to be solved"
/// (outcome) 200, as in DOS.
pub const SPECIALIST_WORK_MAX_WORDS: usize = 100;
pub const OUTCOME_MAX_WORDS: usize = 200;
pub const ARRANGEMENTS_MAX_WORDS: usize = 100;
pub const CLEARANCE_MAX_WORDS: usize = 50;
pub const CRITERIA_MAX: usize = 20;
pub const CRITERION_MAX_CHARS: usize = 300;
pub const CRITERION_MAX_WORDS: usize = 30;
pub const EVIDENCE_MAX_WORDS: usize = 100;
pub const QUESTION_MAX_WORDS: usize = 100;
pub const ANSWER_MAX_WORDS: usize = 100;
pub const CHANGE_MAX_WORDS: usize = 200;
pub const FEEDBACK_MAX_WORDS: usize = 200;
pub const NOTES_MAX_WORDS: usize = 300;
/// Estimated hours of work: a quarter hour up to 2,000 hours.
pub const MAX_ESTIMATED_MINUTES: i64 = 2000 * 60;
/// A buyer who has not recorded an outcome this many days after closing is reminded.
pub const OUTCOME_REMINDER_DAYS: i64 = 28;
/// Weightings as DOS allows them, in percent.
pub const TECHNICAL_WEIGHT: (i64, i64) = (10, 75);
pub const CULTURAL_WEIGHT: (i64, i64) = (5, 20);
pub const PRICE_WEIGHT: (i64, i64) = (20, 85);
pub const EVALUATE_COUNT: (i64, i64) = (3, 15);
/// Each criterion is scored 0 to 3.
pub const MAX_SCORE: i64 = 3;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    /// One person in a named role for an estimated number of hours.
    Specialist,
    /// A small piece of work a council team delivers.
    Outcome,
}

string_enum!(Kind, "error-opportunity-kind", {
    Kind::Specialist => "specialist",
    Kind::Outcome => "outcome",
});

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    Draft,
    Live,
    Closed,
    Awarded,
    Unsuccessful,
    Cancelled,
    Withdrawn,
}

string_enum!(Status, "error-status", {
    Status::Draft => "draft",
    Status::Live => "live",
    Status::Closed => "closed",
    Status::Awarded => "awarded",
    Status::Unsuccessful => "unsuccessful",
    Status::Cancelled => "cancelled",
    Status::Withdrawn => "withdrawn",
});

impl Status {
    /// Shown on the public list (everything published except what was withdrawn).
    pub fn is_public(self) -> bool {
        matches!(
            self,
            Status::Live | Status::Closed | Status::Awarded | Status::Unsuccessful | Status::Cancelled
        )
    }
    /// The buyer has recorded how it ended.
    pub fn has_outcome(self) -> bool {
        matches!(self, Status::Awarded | Status::Unsuccessful | Status::Cancelled)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Event {
    Publish,
    /// The closing time passed.
    Close,
    Award,
    /// No suitable applicant.
    NoneSuitable,
    Cancel,
    /// The buyer takes a live opportunity down before it closes.
    Withdraw,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("an opportunity that is {from:?} cannot take that step")]
pub struct NotAllowed {
    pub from: Status,
}

impl NotAllowed {
    pub fn key(&self) -> &'static str {
        match self.from {
            Status::Draft => "error-opportunity-draft",
            Status::Live => "error-opportunity-live",
            Status::Closed => "error-opportunity-closed",
            _ => "error-opportunity-ended",
        }
    }
}

pub fn next_status(from: Status, event: Event) -> Result<Status, NotAllowed> {
    use Event::*;
    use Status::*;
    match (from, event) {
        (Draft, Publish) => Ok(Live),
        (Live, Close) => Ok(Closed),
        (Live, Event::Withdraw) => Ok(Status::Withdrawn),
        (Closed, Award) => Ok(Awarded),
        (Closed, NoneSuitable) => Ok(Unsuccessful),
        (Closed, Cancel) => Ok(Cancelled),
        _ => Err(NotAllowed { from }),
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Visibility {
    /// Anyone, signed in or not, can read it.
    Public,
    /// Only people signed in to the service.
    SignedIn,
}

string_enum!(Visibility, "error-opportunity-visibility", {
    Visibility::Public => "public",
    Visibility::SignedIn => "signed_in",
});

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Audience {
    /// Every council may ask and apply.
    All,
    /// Only the councils the buyer invited.
    Invited,
}

string_enum!(Audience, "error-opportunity-audience", {
    Audience::All => "all",
    Audience::Invited => "invited",
});

/// How many words a text has, as DOS counts them (runs of non-space characters).
pub fn word_count(text: &str) -> usize {
    text.split_whitespace().count()
}

/// Free text of several lines with a word limit (and a generous character limit).
pub fn words(input: &str, max_words: usize) -> Result<String, &'static str> {
    let value = text::multi_line(input, max_words * 20)?;
    if word_count(&value) > max_words {
        return Err("error-too-many-words");
    }
    Ok(value)
}

fn optional_words(input: &str, max_words: usize) -> Result<Option<String>, &'static str> {
    if input.trim().is_empty() {
        Ok(None)
    } else {
        words(input, max_words).map(Some)
    }
}

/// Criteria typed one to a line: blank lines are ignored; each at most 300 characters
/// and 30 words; at most 20.
pub fn parse_criteria(input: &str, required: bool) -> Result<Vec<String>, &'static str> {
    let items: Vec<String> = input
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .map(str::to_string)
        .collect();
    if items.is_empty() && required {
        return Err("error-criteria-required");
    }
    if items.len() > CRITERIA_MAX {
        return Err("error-criteria-too-many");
    }
    for item in &items {
        if item.chars().count() > CRITERION_MAX_CHARS {
            return Err("error-criterion-too-long");
        }
        if word_count(item) > CRITERION_MAX_WORDS {
            return Err("error-criterion-too-many-words");
        }
        if item.chars().any(char::is_control) {
            return Err("error-control-characters");
        }
    }
    Ok(items)
}

fn whole_number(input: &str, (low, high): (i64, i64), key: &'static str) -> Result<i64, &'static str> {
    let text = input.trim();
    if text.is_empty() {
        return Err("error-number-required");
    }
    match text.parse::<i64>() {
        Ok(n) if (low..=high).contains(&n) => Ok(n),
        _ => Err(key),
    }
}

/// The parts of a draft, each edited on its own page of the task list.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Section {
    About,
    RoleAndService,
    Location,
    HoursAndBudget,
    Criteria,
    Evaluation,
    Timing,
}

string_enum!(Section, "error-section", {
    Section::About => "about",
    Section::RoleAndService => "role-and-service",
    Section::Location => "location",
    Section::HoursAndBudget => "hours-and-budget",
    Section::Criteria => "criteria",
    Section::Evaluation => "evaluation",
    Section::Timing => "timing",
});

pub const SECTIONS: [Section; 7] = [
    Section::About,
    Section::RoleAndService,
    Section::Location,
    Section::HoursAndBudget,
    Section::Criteria,
    Section::Evaluation,
    Section::Timing,
];

/// Everything a draft may hold; a section not yet saved leaves its fields empty.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Brief {
    pub kind: Option<Kind>,
    pub title: Option<String>,
    pub summary: Option<String>,
    pub background: Option<String>,
    pub work: Option<String>,
    pub role_id: Option<i64>,
    pub lgsl_id: Option<i64>,
    pub region: Option<String>,
    pub work_mode: Option<WorkMode>,
    pub arrangements: Option<String>,
    pub security_clearance: Option<String>,
    pub minutes: Option<i64>,
    pub max_rate_pence: Option<i64>,
    pub earliest_start: Option<NaiveDate>,
    pub latest_end: Option<NaiveDate>,
    pub essential: Vec<String>,
    pub nice: Vec<String>,
    pub technical_weight: Option<i64>,
    pub cultural_weight: Option<i64>,
    pub price_weight: Option<i64>,
    pub evaluate_count: Option<i64>,
    pub questions_deadline: Option<DateTime<Utc>>,
    pub closes_at: Option<DateTime<Utc>>,
    pub visibility: Option<Visibility>,
    pub audience: Option<Audience>,
}

impl Brief {
    /// Whether a section has everything it needs (for the task list's "Completed").
    pub fn is_complete(&self, section: Section) -> bool {
        match section {
            Section::About => {
                self.kind.is_some()
                    && self.title.is_some()
                    && self.summary.is_some()
                    && self.background.is_some()
                    && self.work.is_some()
            }
            Section::RoleAndService => self.kind == Some(Kind::Outcome) || self.role_id.is_some(),
            Section::Location => self.work_mode.is_some() && self.arrangements.is_some(),
            Section::HoursAndBudget => {
                self.minutes.is_some()
                    && self.max_rate_pence.is_some()
                    && self.earliest_start.is_some()
                    && self.latest_end.is_some()
            }
            Section::Criteria => !self.essential.is_empty(),
            Section::Evaluation => {
                self.technical_weight.is_some()
                    && self.cultural_weight.is_some()
                    && self.price_weight.is_some()
                    && self.evaluate_count.is_some()
            }
            Section::Timing => {
                self.questions_deadline.is_some()
                    && self.closes_at.is_some()
                    && self.visibility.is_some()
                    && self.audience.is_some()
            }
        }
    }
}

/// The "About the work" page as typed.
#[derive(Debug, Clone, Default)]
pub struct AboutInput {
    pub kind: String,
    pub title: String,
    pub summary: String,
    pub background: String,
    pub work: String,
}

pub fn validate_about(input: &AboutInput, brief: &mut Brief) -> Result<(), ValidationErrors> {
    let mut e = ValidationErrors::default();
    let kind = e.check("kind", input.kind.parse::<Kind>());
    let title = e.check(
        "title",
        text::with_keys(
            text::single_line(&input.title, TITLE_MAX_CHARS),
            "error-title-required",
            "error-title-too-long",
        ),
    );
    let summary = e.check("summary", words(&input.summary, SUMMARY_MAX_WORDS));
    let background = e.check("background", words(&input.background, BACKGROUND_MAX_WORDS));
    let limit = match kind {
        Some(Kind::Outcome) => OUTCOME_MAX_WORDS,
        _ => SPECIALIST_WORK_MAX_WORDS,
    };
    let work = e.check("work", words(&input.work, limit));
    e.into_result()?;
    brief.kind = kind;
    brief.title = title;
    brief.summary = summary;
    brief.background = background;
    brief.work = work;
    Ok(())
}

/// Role (a DDaT role id, required for a specialist) and service (an LGSL id, optional);
/// the caller has checked that the ids exist.
pub fn validate_role_and_service(
    role_id: Option<i64>,
    lgsl_id: Option<i64>,
    brief: &mut Brief,
) -> Result<(), ValidationErrors> {
    if brief.kind != Some(Kind::Outcome) && role_id.is_none() {
        return Err(ValidationErrors::single("role_id", "error-opportunity-role-required"));
    }
    brief.role_id = role_id;
    brief.lgsl_id = lgsl_id;
    Ok(())
}

#[derive(Debug, Clone, Default)]
pub struct LocationInput {
    pub region: String,
    pub work_mode: String,
    pub arrangements: String,
    pub security_clearance: String,
}

pub fn validate_location(input: &LocationInput, brief: &mut Brief) -> Result<(), ValidationErrors> {
    let mut e = ValidationErrors::default();
    let work_mode = e.check("work_mode", input.work_mode.parse::<WorkMode>());
    let region = match input.region.trim() {
        "" => None,
        r => e.check(
            "region",
            REGIONS
                .iter()
                .find(|known| **known == r)
                .map(|r| r.to_string())
                .ok_or("error-region"),
        ),
    };
    if region.is_none() && matches!(work_mode, Some(WorkMode::OnSite | WorkMode::Either)) && e.is_empty() {
        e.push("region", "error-region-required-on-site");
    }
    let arrangements = e.check("arrangements", words(&input.arrangements, ARRANGEMENTS_MAX_WORDS));
    let clearance = e
        .check(
            "security_clearance",
            optional_words(&input.security_clearance, CLEARANCE_MAX_WORDS),
        )
        .flatten();
    e.into_result()?;
    brief.work_mode = work_mode;
    brief.region = region;
    brief.arrangements = arrangements;
    brief.security_clearance = clearance;
    Ok(())
}

#[derive(Debug, Clone, Default)]
pub struct HoursInput {
    pub hours: String,
    pub max_rate: String,
    pub earliest_start: String,
    pub latest_end: String,
}

pub fn validate_hours(input: &HoursInput, today: NaiveDate, brief: &mut Brief) -> Result<(), ValidationErrors> {
    let mut e = ValidationErrors::default();
    let minutes = e.check(
        "hours",
        parse_hours(&input.hours).and_then(|m| match m {
            0 => Err("error-hours-positive"),
            m if m > MAX_ESTIMATED_MINUTES => Err("error-estimated-hours-range"),
            m => Ok(m),
        }),
    );
    let rate = e.check(
        "max_rate",
        parse_rate(&input.max_rate).and_then(|r| r.ok_or("error-max-rate-required")),
    );
    let start = e
        .check("earliest_start", parse_date(&input.earliest_start, true))
        .flatten();
    let end = e.check("latest_end", parse_date(&input.latest_end, true)).flatten();
    if let Some(start) = start {
        if start < today {
            e.push("earliest_start", "error-date-past");
        }
        if let Some(end) = end {
            if end < start {
                e.push("latest_end", "error-date-order");
            }
        }
    }
    e.into_result()?;
    brief.minutes = minutes;
    brief.max_rate_pence = rate;
    brief.earliest_start = start;
    brief.latest_end = end;
    Ok(())
}

pub fn validate_criteria(essential: &str, nice: &str, brief: &mut Brief) -> Result<(), ValidationErrors> {
    let mut e = ValidationErrors::default();
    let essential = e.check("essential", parse_criteria(essential, true));
    let nice = e.check("nice", parse_criteria(nice, false));
    e.into_result()?;
    brief.essential = essential.unwrap_or_default();
    brief.nice = nice.unwrap_or_default();
    Ok(())
}

#[derive(Debug, Clone, Default)]
pub struct EvaluationInput {
    pub technical_weight: String,
    pub cultural_weight: String,
    pub price_weight: String,
    pub evaluate_count: String,
}

pub fn validate_evaluation(input: &EvaluationInput, brief: &mut Brief) -> Result<(), ValidationErrors> {
    let mut e = ValidationErrors::default();
    let t = e.check(
        "technical_weight",
        whole_number(&input.technical_weight, TECHNICAL_WEIGHT, "error-technical-weight"),
    );
    let c = e.check(
        "cultural_weight",
        whole_number(&input.cultural_weight, CULTURAL_WEIGHT, "error-cultural-weight"),
    );
    let p = e.check(
        "price_weight",
        whole_number(&input.price_weight, PRICE_WEIGHT, "error-price-weight"),
    );
    if let (Some(t), Some(c), Some(p)) = (t, c, p) {
        if t + c + p != 100 {
            e.push("technical_weight", "error-weights-total");
        }
    }
    let n = e.check(
        "evaluate_count",
        whole_number(&input.evaluate_count, EVALUATE_COUNT, "error-evaluate-count"),
    );
    e.into_result()?;
    brief.technical_weight = t;
    brief.cultural_weight = c;
    brief.price_weight = p;
    brief.evaluate_count = n;
    Ok(())
}

/// A London date and time as UTC. A time that does not exist (the hour the clocks go
/// forward) is refused; an ambiguous one takes the earlier instant.
pub fn london_instant(date: NaiveDate, time: NaiveTime) -> Option<DateTime<Utc>> {
    chrono_tz::Europe::London
        .from_local_datetime(&date.and_time(time))
        .earliest()
        .map(|t| t.with_timezone(&Utc))
}

/// `HH:MM`, 24-hour.
pub fn parse_time(input: &str) -> Result<NaiveTime, &'static str> {
    match input.trim() {
        "" => Err("error-time-required"),
        t => NaiveTime::parse_from_str(t, "%H:%M").map_err(|_| "error-time-format"),
    }
}

#[derive(Debug, Clone, Default)]
pub struct TimingInput {
    pub questions_deadline: String,
    pub closing_date: String,
    pub closing_time: String,
    pub visibility: String,
    pub audience: String,
}

/// When questions stop (the end of that London day, or the closing time if it is that same
/// day) and when it closes; who may see and who may apply. Both must be ahead, and the
/// questions day no later than the closing day.
pub fn validate_timing(input: &TimingInput, now: DateTime<Utc>, brief: &mut Brief) -> Result<(), ValidationErrors> {
    let mut e = ValidationErrors::default();
    let questions_day = e
        .check("questions_deadline", parse_date(&input.questions_deadline, true))
        .flatten();
    let closing_day = e.check("closing_date", parse_date(&input.closing_date, true)).flatten();
    let closing_time = e.check("closing_time", parse_time(&input.closing_time));
    let visibility = e.check("visibility", input.visibility.parse::<Visibility>());
    let audience = e.check("audience", input.audience.parse::<Audience>());
    let closes = match (closing_day, closing_time) {
        (Some(d), Some(t)) => {
            let at = london_instant(d, t);
            if at.is_none() {
                e.push("closing_time", "error-time-format");
            }
            at
        }
        _ => None,
    };
    let mut questions = None;
    if let Some(closes) = closes {
        if closes <= now {
            e.push("closing_date", "error-closing-past");
        } else if let (Some(day), Some(closing_day)) = (questions_day, closing_day) {
            let end = end_of_london_day(day).map(|q| q.min(closes));
            if day > closing_day {
                e.push("questions_deadline", "error-questions-after-closing");
            } else if end.is_none_or(|q| q <= now) {
                e.push("questions_deadline", "error-questions-deadline-past");
            }
            questions = end;
        }
    }
    e.into_result()?;
    brief.questions_deadline = questions;
    brief.closes_at = closes;
    brief.visibility = visibility;
    brief.audience = audience;
    Ok(())
}

/// The last minute of a London day, as UTC.
pub fn end_of_london_day(day: NaiveDate) -> Option<DateTime<Utc>> {
    london_instant(day, NaiveTime::from_hms_opt(23, 59, 0)?)
}

/// What stops a draft being published: each section not complete (field = the section's
/// name), and times that have passed since they were set.
pub fn check_publishable(brief: &Brief, now: DateTime<Utc>, invited: usize) -> Result<(), ValidationErrors> {
    let mut e = ValidationErrors::default();
    for s in SECTIONS {
        if !brief.is_complete(s) {
            e.push(s.as_str(), "error-section-incomplete");
        }
    }
    if let (Some(q), Some(c)) = (brief.questions_deadline, brief.closes_at) {
        if c <= now || q <= now {
            e.push(Section::Timing.as_str(), "error-timing-passed");
        }
    }
    if brief.audience == Some(Audience::Invited) && invited == 0 {
        e.push(Section::Timing.as_str(), "error-invited-none");
    }
    e.into_result()
}

/// A new closing time for a live opportunity: only ever later.
pub fn check_extension(current: DateTime<Utc>, proposed: DateTime<Utc>) -> Result<(), &'static str> {
    if proposed <= current {
        Err("error-closing-not-later")
    } else {
        Ok(())
    }
}

/// A change the buyer makes after publishing, kept in the change history.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ChangeKind {
    Summary,
    Clarification,
    ClosingTime,
}

string_enum!(ChangeKind, "error-change-kind", {
    ChangeKind::Summary => "summary",
    ChangeKind::Clarification => "clarification",
    ChangeKind::ClosingTime => "closing_time",
});

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ApplicationStatus {
    /// Waiting for a manager of the applicant's council.
    Submitted,
    /// The manager approved: the buyer will see it after closing.
    Approved,
    /// The manager declined.
    Declined,
    Withdrawn,
    Awarded,
    Unsuccessful,
}

string_enum!(ApplicationStatus, "error-status", {
    ApplicationStatus::Submitted => "submitted",
    ApplicationStatus::Approved => "approved",
    ApplicationStatus::Declined => "declined",
    ApplicationStatus::Withdrawn => "withdrawn",
    ApplicationStatus::Awarded => "awarded",
    ApplicationStatus::Unsuccessful => "unsuccessful",
});

/// An application as typed: evidence per criterion id, a rate and a start date.
#[derive(Debug, Clone, Default)]
pub struct ApplicationInput {
    pub essential: Vec<(i64, String)>,
    pub nice: Vec<(i64, String)>,
    pub rate: String,
    pub earliest_start: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ApplicationTerms {
    /// Evidence by criterion id; nice-to-haves left empty are not included.
    pub evidence: Vec<(i64, String)>,
    pub rate_pence: i64,
    pub earliest_start: NaiveDate,
}

/// A council's team offer for an outcome: at least one colleague, each named once by a
/// real profile id, each with whole quarter hours from a quarter hour up to the most an
/// opportunity can ask for. The page and the API refuse the same things (field `team`).
pub fn validate_team(members: &[(i64, i64)]) -> Result<(), ValidationErrors> {
    let refuse = |key| Err(ValidationErrors::single("team", key));
    if members.is_empty() {
        return refuse("error-team-empty");
    }
    let mut seen = std::collections::BTreeSet::new();
    for &(profile_id, minutes) in members {
        if profile_id <= 0 {
            return refuse("error-team-member");
        }
        if !seen.insert(profile_id) {
            return refuse("error-team-duplicate");
        }
        if minutes <= 0 || minutes > MAX_ESTIMATED_MINUTES {
            return refuse("error-team-hours-range");
        }
        if minutes % 15 != 0 {
            return refuse("error-hours-quarters");
        }
    }
    Ok(())
}

/// Every essential criterion needs evidence; every piece at most 100 words; the rate at
/// most the maximum; the start no earlier than today. Field names are `evidence-<id>`.
pub fn validate_application(
    input: &ApplicationInput,
    max_rate_pence: i64,
    today: NaiveDate,
) -> Result<ApplicationTerms, ValidationErrors> {
    let mut e = ValidationErrors::default();
    let mut evidence = Vec::new();
    for (id, text) in &input.essential {
        let field = format!("evidence-{id}");
        let checked = words(text, EVIDENCE_MAX_WORDS).map_err(|k| match k {
            "error-required" => "error-evidence-required",
            other => other,
        });
        if let Some(t) = e.check(&field, checked) {
            evidence.push((*id, t));
        }
    }
    for (id, text) in &input.nice {
        if let Some(Some(t)) = e.check(&format!("evidence-{id}"), optional_words(text, EVIDENCE_MAX_WORDS)) {
            evidence.push((*id, t));
        }
    }
    let rate = e.check(
        "rate",
        parse_rate(&input.rate).and_then(|r| match r {
            None => Err("error-rate-required"),
            Some(r) if r > max_rate_pence => Err("error-rate-above-maximum"),
            Some(r) => Ok(r),
        }),
    );
    let start = e
        .check("earliest_start", parse_date(&input.earliest_start, true))
        .flatten();
    if matches!(start, Some(s) if s < today) {
        e.push("earliest_start", "error-date-past");
    }
    e.into_result()?;
    match (rate, start) {
        (Some(rate_pence), Some(earliest_start)) => Ok(ApplicationTerms {
            evidence,
            rate_pence,
            earliest_start,
        }),
        _ => Err(ValidationErrors::single("rate", "error-rate-required")),
    }
}

/// What each score means, as the buyer sees it beside the score (catalogue keys).
pub const SCORE_MEANINGS: [&str; 4] = ["score-0", "score-1", "score-2", "score-3"];

pub fn parse_score(input: &str) -> Result<Option<i64>, &'static str> {
    match input.trim() {
        "" => Ok(None),
        t => match t.parse::<i64>() {
            Ok(n) if (0..=MAX_SCORE).contains(&n) => Ok(Some(n)),
            _ => Err("error-score"),
        },
    }
}

/// The weights of a brief, in percent, summing to 100.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Weights {
    pub technical: i64,
    pub cultural: i64,
    pub price: i64,
}

/// One application's scores: one per criterion (None where not yet scored), the cultural
/// fit score, and the proposed rate.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Scorecard {
    pub application_id: i64,
    pub criteria: Vec<Option<i64>>,
    pub cultural: Option<i64>,
    pub rate_pence: i64,
}

/// An application's place in the ranking, with its parts in basis points (10,000 = 100%).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Ranked {
    pub application_id: i64,
    pub technical_bp: i64,
    pub cultural_bp: i64,
    pub price_bp: i64,
    pub total_bp: i64,
    /// False until every criterion and cultural fit have a score; such applications rank
    /// after every fully scored one.
    pub complete: bool,
}

/// Weighted ranking as DOS does it: technical = criterion scores as a share of the most
/// possible; cultural fit = its score as a share of 3; price = the lowest proposed rate
/// as a share of this one's. Total = the weighted sum. Integer arithmetic throughout
/// (rounded down), so the same scores always give the same order. Ties go to the lower
/// rate, then the earlier application.
pub fn rank(cards: &[Scorecard], weights: Weights) -> Vec<Ranked> {
    let lowest = cards.iter().map(|c| c.rate_pence).filter(|r| *r > 0).min().unwrap_or(1);
    let mut ranked: Vec<(Ranked, i64)> = cards
        .iter()
        .map(|c| {
            let scored: i64 = c.criteria.iter().flatten().sum();
            let possible = MAX_SCORE * c.criteria.len() as i64;
            let technical_bp = if possible == 0 { 0 } else { scored * 10_000 / possible };
            let cultural_bp = c.cultural.unwrap_or(0) * 10_000 / MAX_SCORE;
            let price_bp = if c.rate_pence <= 0 {
                10_000
            } else {
                lowest * 10_000 / c.rate_pence
            };
            let total_bp =
                (technical_bp * weights.technical + cultural_bp * weights.cultural + price_bp * weights.price) / 100;
            let complete = c.cultural.is_some() && c.criteria.iter().all(Option::is_some);
            (
                Ranked {
                    application_id: c.application_id,
                    technical_bp,
                    cultural_bp,
                    price_bp,
                    total_bp,
                    complete,
                },
                c.rate_pence,
            )
        })
        .collect();
    ranked.sort_by(|(a, ra), (b, rb)| {
        b.complete
            .cmp(&a.complete)
            .then(b.total_bp.cmp(&a.total_bp))
            .then(ra.cmp(rb))
            .then(a.application_id.cmp(&b.application_id))
    });
    ranked.into_iter().map(|(r, _)| r).collect()
}

/// How many may be awarded: exactly one for a specialist, one or more for an outcome.
pub fn check_award_count(kind: Kind, chosen: usize) -> Result<(), &'static str> {
    match (kind, chosen) {
        (_, 0) => Err("error-award-none"),
        (Kind::Specialist, n) if n > 1 => Err("error-award-one-only"),
        _ => Ok(()),
    }
}

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

#[cfg(test)]
mod team_tests {
    use super::*;

    fn refused(members: &[(i64, i64)]) -> &'static str {
        validate_team(members).unwrap_err().0[0].key
    }

    #[test]
    fn a_team_names_each_colleague_once_with_quarter_hours_in_range() {
        assert!(validate_team(&[(1, 60), (2, 15)]).is_ok());
        assert!(validate_team(&[(1, MAX_ESTIMATED_MINUTES)]).is_ok());
        assert_eq!(refused(&[]), "error-team-empty");
        assert_eq!(refused(&[(1, 60), (1, 30)]), "error-team-duplicate");
        assert_eq!(refused(&[(-4, 60)]), "error-team-member");
        assert_eq!(refused(&[(1, 0)]), "error-team-hours-range");
        assert_eq!(refused(&[(1, -60)]), "error-team-hours-range");
        assert_eq!(refused(&[(1, 9_000_000_000_000_000_000)]), "error-team-hours-range");
        assert_eq!(refused(&[(1, 7)]), "error-hours-quarters");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    fn at(y: i32, m: u32, d: u32, h: u32) -> DateTime<Utc> {
        Utc.with_ymd_and_hms(y, m, d, h, 0, 0).unwrap()
    }

    #[test]
    fn lifecycle_allows_only_its_steps() {
        assert_eq!(next_status(Status::Draft, Event::Publish), Ok(Status::Live));
        assert_eq!(next_status(Status::Live, Event::Close), Ok(Status::Closed));
        assert_eq!(next_status(Status::Live, Event::Withdraw), Ok(Status::Withdrawn));
        assert_eq!(next_status(Status::Closed, Event::Award), Ok(Status::Awarded));
        assert_eq!(
            next_status(Status::Closed, Event::NoneSuitable),
            Ok(Status::Unsuccessful)
        );
        assert_eq!(next_status(Status::Closed, Event::Cancel), Ok(Status::Cancelled));
        assert!(next_status(Status::Live, Event::Award).is_err());
        assert!(next_status(Status::Awarded, Event::Award).is_err());
        assert!(next_status(Status::Draft, Event::Close).is_err());
        assert!(next_status(Status::Closed, Event::Withdraw).is_err());
        assert_eq!(
            next_status(Status::Awarded, Event::Cancel).unwrap_err().key(),
            "error-opportunity-ended"
        );
    }

    #[test]
    fn words_are_counted_as_dos_counts_them() {
        assert_eq!(word_count("  one two\nthree\tfour "), 4);
        let fifty = vec!["word"; 50].join(" ");
        assert!(words(&fifty, 50).is_ok());
        assert_eq!(words(&format!("{fifty} more"), 50), Err("error-too-many-words"));
        assert_eq!(words("  ", 50), Err("error-required"));
    }

    #[test]
    fn criteria_are_one_a_line_within_limits() {
        assert_eq!(
            parse_criteria("Has run research\n\n  Knows GOV.UK patterns  \n", true).unwrap(),
            vec!["Has run research", "Knows GOV.UK patterns"]
        );
        assert_eq!(parse_criteria("", true), Err("error-criteria-required"));
        assert_eq!(parse_criteria("", false), Ok(vec![]));
        let many = (0..21).map(|i| format!("criterion {i}")).collect::<Vec<_>>().join("\n");
        assert_eq!(parse_criteria(&many, true), Err("error-criteria-too-many"));
        assert_eq!(parse_criteria(&"x".repeat(301), true), Err("error-criterion-too-long"));
        assert_eq!(
            parse_criteria(&vec!["w"; 31].join(" "), true),
            Err("error-criterion-too-many-words")
        );
        assert!(parse_criteria(&"x".repeat(300), true).is_ok());
    }

    #[test]
    fn about_uses_the_word_limit_of_the_kind() {
        let work = vec!["w"; 150].join(" ");
        let input = AboutInput {
            kind: "specialist".into(),
            title: "User researcher for bin collections".into(),
            summary: "Research with residents".into(),
            background: "New service".into(),
            work: work.clone(),
        };
        let mut brief = Brief::default();
        let errors = validate_about(&input, &mut brief).unwrap_err();
        assert_eq!(errors.0[0].field, "work");
        let outcome = AboutInput {
            kind: "outcome".into(),
            ..input
        };
        validate_about(&outcome, &mut brief).unwrap();
        assert_eq!(brief.kind, Some(Kind::Outcome));
        assert!(brief.is_complete(Section::About));
        assert!(brief.is_complete(Section::RoleAndService), "an outcome needs no role");
    }

    #[test]
    fn title_has_its_own_messages() {
        let mut brief = Brief::default();
        let input = AboutInput {
            kind: "specialist".into(),
            title: "t".repeat(101),
            summary: "s".into(),
            background: "b".into(),
            work: "w".into(),
        };
        assert_eq!(
            validate_about(&input, &mut brief).unwrap_err().0[0].key,
            "error-title-too-long"
        );
        assert_eq!(brief, Brief::default(), "nothing is kept from an invalid page");
    }

    #[test]
    fn specialist_needs_a_role() {
        let mut brief = Brief {
            kind: Some(Kind::Specialist),
            ..Brief::default()
        };
        assert!(validate_role_and_service(None, Some(4), &mut brief).is_err());
        validate_role_and_service(Some(2), None, &mut brief).unwrap();
        assert_eq!(brief.role_id, Some(2));
    }

    #[test]
    fn on_site_work_needs_a_region() {
        let mut brief = Brief::default();
        let mut input = LocationInput {
            region: "".into(),
            work_mode: "on_site".into(),
            arrangements: "Two days a week in Leeds".into(),
            security_clearance: "".into(),
        };
        assert_eq!(
            validate_location(&input, &mut brief).unwrap_err().0[0].key,
            "error-region-required-on-site"
        );
        input.region = "Atlantis".into();
        assert_eq!(
            validate_location(&input, &mut brief).unwrap_err().0[0].key,
            "error-region"
        );
        input.region = "Yorkshire and The Humber".into();
        validate_location(&input, &mut brief).unwrap();
        input.region = "".into();
        input.work_mode = "remote".into();
        validate_location(&input, &mut brief).unwrap();
        assert_eq!(brief.region, None);
    }

    #[test]
    fn hours_and_budget_are_checked() {
        let today = date(2026, 11, 27);
        let mut brief = Brief::default();
        let mut input = HoursInput {
            hours: "37.5".into(),
            max_rate: "55".into(),
            earliest_start: "2027-01-04".into(),
            latest_end: "2027-03-26".into(),
        };
        validate_hours(&input, today, &mut brief).unwrap();
        assert_eq!(brief.minutes, Some(2250));
        assert_eq!(brief.max_rate_pence, Some(5500));
        input.hours = "0".into();
        input.latest_end = "2027-01-01".into();
        let e = validate_hours(&input, today, &mut brief).unwrap_err();
        let keys: Vec<_> = e.0.iter().map(|f| (f.field.as_str(), f.key)).collect();
        assert_eq!(
            keys,
            vec![("hours", "error-hours-positive"), ("latest_end", "error-date-order")]
        );
        input.hours = "2000.25".into();
        input.latest_end = "2027-03-26".into();
        assert_eq!(
            validate_hours(&input, today, &mut brief).unwrap_err().0[0].key,
            "error-estimated-hours-range"
        );
    }

    #[test]
    fn weightings_follow_dos_and_sum_to_100() {
        let mut brief = Brief::default();
        let mut input = EvaluationInput {
            technical_weight: "60".into(),
            cultural_weight: "20".into(),
            price_weight: "20".into(),
            evaluate_count: "3".into(),
        };
        validate_evaluation(&input, &mut brief).unwrap();
        input.price_weight = "25".into();
        assert_eq!(
            validate_evaluation(&input, &mut brief).unwrap_err().0[0].key,
            "error-weights-total"
        );
        input.technical_weight = "76".into();
        input.cultural_weight = "4".into();
        input.price_weight = "20".into();
        let keys: Vec<_> = validate_evaluation(&input, &mut brief)
            .unwrap_err()
            .0
            .iter()
            .map(|f| f.key)
            .collect();
        assert_eq!(keys, vec!["error-technical-weight", "error-cultural-weight"]);
        input.technical_weight = "75".into();
        input.cultural_weight = "5".into();
        input.evaluate_count = "2".into();
        assert_eq!(
            validate_evaluation(&input, &mut brief).unwrap_err().0[0].key,
            "error-evaluate-count"
        );
    }

    #[test]
    fn timing_is_in_london_time_and_in_order() {
        let now = at(2026, 11, 27, 10);
        let mut brief = Brief::default();
        let mut input = TimingInput {
            questions_deadline: "2026-12-04".into(),
            closing_date: "2026-12-11".into(),
            closing_time: "12:00".into(),
            visibility: "public".into(),
            audience: "all".into(),
        };
        validate_timing(&input, now, &mut brief).unwrap();
        assert_eq!(brief.closes_at, Some(at(2026, 12, 11, 12)), "GMT in December");
        assert_eq!(
            brief.questions_deadline,
            Some(Utc.with_ymd_and_hms(2026, 12, 4, 23, 59, 0).unwrap())
        );
        input.questions_deadline = "2026-12-12".into();
        assert_eq!(
            validate_timing(&input, now, &mut brief).unwrap_err().0[0].key,
            "error-questions-after-closing"
        );
        input.closing_date = "2026-11-26".into();
        assert_eq!(
            validate_timing(&input, now, &mut brief).unwrap_err().0[0].key,
            "error-closing-past"
        );
        // Questions on the closing day stop at the closing time.
        input.questions_deadline = "2026-12-11".into();
        input.closing_date = "2026-12-11".into();
        validate_timing(&input, now, &mut brief).unwrap();
        assert_eq!(brief.questions_deadline, brief.closes_at);
        // British Summer Time: noon in London is 11:00 UTC.
        input.questions_deadline = "2027-06-01".into();
        input.closing_date = "2027-06-10".into();
        validate_timing(&input, now, &mut brief).unwrap();
        assert_eq!(brief.closes_at, Some(at(2027, 6, 10, 11)));
        // The hour the clocks go forward does not exist.
        input.questions_deadline = "2027-03-20".into();
        input.closing_date = "2027-03-28".into();
        input.closing_time = "01:30".into();
        assert_eq!(
            validate_timing(&input, now, &mut brief).unwrap_err().0[0].key,
            "error-time-format"
        );
    }

    fn complete_brief(now: DateTime<Utc>) -> Brief {
        Brief {
            kind: Some(Kind::Specialist),
            title: Some("t".into()),
            summary: Some("s".into()),
            background: Some("b".into()),
            work: Some("w".into()),
            role_id: Some(1),
            work_mode: Some(WorkMode::Remote),
            arrangements: Some("a".into()),
            minutes: Some(600),
            max_rate_pence: Some(5000),
            earliest_start: Some(date(2027, 1, 4)),
            latest_end: Some(date(2027, 2, 26)),
            essential: vec!["e".into()],
            technical_weight: Some(60),
            cultural_weight: Some(20),
            price_weight: Some(20),
            evaluate_count: Some(3),
            questions_deadline: Some(now + chrono::Duration::days(5)),
            closes_at: Some(now + chrono::Duration::days(10)),
            visibility: Some(Visibility::Public),
            audience: Some(Audience::All),
            ..Brief::default()
        }
    }

    #[test]
    fn publishing_needs_every_section_and_times_ahead() {
        let now = at(2026, 11, 27, 10);
        let brief = complete_brief(now);
        assert!(check_publishable(&brief, now, 0).is_ok());
        let empty = check_publishable(&Brief::default(), now, 0).unwrap_err();
        assert_eq!(empty.0.len(), SECTIONS.len());
        let later = now + chrono::Duration::days(6);
        assert_eq!(
            check_publishable(&brief, later, 0).unwrap_err().0[0].key,
            "error-timing-passed"
        );
        let invited = Brief {
            audience: Some(Audience::Invited),
            ..brief
        };
        assert_eq!(
            check_publishable(&invited, now, 0).unwrap_err().0[0].key,
            "error-invited-none"
        );
        assert!(check_publishable(&invited, now, 2).is_ok());
    }

    #[test]
    fn closing_time_only_moves_later() {
        let now = at(2026, 12, 11, 12);
        assert!(check_extension(now, now + chrono::Duration::hours(1)).is_ok());
        assert_eq!(check_extension(now, now), Err("error-closing-not-later"));
        assert_eq!(
            check_extension(now, now - chrono::Duration::hours(1)),
            Err("error-closing-not-later")
        );
    }

    #[test]
    fn applications_need_evidence_for_every_essential_and_a_rate_within_the_maximum() {
        let today = date(2026, 11, 27);
        let mut input = ApplicationInput {
            essential: vec![(1, "I ran 40 interviews".into()), (2, "".into())],
            nice: vec![(3, "".into()), (4, "Yes, twice".into())],
            rate: "60".into(),
            earliest_start: "2027-01-04".into(),
        };
        let e = validate_application(&input, 5500, today).unwrap_err();
        let keys: Vec<_> = e.0.iter().map(|f| (f.field.as_str(), f.key)).collect();
        assert_eq!(
            keys,
            vec![
                ("evidence-2", "error-evidence-required"),
                ("rate", "error-rate-above-maximum")
            ]
        );
        input.essential[1].1 = "Built the form".into();
        input.rate = "55".into();
        let ok = validate_application(&input, 5500, today).unwrap();
        assert_eq!(ok.rate_pence, 5500);
        assert_eq!(ok.evidence.iter().map(|(id, _)| *id).collect::<Vec<_>>(), vec![1, 2, 4]);
        input.nice[0].1 = vec!["w"; 101].join(" ");
        assert_eq!(
            validate_application(&input, 5500, today).unwrap_err().0[0].field,
            "evidence-3"
        );
    }

    #[test]
    fn scores_are_0_to_3() {
        assert_eq!(parse_score(""), Ok(None));
        assert_eq!(parse_score("3"), Ok(Some(3)));
        assert_eq!(parse_score("4"), Err("error-score"));
        assert_eq!(parse_score("-1"), Err("error-score"));
    }

    #[test]
    fn ranking_weights_technical_cultural_and_price() {
        let weights = Weights {
            technical: 60,
            cultural: 20,
            price: 20,
        };
        let cards = vec![
            // All 3s at the higher rate.
            Scorecard {
                application_id: 1,
                criteria: vec![Some(3), Some(3)],
                cultural: Some(3),
                rate_pence: 6000,
            },
            // 2s at the lowest rate.
            Scorecard {
                application_id: 2,
                criteria: vec![Some(2), Some(2)],
                cultural: Some(2),
                rate_pence: 4000,
            },
            // Not fully scored: ranks last whatever its numbers.
            Scorecard {
                application_id: 3,
                criteria: vec![Some(3), None],
                cultural: Some(3),
                rate_pence: 4000,
            },
        ];
        let r = rank(&cards, weights);
        assert_eq!(r.iter().map(|x| x.application_id).collect::<Vec<_>>(), vec![1, 2, 3]);
        // 1: technical 100%, cultural 100%, price 4000/6000 = 66.66% → 60 + 20 + 13.332.
        assert_eq!(
            (r[0].technical_bp, r[0].cultural_bp, r[0].price_bp),
            (10_000, 10_000, 6_666)
        );
        assert_eq!(r[0].total_bp, 9_333);
        // 2: technical 66.66%, cultural 66.66%, price 100% → 39.996 + 13.332 + 20, rounded down at each step.
        assert_eq!(r[1].total_bp, 7_332);
        assert!(!r[2].complete);
    }

    #[test]
    fn ties_go_to_the_lower_rate_then_the_earlier_application() {
        let weights = Weights {
            technical: 75,
            cultural: 5,
            price: 20,
        };
        let card = |id, rate| Scorecard {
            application_id: id,
            criteria: vec![Some(2)],
            cultural: Some(2),
            rate_pence: rate,
        };
        let r = rank(&[card(5, 5000), card(4, 5000), card(6, 5000)], weights);
        assert_eq!(r.iter().map(|x| x.application_id).collect::<Vec<_>>(), vec![4, 5, 6]);
        assert_eq!(rank(&[], weights), vec![]);
    }

    #[test]
    fn a_specialist_is_awarded_to_one() {
        assert!(check_award_count(Kind::Specialist, 1).is_ok());
        assert_eq!(check_award_count(Kind::Specialist, 2), Err("error-award-one-only"));
        assert!(check_award_count(Kind::Outcome, 3).is_ok());
        assert_eq!(check_award_count(Kind::Outcome, 0), Err("error-award-none"));
    }

    #[test]
    fn alerts_match_every_filter_they_set() {
        let alert = Alert {
            words: search_words("Research, bins!"),
            region: Some("North West".into()),
            ..Alert::default()
        };
        assert_eq!(alert.words, vec!["research", "bins"]);
        let mut subject = AlertSubject {
            text: "User Research for bins collection",
            kind: Some(Kind::Specialist),
            region: Some("London"),
            ..AlertSubject::default()
        };
        assert!(!alert_matches(&alert, &subject), "wrong region, not remote");
        subject.remote = true;
        assert!(alert_matches(&alert, &subject));
        let by_role = Alert {
            role_id: Some(3),
            ..Alert::default()
        };
        assert!(!alert_matches(&by_role, &subject));
        subject.role_id = Some(3);
        assert!(alert_matches(&by_role, &subject));
        assert!(alert_matches(&Alert::default(), &subject), "an empty alert matches all");
    }
}
