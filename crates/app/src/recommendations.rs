//! Recommendations (SPEC §4.11): the listed practitioners of other councils best suited
//! to an opportunity, ranked by `domain::recommendations` with the reasons, and the
//! buyer's invitations to them to apply. Only the opportunity's council's buyers see its
//! recommendations and invite: a recommendation shows people's free time and ratings.

use super::notify::{tell, tell_role};
use super::{audit, By, Entry};
use crate::Ctx;
use domain::authz::{authorise, Action, Actor};
use domain::opportunities::Status;
use domain::recommendations::{rank, Recommendation, Wanted};
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
#[derive(Debug, Clone, serde::Serialize)]
pub struct Recommended {
    pub profile_id: i64,
    pub display_name: String,
    pub headline: String,
    pub org_name: String,
    pub score: i64,
    #[serde(skip)]
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
    let candidates = stored::candidates(&ctx.db, &wanted, o.org_id, &weeks).await?;
    let ranked = rank(&wanted, &candidates, SHOWN);
    let invitations = stored::invitations(&ctx.db, o.id).await?;
    let ids: Vec<i64> = ranked.iter().map(|r| r.profile_id).collect();
    let shown = stored::shown(&ctx.db, &ids).await?;
    let recommended = ranked
        .into_iter()
        .filter_map(|r| {
            let s = shown.iter().find(|s| s.id == r.profile_id)?;
            Some(Recommended {
                profile_id: r.profile_id,
                display_name: s.display_name.clone(),
                headline: s.headline.clone(),
                org_name: s.org_name.clone(),
                score: r.score,
                invited: invitations.iter().any(|i| i.profile_id == r.profile_id),
                recommendation: r,
            })
        })
        .collect();
    Ok((recommended, invitations))
}

/// What the opportunity asks for, and the `profile_free` columns of its weeks: those of
/// its period within the horizon, else the next four.
async fn wanted(ctx: &Ctx, o: &Opportunity) -> Result<(Wanted, Vec<String>), RecommendationError> {
    let mut skill_ids = match o.role_id {
        Some(role) => store::reference::skills_of_role(&ctx.db, role).await?,
        None => Vec::new(),
    };
    let criteria = store::opportunities::criteria(&ctx.db, o.id).await?;
    let asked: String = criteria
        .iter()
        .map(|c| c.body.to_lowercase())
        .collect::<Vec<_>>()
        .join("\n");
    for skill in store::reference::skills(&ctx.db).await? {
        if asked.contains(&skill.name.to_lowercase()) && !skill_ids.contains(&skill.id) {
            skill_ids.push(skill.id);
        }
    }
    let this_week = Week::containing(domain::weeks::london_date(ctx.clock.now()));
    store::capacity::ensure_horizon(&ctx.db, this_week).await?;
    let first = store::capacity::horizon(&ctx.db).await?.unwrap_or(this_week);
    let mut weeks = Vec::new();
    if let (Some(start), Some(end)) = (o.earliest_start, o.latest_end) {
        let mut week = Week::containing(start);
        while week.monday() <= end {
            weeks.extend(store::capacity::column(first, week));
            week = week.next();
        }
    }
    if weeks.is_empty() {
        let mut week = this_week.next();
        for _ in 0..4 {
            weeks.extend(store::capacity::column(first, week));
            week = week.next();
        }
    }
    let wanted = Wanted {
        lgsl_id: o.lgsl_id,
        role_id: o.role_id,
        skill_ids,
        minutes: o.minutes,
        max_rate_pence: o.max_rate_pence,
        work_mode: o.work_mode.as_deref().and_then(|m| m.parse().ok()),
        region: o.region.clone(),
        weeks: weeks.len() as i64,
    };
    Ok((wanted, weeks))
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
