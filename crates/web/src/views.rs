//! View models shared by several pages. What a person may not see is left out here, not
//! hidden in a template: a profile's private fields are only loaded for those allowed.

use crate::error::AppError;
use app::Ctx;
use chrono::NaiveDate;
use domain::language::Lang;
use domain::weeks::Week;
use serde::Serialize;
use store::profiles::{self, DoneBefore, Named, Profile, ProfileRole};

/// Weeks shown on a profile.
pub const WEEKS_SHOWN: i64 = 12;

/// The `saved=` values pages may confirm with a banner.
pub const SAVED_MESSAGES: [&str; 6] = ["details", "capacity", "submit", "pause", "resume", "withdraw"];

#[derive(Debug, Clone, Serialize)]
pub struct WeekFree {
    pub monday: NaiveDate,
    pub iso: String,
    pub free_minutes: i64,
}

#[derive(Debug, Clone, Serialize)]
pub struct ProfileView {
    pub id: i64,
    pub user_id: i64,
    pub org_id: i64,
    pub org_code: String,
    pub org_name: String,
    pub display_name: String,
    pub headline: String,
    pub about: String,
    pub region: Option<String>,
    pub work_mode: String,
    pub status: String,
    pub decision_reason: Option<String>,
    pub rate_pence: Option<i64>,
    pub capacity_minutes: i64,
    pub available_from: Option<NaiveDate>,
    pub available_to: Option<NaiveDate>,
    pub roles: Vec<ProfileRole>,
    pub skills: Vec<Named>,
    pub services: Vec<Named>,
    pub done_before: Vec<DoneBefore>,
    pub unavailable_weeks: Vec<NaiveDate>,
    pub weeks: Vec<WeekFree>,
    /// Private: only for the owner and their council's managers and admins.
    pub private: Option<PrivateFields>,
    /// The average of the ratings buying councils gave (one decimal), and how many.
    pub rating: Option<String>,
    pub ratings: i64,
}

#[derive(Debug, Clone, Serialize)]
pub struct PrivateFields {
    pub contact_email: Option<String>,
    pub manager_notes: Option<String>,
    pub rate_override_pence: Option<i64>,
}

impl ProfileView {
    pub async fn load(ctx: &Ctx, p: Profile, with_private: bool) -> Result<Self, AppError> {
        let db = &ctx.db;
        let first = Week::current(ctx.clock.now());
        let weeks: Vec<Week> = first.through(first.plus(WEEKS_SHOWN - 1));
        let free = store::capacity::free_by_week(db, &[p.id], &weeks).await?;
        let free = free.get(&p.id).cloned().unwrap_or_default();
        let private = with_private.then(|| PrivateFields {
            contact_email: p.contact_email.clone(),
            manager_notes: p.manager_notes.clone(),
            rate_override_pence: p.rate_override_pence,
        });
        let (rating_sum, ratings) = store::feedback::for_profile(db, p.id).await?;
        Ok(ProfileView {
            rating: domain::contracts::average_rating(rating_sum, ratings),
            ratings,
            roles: profiles::roles(db, p.id).await?,
            skills: profiles::skills(db, p.id).await?,
            services: profiles::services(db, p.id).await?,
            done_before: profiles::done_before(db, p.id).await?,
            unavailable_weeks: profiles::unavailable_weeks(db, p.id).await?,
            weeks: weeks
                .iter()
                .zip(free.iter().copied().chain(std::iter::repeat(0)))
                .map(|(w, f)| WeekFree {
                    monday: w.monday(),
                    iso: w.iso(),
                    free_minutes: f,
                })
                .collect(),
            id: p.id,
            user_id: p.user_id,
            org_id: p.org_id,
            org_code: p.org_code,
            org_name: p.org_name,
            display_name: p.display_name,
            headline: p.headline,
            about: p.about,
            region: p.region,
            work_mode: p.work_mode.to_string(),
            status: p.status.to_string(),
            decision_reason: p.decision_reason,
            rate_pence: p.rate_pence,
            capacity_minutes: p.capacity_minutes,
            available_from: p.available_from,
            available_to: p.available_to,
            private,
        })
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct WeekChoice {
    pub monday: NaiveDate,
    pub iso: String,
}

impl From<Week> for WeekChoice {
    fn from(w: Week) -> Self {
        WeekChoice {
            monday: w.monday(),
            iso: w.iso(),
        }
    }
}

/// `count` weeks from `first`, for week pickers (a select works everywhere, unlike
/// `<input type="week">`).
pub fn week_choices(first: Week, count: i64) -> Vec<WeekChoice> {
    first
        .through(first.plus(count - 1))
        .into_iter()
        .map(WeekChoice::from)
        .collect()
}

/// A count that stopped at `bound`: "3", or "100 or more" once it reached it.
pub fn bounded_count(ctx: &Ctx, lang: Lang, count: i64, bound: i64) -> String {
    if count >= bound {
        ctx.t_in(lang, "waiting-bound", &[("count", bound.to_string())])
    } else {
        count.to_string()
    }
}

/// "1 hour", "2.5 hours": a number of minutes as people say it.
pub fn hours_phrase(ctx: &Ctx, lang: Lang, minutes: i64) -> String {
    ctx.t_in(
        lang,
        "hours-phrase",
        &[
            ("count", i64::from(minutes == 60).to_string()),
            ("hours", domain::hours::format_hours(minutes)),
        ],
    )
}

/// The weeks without enough free hours, as people read them: "week of 30 November 2026:
/// you asked for 1 hour, 0 are free". ISO week codes stay in URLs and the API's fields.
pub fn describe_shortfalls(ctx: &Ctx, lang: Lang, short: &[domain::bookings::Shortfall]) -> String {
    short
        .iter()
        .map(|s| {
            ctx.t_in(
                lang,
                "booking-shortfall",
                &[
                    ("monday", ctx.catalogue.long_date(lang.as_str(), s.week.monday())),
                    ("asked", hours_phrase(ctx, lang, s.asked)),
                    ("count", i64::from(s.free == 60).to_string()),
                    ("free", domain::hours::format_hours(s.free.max(0))),
                ],
            )
        })
        .collect::<Vec<_>>()
        .join("; ")
}
