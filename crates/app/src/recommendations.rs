//! Recommendations (SPEC §4.11): the listed practitioners of other councils best suited
//! to an opportunity, ranked by `domain::recommendations` with the reasons, and the
//! buyer's invitations to them to apply. Only the opportunity's council's buyers see its
//! recommendations and invite: a recommendation shows people's free time and ratings.

use super::notify::{tell, tell_role};
use super::{audit, By, Entry};
use crate::Ctx;
use domain::authz::{authorise, Action, Actor};
use domain::language::Lang;
use domain::opportunities::Status;
use domain::recommendations::{counted_weeks, rank, rank_opportunities, Candidate, Reason, Recommendation, Wanted};
use domain::roles::Role;
use domain::weeks::Week;
use serde_json::json;
use store::opportunities::Opportunity;
use store::recommendations::{self as stored, Invitation};

step_error! {
    /// Why recommendations could not be shown, or an invitation sent.
    RecommendationError {}
}

/// Recommendations shown for an opportunity.
pub const SHOWN: usize = 10;

/// One recommended person: who, from where, and why.
#[derive(Debug, Clone)]
pub struct Recommended {
    pub profile_id: i64,
    pub display_name: String,
    pub headline: String,
    pub org_name: String,
    pub recommendation: Recommendation,
    /// Already invited to apply.
    pub invited: bool,
}

/// The opportunity's recommendations, best first, and the invitations sent so far.
pub async fn for_opportunity(
    ctx: &Ctx,
    actor: Option<&Actor>,
    o: &Opportunity,
) -> Result<(Vec<Recommended>, Vec<Invitation>), RecommendationError> {
    authorise(actor, Action::ManageOpportunities(o.org_id))?;
    let (wanted, weeks) = wanted(ctx, o).await?;
    let candidates = stored::candidates(&ctx.db, &wanted, o.org_id, &weeks, SHOWN).await?;
    let ranked = rank(&wanted, &candidates, SHOWN);
    let invitations = stored::invitations(&ctx.db, o.id).await?;
    let ids: Vec<i64> = ranked.iter().map(|r| r.profile_id).collect();
    let shown = store::profiles::find_many(&ctx.db, &ids).await?;
    let recommended = ranked
        .into_iter()
        .filter_map(|r| {
            let s = shown.iter().find(|s| s.id == r.profile_id)?;
            Some(Recommended {
                profile_id: r.profile_id,
                display_name: s.display_name.clone(),
                headline: s.headline.clone(),
                org_name: s.org_name.clone(),
                invited: invitations.iter().any(|i| i.profile_id == r.profile_id),
                recommendation: r,
            })
        })
        .collect();
    Ok((recommended, invitations))
}

/// What the opportunity asks for, and the `profile_free` columns of its weeks
/// (`counted_weeks`).
async fn wanted(ctx: &Ctx, o: &Opportunity) -> Result<(Wanted, Vec<String>), RecommendationError> {
    let mut skill_ids = match o.role_id {
        Some(role) => store::reference::skills_of_role(&ctx.db, role).await?,
        None => Vec::new(),
    };
    let criteria = store::opportunities::criteria(&ctx.db, o.id).await?;
    let asked: String = criteria.iter().map(|c| c.body.as_str()).collect::<Vec<_>>().join("\n");
    if !asked.trim().is_empty() {
        for skill in store::reference::skills_named_in(&ctx.db, &asked).await? {
            if !skill_ids.contains(&skill) {
                skill_ids.push(skill);
            }
        }
    }
    let this_week = Week::containing(domain::weeks::london_date(ctx.clock.now()));
    store::capacity::ensure_horizon(&ctx.db, this_week).await?;
    let first = store::capacity::horizon(&ctx.db).await?.unwrap_or(this_week);
    let period = o.earliest_start.zip(o.latest_end);
    let weeks: Vec<String> = counted_weeks(first, store::capacity::HORIZON_WEEKS, period)
        .into_iter()
        .filter_map(|i| store::capacity::column(first, first.plus(i)))
        .collect();
    let wanted = asks(&stored::Open::from(o), skill_ids, weeks.len());
    Ok((wanted, weeks))
}

/// What an opportunity asks for, given the skills counted and its number of weeks.
fn asks(o: &stored::Open, skill_ids: Vec<i64>, weeks: usize) -> Wanted {
    Wanted {
        lgsl_id: o.lgsl_id,
        role_id: o.role_id,
        band: o.band,
        skill_ids,
        minutes: o.minutes,
        max_rate_pence: o.max_rate_pence,
        work_mode: o.work_mode.as_deref().and_then(|m| m.parse().ok()),
        region: o.region.clone(),
        weeks: weeks as i64,
    }
}

/// A buyer invites a listed practitioner of another council to apply: told in the service
/// and by email (as they choose), and their council's managers too. Only while the
/// opportunity is a draft or open; inviting someone twice changes nothing.
pub async fn invite(
    ctx: &Ctx,
    actor: Option<&Actor>,
    by: By<'_>,
    opportunity_id: i64,
    profile_id: i64,
) -> Result<bool, RecommendationError> {
    let now = ctx.clock.now();
    let user = by.user_id.ok_or(RecommendationError::NotFound)?;
    let mut tx = ctx.db.begin().await?;
    let o = store::opportunities::find(&mut tx, opportunity_id)
        .await?
        .ok_or(RecommendationError::NotFound)?;
    authorise(actor, Action::ManageOpportunities(o.org_id))?;
    if !matches!(o.status, Status::Draft | Status::Live) {
        return Err(RecommendationError::refused("error-invite-closed"));
    }
    let profile = store::profiles::find(&mut tx, profile_id)
        .await?
        .filter(|p| p.status == domain::pool::ProfileStatus::Listed && p.org_id != o.org_id)
        .ok_or(RecommendationError::NotFound)?;
    if !stored::invite(&mut tx, o.id, profile.id, user, now).await? {
        return Ok(false);
    }
    audit(
        &mut tx,
        by,
        Entry {
            org_id: Some(o.org_id),
            action: "opportunity-practitioner-invited",
            subject: ("opportunity", o.id.to_string()),
            before: None,
            after: Some(json!({ "profile": profile.id })),
        },
        now,
    )
    .await?;
    let link = super::opportunities::link(o.id);
    let args = [
        ("title", o.title.clone().unwrap_or_default()),
        ("council", o.org_name.clone()),
        ("name", profile.display_name.clone()),
    ];
    tell(
        ctx,
        &mut tx,
        profile.user_id,
        "notify-opportunity-person-invited",
        &args,
        &link,
    )
    .await?;
    tell_role(
        ctx,
        &mut tx,
        profile.org_id,
        Role::Manager,
        "notify-opportunity-colleague-invited",
        &args,
        &link,
    )
    .await?;
    tx.commit().await?;
    Ok(true)
}

/// Who a reason is told to: the buyer, about a practitioner; or the practitioner, about
/// an opportunity that fits them.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Reader {
    Buyer,
    Practitioner,
}

/// A reason in `lang`, worded for who reads it.
pub fn phrase(ctx: &Ctx, lang: Lang, reason: &Reason, reader: Reader) -> String {
    let t = |key: &str, args: &[(&str, String)]| ctx.t_in(lang, key, args);
    let yours = reader == Reader::Practitioner;
    match reason {
        Reason::DoneBefore { title, .. } if yours => t("recommend-fit-reason-done-before", &[("title", title.clone())]),
        Reason::WorkedOnService { .. } if yours => t("recommend-fit-reason-service", &[]),
        Reason::RateWithin if yours => t("recommend-fit-reason-rate", &[]),
        Reason::WorkModeFits if yours => t("recommend-fit-reason-work-mode", &[]),
        Reason::DoneBefore { title, council } => t(
            "recommend-reason-done-before",
            &[("title", title.clone()), ("council", council.clone())],
        ),
        Reason::WorkedOnService { council } => t("recommend-reason-service", &[("council", council.clone())]),
        Reason::Role { level } => t("recommend-reason-role", &[("level", level.clone())]),
        Reason::LevelAsked { exact: true } => t("recommend-reason-level-asked", &[]),
        Reason::LevelAsked { exact: false } => t("recommend-reason-level-near", &[]),
        Reason::Skills { names } => t("recommend-reason-skills", &[("skills", names.join(", "))]),
        Reason::FreeHours { minutes_a_week } => t(
            "recommend-reason-free-hours",
            &[("hours", domain::hours::format_hours(*minutes_a_week))],
        ),
        Reason::RateWithin => t("recommend-reason-rate", &[]),
        Reason::WorkModeFits => t("recommend-reason-work-mode", &[]),
        Reason::Rated { average_tenths, count } => t(
            "recommend-reason-rated",
            &[
                ("rating", format!("{}.{}", average_tenths / 10, average_tenths % 10)),
                ("count", count.to_string()),
            ],
        ),
    }
}

/// Opportunities shown to a practitioner as fitting them.
pub const FITS_SHOWN: usize = 5;

/// An open opportunity that fits a practitioner, and why.
#[derive(Debug, Clone)]
pub struct Fit {
    pub opportunity_id: i64,
    pub title: String,
    pub org_name: String,
    pub reasons: Vec<Reason>,
}

/// What is known of a practitioner, read once, for scoring every open opportunity.
struct Practitioner {
    profile: store::profiles::Profile,
    services: Vec<i64>,
    done: Vec<store::profiles::DoneBefore>,
    roles: Vec<store::profiles::ProfileRole>,
    skills: Vec<store::profiles::Named>,
    ratings: (i64, i64),
    /// Free minutes in each week of the horizon, from `first` (this week).
    free: Vec<i64>,
    first: Week,
}

/// The open opportunities that fit the person's listed profile best (none while it is not
/// listed), ranked from their side by the same points as recommendations; the skills
/// counted are those of each opportunity's role.
pub async fn fitting(ctx: &Ctx, actor: Option<&Actor>, user_id: i64) -> Result<Vec<Fit>, RecommendationError> {
    let Some(profile) = store::profiles::find_by_user(&ctx.db, user_id).await? else {
        return Ok(Vec::new());
    };
    authorise(actor, Action::KeepOwnProfile(profile.org_id))?;
    if profile.status != domain::pool::ProfileStatus::Listed {
        return Ok(Vec::new());
    }
    let open = stored::open_to(&ctx.db, profile.org_id).await?;
    if open.is_empty() {
        return Ok(Vec::new());
    }
    let id = profile.id;
    let this_week = Week::containing(domain::weeks::london_date(ctx.clock.now()));
    let horizon = this_week.through(this_week.plus(store::capacity::HORIZON_WEEKS - 1));
    let free = store::capacity::free_by_week(&ctx.db, &[id], &horizon)
        .await?
        .remove(&id)
        .unwrap_or_default();
    let practitioner = Practitioner {
        services: store::profiles::services(&ctx.db, id)
            .await?
            .iter()
            .map(|s| s.id)
            .collect(),
        done: store::profiles::done_before(&ctx.db, id).await?,
        roles: store::profiles::roles(&ctx.db, id).await?,
        skills: store::profiles::skills(&ctx.db, id).await?,
        ratings: store::feedback::for_profile(&ctx.db, id).await?,
        free,
        first: this_week,
        profile,
    };
    let skill_ids: Vec<i64> = practitioner.skills.iter().map(|s| s.id).collect();
    let role_skills = stored::roles_with_skills(&ctx.db, &skill_ids).await?;
    let open_ids: Vec<i64> = open.iter().map(|o| o.id).collect();
    let named = stored::skills_in_criteria(&ctx.db, &open_ids, &skill_ids).await?;
    let options: Vec<(i64, Wanted, Candidate)> = open
        .iter()
        .map(|o| as_seen_by(o, &practitioner, &role_skills, &named))
        .collect();
    Ok(rank_opportunities(&options, FITS_SHOWN)
        .into_iter()
        .filter_map(|(id, r)| {
            let o = open.iter().find(|o| o.id == id)?;
            Some(Fit {
                opportunity_id: id,
                title: o.title.clone().unwrap_or_default(),
                org_name: o.org_name.clone(),
                reasons: r.reasons,
            })
        })
        .collect())
}

/// What an open opportunity asks for, and the practitioner as it sees them: their free
/// time in its weeks (`counted_weeks`), their work on its service, their level in its role
/// and their skills that it wants — those of its role (`role_skills`: the roles of the
/// skills they have) and those its criteria name (`named`: (opportunity, skill) pairs).
fn as_seen_by(
    o: &stored::Open,
    p: &Practitioner,
    role_skills: &[(i64, i64)],
    named: &[(i64, i64)],
) -> (i64, Wanted, Candidate) {
    let weeks = counted_weeks(p.first, p.free.len() as i64, o.earliest_start.zip(o.latest_end));
    let mut skill_ids: Vec<i64> = role_skills
        .iter()
        .filter(|(role, _)| Some(*role) == o.role_id)
        .map(|(_, skill)| *skill)
        .collect();
    for (_, skill) in named.iter().filter(|(opportunity, _)| *opportunity == o.id) {
        if !skill_ids.contains(skill) {
            skill_ids.push(*skill);
        }
    }
    let held = p.roles.iter().find(|r| Some(r.role_id) == o.role_id);
    let candidate = Candidate {
        profile_id: p.profile.id,
        council: p.profile.org_name.clone(),
        worked_on_service: o.lgsl_id.is_some_and(|s| p.services.contains(&s)),
        done_before: p
            .done
            .iter()
            .filter(|d| d.lgsl_id.is_some() && d.lgsl_id == o.lgsl_id)
            .map(|d| d.title.clone())
            .collect(),
        role_level: held.map(|r| r.level_name.clone()),
        role_band: held.map_or(0, |r| r.band),
        skills: p
            .skills
            .iter()
            .filter(|s| skill_ids.contains(&s.id))
            .map(|s| s.name.clone())
            .collect(),
        free_minutes: weeks.iter().filter_map(|i| p.free.get(*i as usize)).sum(),
        rate_pence: p.profile.rate_pence,
        work_mode: Some(p.profile.work_mode),
        region: p.profile.region.clone(),
        ratings: p.ratings,
    };
    let wanted = asks(o, skill_ids, weeks.len());
    (o.id, wanted, candidate)
}

/// People shown as like a profile.
pub const ALIKE_SHOWN: usize = 5;

/// A listed practitioner like the profile looked at, and what they share with it.
#[derive(Debug, Clone, serde::Serialize)]
pub struct LikeThis {
    pub profile_id: i64,
    pub display_name: String,
    pub headline: String,
    pub org_name: String,
    pub services: Vec<String>,
    pub skills: Vec<String>,
}

/// "People like this" (domain::recommendations::alike): listed practitioners who share the
/// profile's services and skills, outside the looker's own councils, most alike first.
pub async fn like_this(
    ctx: &Ctx,
    actor: Option<&Actor>,
    profile_id: i64,
) -> Result<Vec<LikeThis>, RecommendationError> {
    authorise(actor, Action::SearchPool)?;
    let own: Vec<i64> = actor
        .map(|a| a.memberships.iter().map(|m| m.org_id).collect())
        .unwrap_or_default();
    let found = stored::alike(&ctx.db, profile_id, &own, ALIKE_SHOWN).await?;
    let ids: Vec<i64> = found.iter().map(|a| a.profile_id).collect();
    let shown = store::profiles::find_many(&ctx.db, &ids).await?;
    Ok(found
        .into_iter()
        .filter_map(|a| {
            let s = shown.iter().find(|s| s.id == a.profile_id)?;
            Some(LikeThis {
                profile_id: a.profile_id,
                display_name: s.display_name.clone(),
                headline: s.headline.clone(),
                org_name: s.org_name.clone(),
                services: a.services,
                skills: a.skills,
            })
        })
        .collect())
}
