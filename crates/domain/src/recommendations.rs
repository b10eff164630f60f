//! Recommending listed practitioners for an opportunity (SPEC §4.11). Each candidate gets
//! a score out of the points below, and the reasons that earned them, so a buyer sees why
//! someone is suggested. The points, strongest first:
//!
//! | What | Points |
//! |---|---|
//! | done-before work on the opportunity's service | 40, and 5 for each more entry, up to 50 |
//! | the service among those they have worked on (without done-before work on it) | 30 |
//! | the role asked for | 25 |
//! | skills of the role or named in the criteria | 6 each, up to 18 |
//! | free hours in the opportunity's weeks | 15 when enough for the estimated hours, else in proportion |
//! | hourly rate within the maximum | 10 |
//! | where they work fits how the work is done | 5 |
//! | past buyers' ratings | (average − 3) × 5, scaled down below 3 ratings: −10 to +10 |
//!
//! Someone with no free time in the weeks, or whose rate is above the maximum, is not
//! recommended: they could not take the work. Ties go to more free time, then the lower
//! profile id, so a list is stable.

pub mod alike;

use crate::pool::WorkMode;
use crate::weeks::Week;
use chrono::{Duration, NaiveDate};

/// What an opportunity asks for.
#[derive(Debug, Clone, Default)]
pub struct Wanted {
    pub lgsl_id: Option<i64>,
    pub role_id: Option<i64>,
    /// Skills of the role, and skills whose names the criteria mention.
    pub skill_ids: Vec<i64>,
    /// Estimated hours in minutes, when given.
    pub minutes: Option<i64>,
    pub max_rate_pence: Option<i64>,
    /// How the work is done: remote, on site or either.
    pub work_mode: Option<WorkMode>,
    pub region: Option<String>,
    /// Weeks of the period the free time is counted over (at least 1).
    pub weeks: i64,
}

/// What is known of a listed practitioner in another council.
#[derive(Debug, Clone, Default)]
pub struct Candidate {
    pub profile_id: i64,
    pub council: String,
    /// The opportunity's service is among the services they have worked on.
    pub worked_on_service: bool,
    /// Titles of their done-before work on the opportunity's service.
    pub done_before: Vec<String>,
    /// Their level in the role asked for, if they hold it.
    pub role_level: Option<String>,
    /// Names of their skills among those wanted.
    pub skills: Vec<String>,
    /// Free minutes in all the weeks of the period.
    pub free_minutes: i64,
    pub rate_pence: Option<i64>,
    pub work_mode: Option<WorkMode>,
    pub region: Option<String>,
    /// Buyers' ratings: (sum, count).
    pub ratings: (i64, i64),
}

/// Why someone is recommended: each shown as a phrase in the reader's language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Reason {
    DoneBefore { title: String, council: String },
    WorkedOnService { council: String },
    Role { level: String },
    Skills { names: Vec<String> },
    FreeHours { minutes_a_week: i64 },
    RateWithin,
    WorkModeFits,
    Rated { average_tenths: i64, count: i64 },
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Recommendation {
    pub profile_id: i64,
    pub score: i64,
    pub free_minutes: i64,
    pub reasons: Vec<Reason>,
}

/// The candidate's score and reasons; None when they could not take the work.
pub fn score(w: &Wanted, c: &Candidate) -> Option<Recommendation> {
    if c.free_minutes <= 0 {
        return None;
    }
    if let (Some(max), Some(rate)) = (w.max_rate_pence, c.rate_pence) {
        if rate > max {
            return None;
        }
    }
    let mut score = 0;
    let mut reasons = Vec::new();
    if w.lgsl_id.is_some() {
        if let Some(first) = c.done_before.first() {
            score += (40 + 5 * (c.done_before.len() as i64 - 1)).min(50);
            reasons.push(Reason::DoneBefore {
                title: first.clone(),
                council: c.council.clone(),
            });
        } else if c.worked_on_service {
            score += 30;
            reasons.push(Reason::WorkedOnService {
                council: c.council.clone(),
            });
        }
    }
    if let (Some(_), Some(level)) = (w.role_id, &c.role_level) {
        score += 25;
        reasons.push(Reason::Role { level: level.clone() });
    }
    if !c.skills.is_empty() {
        score += (6 * c.skills.len() as i64).min(18);
        reasons.push(Reason::Skills {
            names: c.skills.iter().take(3).cloned().collect(),
        });
    }
    score += match w.minutes {
        Some(needed) if needed > 0 => (15 * c.free_minutes.min(needed)) / needed,
        _ => 15,
    };
    reasons.push(Reason::FreeHours {
        minutes_a_week: c.free_minutes / w.weeks.max(1),
    });
    if w.max_rate_pence.is_some() && c.rate_pence.is_some() {
        score += 10;
        reasons.push(Reason::RateWithin);
    }
    if work_mode_fits(w, c) {
        score += 5;
        reasons.push(Reason::WorkModeFits);
    }
    let (sum, count) = c.ratings;
    if count > 0 {
        // (average − 3) × 5, in tenths of a point, trusted fully from three ratings.
        let tenths = (sum * 10 / count - 30) * 5 * count.min(3) / 3;
        score += tenths / 10;
        reasons.push(Reason::Rated {
            average_tenths: sum * 10 / count,
            count,
        });
    }
    Some(Recommendation {
        profile_id: c.profile_id,
        score,
        free_minutes: c.free_minutes,
        reasons,
    })
}

/// Whether where the practitioner works fits how the work is done: remote work suits
/// anyone who works remotely; work on site suits someone who works on site in its region.
fn work_mode_fits(w: &Wanted, c: &Candidate) -> bool {
    let remote = matches!(c.work_mode, Some(WorkMode::Remote | WorkMode::Either));
    let on_site = matches!(c.work_mode, Some(WorkMode::OnSite | WorkMode::Either));
    let in_region = w.region.is_none() || w.region == c.region;
    match w.work_mode {
        Some(WorkMode::Remote) => remote,
        Some(WorkMode::OnSite) => on_site && in_region,
        Some(WorkMode::Either) => remote || (on_site && in_region),
        None => false,
    }
}

/// The order of two scored matches before their tie-break: the higher score, then more
/// free time, first.
fn ahead(a: &Recommendation, b: &Recommendation) -> std::cmp::Ordering {
    b.score.cmp(&a.score).then(b.free_minutes.cmp(&a.free_minutes))
}

/// The best `n` candidates, best first.
pub fn rank(w: &Wanted, candidates: &[Candidate], n: usize) -> Vec<Recommendation> {
    let mut scored: Vec<Recommendation> = candidates.iter().filter_map(|c| score(w, c)).collect();
    scored.sort_by(|a, b| ahead(a, b).then(a.profile_id.cmp(&b.profile_id)));
    scored.truncate(n);
    scored
}

/// The weeks free time is counted over, as offsets from `first` (this week) within
/// `horizon` weeks: those of the period from `start` to `end`, else the four after this one.
pub fn counted_weeks(first: Week, horizon: i64, period: Option<(NaiveDate, NaiveDate)>) -> Vec<i64> {
    let in_period: Vec<i64> = match period {
        Some((start, end)) => (0..horizon)
            .filter(|i| {
                let monday = first.plus(*i).monday();
                monday + Duration::days(6) >= start && monday <= end
            })
            .collect(),
        None => Vec::new(),
    };
    if in_period.is_empty() {
        (1..5).collect()
    } else {
        in_period
    }
}

/// The opportunities that fit a practitioner best, ranked from their side by the same
/// points: each option is an opportunity's id, what it asks, and the practitioner as it
/// sees them. Best `n` first; ties go to more free time, then the newer opportunity.
pub fn rank_opportunities(options: &[(i64, Wanted, Candidate)], n: usize) -> Vec<(i64, Recommendation)> {
    let mut scored: Vec<(i64, Recommendation)> = options
        .iter()
        .filter_map(|(id, w, c)| score(w, c).map(|r| (*id, r)))
        .collect();
    scored.sort_by(|(a_id, a), (b_id, b)| ahead(a, b).then(b_id.cmp(a_id)));

    scored.truncate(n);
    scored
}

#[cfg(test)]
mod tests;
