//! The brief: a buyer's requirement in the shape of a Digital Outcomes and Specialists
//! brief, sized in hours, each section validated as typed; what stops a draft being
//! published.

use super::*;

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

pub(super) fn optional_words(input: &str, max_words: usize) -> Result<Option<String>, &'static str> {
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

pub(super) fn whole_number(input: &str, (low, high): (i64, i64), key: &'static str) -> Result<i64, &'static str> {
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
    /// The level of the role asked for, as a DDaT band (`BANDS`); only with a role.
    pub band: Option<i64>,
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

/// The DDaT bands a role's levels fall in, from trainee (1) to head of profession (8).
pub const BANDS: std::ops::RangeInclusive<i64> = 1..=8;

/// Role (a DDaT role id, required for a specialist), the level of it asked for (a band,
/// optional, only with a role) and service (an LGSL id, optional); the caller has checked
/// that the ids exist.
pub fn validate_role_and_service(
    role_id: Option<i64>,
    band: Option<i64>,
    lgsl_id: Option<i64>,
    brief: &mut Brief,
) -> Result<(), ValidationErrors> {
    if brief.kind != Some(Kind::Outcome) && role_id.is_none() {
        return Err(ValidationErrors::single("role_id", "error-opportunity-role-required"));
    }
    if let Some(b) = band {
        if !BANDS.contains(&b) {
            return Err(ValidationErrors::single("band", "error-opportunity-band"));
        }
        if role_id.is_none() {
            return Err(ValidationErrors::single("band", "error-opportunity-band-without-role"));
        }
    }
    brief.role_id = role_id;
    brief.band = band;
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

pub use crate::dates::{london_instant, parse_time};

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
