//! "Bring a problem" (SPEC §4.8): a council's person posts a problem to one peer group or
//! to everyone; others reply with advice, "we solved this" or a practitioner who could
//! help; the poster marks it solved or puts it on a meeting's "Bring a problem" item; a
//! buyer of the council turns it into a draft opportunity in one step, linked both ways.

use super::group_posts;
use super::notify::tell;
use super::{audit, By, Entry};
use crate::Ctx;
use domain::authz::{authorise, Action, Actor};
use domain::problems::{brief_from, read_problem, read_reply, Problem as Checked, ProblemInput};
use domain::ValidationErrors;
use serde_json::json;
use store::problems::{self as problems, NewProblem, Problem, Reply};

step_error! {
    /// Why a step on a problem did not happen.
    ProblemError {}
}

/// Where a problem's page is.
pub fn problem_link(id: i64) -> String {
    format!("/problems/{id}")
}

/// Someone posts a problem for their council (`org_id`), to a group they joined or (with
/// None) to everyone. Returns its id.
pub async fn post(
    ctx: &Ctx,
    actor: Option<&Actor>,
    by: By<'_>,
    (org_id, group_id): (i64, Option<i64>),
    input: &ProblemInput,
    lgsl_id: Option<i64>,
) -> Result<i64, ProblemError> {
    group_posts::may_speak::<ProblemError>(ctx, actor, org_id, group_id).await?;
    let p = read_problem(input).map_err(ProblemError::Invalid)?;
    let user = by.user_id.ok_or(ProblemError::NotFound)?;
    let links = p.links.join("\n");
    let new = NewProblem {
        org_id,
        group_id,
        title: &p.title,
        description: &p.description,
        lgsl_id,
        tried: &p.tried,
        links: &links,
    };
    let now = ctx.clock.now();
    let mut tx = ctx.db.begin().await?;
    let id = problems::create(&mut tx, &new, user, now).await?;
    let entry = Entry {
        org_id: Some(org_id),
        action: "problem-posted",
        subject: ("problem", id.to_string()),
        before: None,
        after: Some(json!({ "title": p.title, "group": group_id, "service": lgsl_id })),
    };
    audit(&mut tx, by, entry, now).await?;
    // Posted to its group's webhook; one to everyone, to those of the council's groups.
    let groups = match group_id {
        Some(g) => vec![g],
        None => crate::webhooks::groups_of(&mut tx, org_id).await?,
    };
    let council = store::organisations::find_by_id(&mut tx, org_id)
        .await?
        .map(|o| o.name)
        .unwrap_or_default();
    let args = [("title", p.title.clone()), ("council", council)];
    let payload = crate::webhooks::payload(
        ctx,
        "webhook-problem",
        &args,
        (&problem_link(id), "webhook-see-problem"),
    );
    crate::webhooks::announce(&mut tx, &groups, "problem-posted", &payload, now).await?;
    tx.commit().await?;
    Ok(id)
}

/// A page of the problems to `group_id` (None: to everyone) for those who may read them,
/// newest first, below `before`.
pub async fn list(
    ctx: &Ctx,
    actor: Option<&Actor>,
    group_id: Option<i64>,
    before: Option<i64>,
    per_page: i64,
) -> Result<group_posts::Page<Problem>, ProblemError> {
    group_posts::may_see::<ProblemError>(ctx, actor, group_id).await?;
    let rows = problems::list(&ctx.db, group_id, before, per_page.saturating_add(1)).await?;
    Ok(group_posts::page_of(rows, per_page, |p| p.id))
}

/// Fails unless `actor` may read the problem.
pub async fn may_see(ctx: &Ctx, actor: Option<&Actor>, problem: &Problem) -> Result<(), ProblemError> {
    group_posts::may_see(ctx, actor, problem.group_id).await
}

/// How many replies a problem's page shows.
pub const REPLIES_SHOWN: i64 = 200;

/// A problem's replies, for those who may read it.
pub async fn replies(ctx: &Ctx, actor: Option<&Actor>, problem: &Problem) -> Result<Vec<Reply>, ProblemError> {
    may_see(ctx, actor, problem).await?;
    Ok(problems::replies(&ctx.db, problem.id, REPLIES_SHOWN).await?)
}

/// Someone replies for their council (`org_id`), offering advice, a solution or one of the
/// council's listed practitioners; the poster is told.
pub async fn reply(
    ctx: &Ctx,
    actor: Option<&Actor>,
    by: By<'_>,
    problem: &Problem,
    org_id: i64,
    (kind, body, profile): (&str, &str, &str),
) -> Result<i64, ProblemError> {
    may_see(ctx, actor, problem).await?;
    group_posts::may_speak::<ProblemError>(ctx, actor, org_id, problem.group_id).await?;
    let (kind, body, profile_id) = read_reply(kind, body, profile).map_err(ProblemError::Invalid)?;
    if let Some(id) = profile_id {
        let offered = store::profiles::find(&ctx.db, id).await?;
        if !offered.is_some_and(|p| p.org_id == org_id && p.status == domain::pool::ProfileStatus::Listed) {
            return Err(ProblemError::Invalid(ValidationErrors::single(
                "profile",
                "error-reply-profile",
            )));
        }
    }
    let user = by.user_id.ok_or(ProblemError::NotFound)?;
    let now = ctx.clock.now();
    let mut tx = ctx.db.begin().await?;
    let id = problems::add_reply(
        &mut tx,
        problem.id,
        (user, org_id),
        (kind.as_str(), &body, profile_id),
        now,
    )
    .await?;
    let entry = Entry {
        org_id: Some(org_id),
        action: "problem-replied",
        subject: ("problem", problem.id.to_string()),
        before: None,
        after: Some(json!({ "reply": id, "kind": kind.as_str(), "profile": profile_id })),
    };
    audit(&mut tx, by, entry, now).await?;
    if problem.posted_by != user {
        let args = [("title", problem.title.clone())];
        tell(
            ctx,
            &mut tx,
            problem.posted_by,
            "notify-problem-reply",
            &args,
            &problem_link(problem.id),
        )
        .await?;
    }
    tx.commit().await?;
    Ok(id)
}

/// The poster marks their problem solved.
pub async fn solve(ctx: &Ctx, actor: Option<&Actor>, by: By<'_>, problem: &Problem) -> Result<(), ProblemError> {
    authorise(
        actor,
        Action::KeepPost {
            poster: problem.posted_by,
        },
    )?;
    let now = ctx.clock.now();
    let mut tx = ctx.db.begin().await?;
    if !problems::mark_solved(&mut tx, problem.id, now).await? {
        return Err(ProblemError::refused("error-problem-not-open"));
    }
    let entry = Entry {
        org_id: Some(problem.org_id),
        action: "problem-solved",
        subject: ("problem", problem.id.to_string()),
        before: Some(json!({ "status": problem.status })),
        after: Some(json!({ "status": "solved" })),
    };
    audit(&mut tx, by, entry, now).await?;
    tx.commit().await?;
    Ok(())
}

/// A buyer of the problem's council turns it into a draft opportunity in one step: title,
/// summary, background and service carried over, the two linked both ways. Returns the
/// draft's id.
pub async fn to_opportunity(
    ctx: &Ctx,
    actor: Option<&Actor>,
    by: By<'_>,
    problem: &Problem,
) -> Result<i64, ProblemError> {
    authorise(actor, Action::ManageOpportunities(problem.org_id))?;
    if problem.status != "open" {
        return Err(ProblemError::refused("error-problem-not-open"));
    }
    let checked = Checked {
        title: problem.title.clone(),
        description: problem.description.clone(),
        tried: problem.tried.clone(),
        links: Vec::new(),
    };
    let about = brief_from(&checked);
    let now = ctx.clock.now();
    let mut tx = ctx.db.begin().await?;
    let from = json!({ "problem": problem.id });
    let id = crate::opportunities::start_within(ctx, &mut tx, by, problem.org_id, (&about, problem.lgsl_id), from)
        .await
        .map_err(|e| match crate::failure::Failure::from(e) {
            crate::failure::Failure::Store(e) => ProblemError::Store(e),
            crate::failure::Failure::Denied(d) => ProblemError::Denied(d),
            _ => ProblemError::refused("error-problem-to-opportunity"),
        })?;
    if !problems::link_opportunity(&mut tx, problem.id, id, now).await? {
        return Err(ProblemError::refused("error-problem-not-open"));
    }
    let entry = Entry {
        org_id: Some(problem.org_id),
        action: "problem-turned-into-opportunity",
        subject: ("problem", problem.id.to_string()),
        before: Some(json!({ "status": problem.status })),
        after: Some(json!({ "status": "opportunity", "opportunity": id })),
    };
    audit(&mut tx, by, entry, now).await?;
    tx.commit().await?;
    Ok(id)
}

/// The "Bring a problem" items of meetings to come where the poster may put the problem.
pub async fn agenda_slots(ctx: &Ctx, problem: &Problem) -> Result<Vec<store::meetings::Slot>, ProblemError> {
    Ok(group_posts::slots(ctx, problem.posted_by, problem.group_id, "bring_a_problem").await?)
}

/// The poster puts their problem on a meeting's "Bring a problem" item (or, with None,
/// takes it off).
pub async fn put_on_agenda(
    ctx: &Ctx,
    actor: Option<&Actor>,
    by: By<'_>,
    problem: &Problem,
    item: Option<i64>,
) -> Result<(), ProblemError> {
    authorise(
        actor,
        Action::KeepPost {
            poster: problem.posted_by,
        },
    )?;
    let poster = (problem.posted_by, problem.group_id, "bring_a_problem");
    group_posts::check_slot(ctx, poster, item)
        .await?
        .map_err(ProblemError::Invalid)?;
    let now = ctx.clock.now();
    let mut tx = ctx.db.begin().await?;
    problems::put_on_agenda(&mut tx, problem.id, item, now).await?;
    let entry = Entry {
        org_id: Some(problem.org_id),
        action: "problem-put-on-agenda",
        subject: ("problem", problem.id.to_string()),
        before: Some(json!({ "agenda_item": problem.agenda_item_id })),
        after: Some(json!({ "agenda_item": item })),
    };
    audit(&mut tx, by, entry, now).await?;
    tx.commit().await?;
    Ok(())
}
