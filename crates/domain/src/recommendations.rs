//! Recommending listed practitioners for an opportunity (SPEC §4.11). Each candidate gets
//! a score out of the points below, and the reasons that earned them, so a buyer sees why
//! someone is suggested. The points, strongest first:
//!
//! | What | Points |
//! |---|---|
//! | done-before work on the opportunity's service | 40, and 5 for each more entry, up to 50 |
//! | the service among those they have worked on (without done-before work on it) | 30 |
//! | the role asked for | 25 |
//! | their level in that role against the level asked for | 10 at it, 5 one band either side |
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

/// The points of each factor (the table above).
pub mod points {
    /// Done-before work on the service: the first entry, each more, and the most in all.
    pub const DONE_BEFORE: i64 = 40;
    pub const DONE_BEFORE_MORE: i64 = 5;
    pub const DONE_BEFORE_MOST: i64 = 50;
    /// The service among those worked on, without done-before work on it.
    pub const WORKED_ON: i64 = 30;
    pub const ROLE: i64 = 25;
    /// Their level in the role at the band asked for, or one band either side of it.
    pub const LEVEL_ASKED: i64 = 10;
    pub const LEVEL_NEAR: i64 = 5;
    /// Each wanted skill held, and the most skills earn in all.
    pub const SKILL: i64 = 6;
    pub const SKILLS_MOST: i64 = 18;
    pub const FREE_HOURS: i64 = 15;
    pub const RATE_WITHIN: i64 = 10;
    pub const WORK_MODE_FITS: i64 = 5;
    /// Buyers' ratings earn from −RATED_MOST to +RATED_MOST.
    pub const RATED_MOST: i64 = 10;
}

/// What is counted of a candidate: everything the score depends on, without the names
/// the reasons give (`Candidate`). The store counts this for every candidate at once, so
/// that only the best need be read in full.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Counted {
    pub profile_id: i64,
    /// Done-before entries on the opportunity's service.
    pub done_before: i64,
    pub worked_on_service: bool,
    pub holds_role: bool,
    /// The band of their level in the role asked for (0 when they do not hold it).
    pub role_band: i64,
    /// Wanted skills held.
    pub skills: i64,
    pub free_minutes: i64,
    pub rate_pence: Option<i64>,
    pub work_mode: Option<WorkMode>,
    pub region: Option<String>,
    /// Buyers' ratings: (sum, count).
    pub ratings: (i64, i64),
}

impl Counted {
    pub fn of(c: &Candidate) -> Self {
        Counted {
            profile_id: c.profile_id,
            done_before: c.done_before.len() as i64,
            worked_on_service: c.worked_on_service,
            holds_role: c.role_level.is_some(),
            role_band: c.role_band,
            skills: c.skills.len() as i64,
            free_minutes: c.free_minutes,
            rate_pence: c.rate_pence,
            work_mode: c.work_mode,
            region: c.region.clone(),
            ratings: c.ratings,
        }
    }
}

/// The candidate's score (the table above); None when they could not take the work: no
/// free time in the weeks, or a rate above the maximum.
pub fn points(w: &Wanted, k: &Counted) -> Option<i64> {
    if k.free_minutes <= 0 {
        return None;
    }
    if let (Some(max), Some(rate)) = (w.max_rate_pence, k.rate_pence) {
        if rate > max {
            return None;
        }
    }
    let service = match (w.lgsl_id, k.done_before, k.worked_on_service) {
        (None, _, _) => 0,
        (Some(_), n, _) if n > 0 => {
            (points::DONE_BEFORE + points::DONE_BEFORE_MORE * (n - 1)).min(points::DONE_BEFORE_MOST)
        }
        (Some(_), _, true) => points::WORKED_ON,
        (Some(_), _, false) => 0,
    };
    let role = if w.role_id.is_some() && k.holds_role {
        points::ROLE
    } else {
        0
    };
    let level = level_points(w, k);
    let skills = (points::SKILL * k.skills).min(points::SKILLS_MOST);
    let free = match w.minutes {
        Some(needed) if needed > 0 => (points::FREE_HOURS * k.free_minutes.min(needed)) / needed,
        _ => points::FREE_HOURS,
    };
    let rate = if w.max_rate_pence.is_some() && k.rate_pence.is_some() {
        points::RATE_WITHIN
    } else {
        0
    };
    let fits = if work_mode_fits(w, k) {
        points::WORK_MODE_FITS
    } else {
        0
    };
    let rated = match k.ratings {
        // (average − 3) × 5, in tenths of a point, trusted fully from three ratings.
        (sum, count) if count > 0 => (sum * 10 / count - 30) * (points::RATED_MOST / 2) * count.min(3) / 3 / 10,
        _ => 0,
    };
    Some(service + role + level + skills + free + rate + fits + rated)
}

/// The points for their level in the role against the band asked for: none unless a role
/// and a band were asked for and they hold the role.
fn level_points(w: &Wanted, k: &Counted) -> i64 {
    match (w.role_id, w.band) {
        (Some(_), Some(band)) if k.holds_role => match (k.role_band - band).abs() {
            0 => points::LEVEL_ASKED,
            1 => points::LEVEL_NEAR,
            _ => 0,
        },
        _ => 0,
    }
}

/// The ids of the best `n` of `counted`, best first: the order `rank` gives the same
/// candidates read in full.
pub fn best_counted(w: &Wanted, counted: &[Counted], n: usize) -> Vec<i64> {
    let mut scored: Vec<(i64, i64, i64)> = counted
        .iter()
        .filter_map(|k| points(w, k).map(|p| (p, k.free_minutes, k.profile_id)))
        .collect();
    let n = n.min(scored.len());
    if n == 0 {
        return Vec::new();
    }
    // The best n without sorting everyone: higher score, then more free time, then the
    // lower id.
    let order = |a: &(i64, i64, i64), b: &(i64, i64, i64)| b.0.cmp(&a.0).then(b.1.cmp(&a.1)).then(a.2.cmp(&b.2));
    scored.select_nth_unstable_by(n - 1, order);
    scored.truncate(n);
    scored.sort_by(order);
    scored.into_iter().map(|(_, _, id)| id).collect()
}

use crate::pool::WorkMode;
use crate::weeks::Week;
use chrono::{Duration, NaiveDate};

/// What an opportunity asks for.
#[derive(Debug, Clone, Default)]
pub struct Wanted {
    pub lgsl_id: Option<i64>,
    pub role_id: Option<i64>,
    /// The band of the role's level asked for.
    pub band: Option<i64>,
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
    /// Their level in the role asked for, if they hold it, and its band (else 0).
    pub role_level: Option<String>,
    pub role_band: i64,
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
    DoneBefore {
        title: String,
        council: String,
    },
    WorkedOnService {
        council: String,
    },
    Role {
        level: String,
    },
    /// Their level is the one asked for (`exact`), or one band from it.
    LevelAsked {
        exact: bool,
    },
    Skills {
        names: Vec<String>,
    },
    FreeHours {
        minutes_a_week: i64,
    },
    RateWithin,
    WorkModeFits,
    Rated {
        average_tenths: i64,
        count: i64,
    },
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
    let counted = Counted::of(c);
    let score = points(w, &counted)?;
    let mut reasons = Vec::new();
    if w.lgsl_id.is_some() {
        if let Some(first) = c.done_before.first() {
            reasons.push(Reason::DoneBefore {
                title: first.clone(),
                council: c.council.clone(),
            });
        } else if c.worked_on_service {
            reasons.push(Reason::WorkedOnService {
                council: c.council.clone(),
            });
        }
    }
    if let (Some(_), Some(level)) = (w.role_id, &c.role_level) {
        reasons.push(Reason::Role { level: level.clone() });
    }
    match level_points(w, &counted) {
        points::LEVEL_ASKED => reasons.push(Reason::LevelAsked { exact: true }),
        points::LEVEL_NEAR => reasons.push(Reason::LevelAsked { exact: false }),
        _ => {}
    }
    if !c.skills.is_empty() {
        reasons.push(Reason::Skills {
            names: c.skills.iter().take(3).cloned().collect(),
        });
    }
    reasons.push(Reason::FreeHours {
        minutes_a_week: c.free_minutes / w.weeks.max(1),
    });
    if w.max_rate_pence.is_some() && c.rate_pence.is_some() {
        reasons.push(Reason::RateWithin);
    }
    if work_mode_fits(w, &counted) {
        reasons.push(Reason::WorkModeFits);
    }
    let (sum, count) = c.ratings;
    if count > 0 {
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
fn work_mode_fits(w: &Wanted, k: &Counted) -> bool {
    let remote = matches!(k.work_mode, Some(WorkMode::Remote | WorkMode::Either));
    let on_site = matches!(k.work_mode, Some(WorkMode::OnSite | WorkMode::Either));
    let in_region = w.region.is_none() || w.region == k.region;
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
