//! "Show and tell" (SPEC §4.8): a council's person posts a project (to a group they joined
//! or to everyone) with its phase, service, the component it provides and the team's
//! listed profiles; other councils give feedback or say they would reuse it or are doing
//! the same; the project's council answers; the poster puts it on a meeting's "Show and
//! tell" item. A project that provides a component shows on the component's page.

use super::group_posts;
use super::notify::tell;
use super::{audit, By, Entry};
use crate::Ctx;
use domain::authz::{authorise, Action, Actor};
use domain::projects::{read_answer, read_project, read_response};
use domain::ValidationErrors;
use serde_json::json;
use store::projects::{self as projects, NewProject, Project, Response, TeamMember};

step_error! {
    /// Why a step on a project did not happen.
    ProjectError {}
}

/// Where a project's page is.
pub fn project_link(id: i64) -> String {
    format!("/projects/{id}")
}

/// A project as typed.
#[derive(Debug, Clone, Default)]
pub struct ProjectInput {
    pub title: String,
    pub phase: String,
    pub description: String,
    pub links: String,
    pub component_id: Option<i64>,
    pub team: Vec<i64>,
}

/// Someone posts a project for their council, to a group they joined or to everyone. The
/// component must be one the council may record; the team, the council's listed profiles.
pub async fn post(
    ctx: &Ctx,
    actor: Option<&Actor>,
    by: By<'_>,
    (org_id, group_id): (i64, Option<i64>),
    input: &ProjectInput,
    lgsl_id: Option<i64>,
) -> Result<i64, ProjectError> {
    group_posts::may_speak::<ProjectError>(ctx, actor, org_id, group_id).await?;
    let p =
        read_project(&input.title, &input.phase, &input.description, &input.links).map_err(ProjectError::Invalid)?;
    if let Some(id) = input.component_id {
        let usable = store::capability_map::usable_components(&ctx.db, org_id)
            .await?
            .iter()
            .any(|c| c.id == id);
        if !usable {
            return Err(ProjectError::Invalid(ValidationErrors::single(
                "component_id",
                "error-map-component-unknown",
            )));
        }
    }
    let mut team = input.team.clone();
    team.sort_unstable();
    team.dedup();
    for profile in &team {
        let listed = store::profiles::find(&ctx.db, *profile)
            .await?
            .is_some_and(|p| p.org_id == org_id && p.status == domain::pool::ProfileStatus::Listed);
        if !listed {
            return Err(ProjectError::Invalid(ValidationErrors::single(
                "team",
                "error-project-team",
            )));
        }
    }
    let user = by.user_id.ok_or(ProjectError::NotFound)?;
    let links = p.links.join("\n");
    let new = NewProject {
        org_id,
        group_id,
        title: &p.title,
        lgsl_id,
        phase: p.phase.as_str(),
        description: &p.description,
        links: &links,
        component_id: input.component_id,
    };
    let now = ctx.clock.now();
    let mut tx = ctx.db.begin().await?;
    let id = projects::create(&mut tx, &new, &team, user, now).await?;
    let entry = Entry {
        org_id: Some(org_id),
        action: "project-posted",
        subject: ("project", id.to_string()),
        before: None,
        after: Some(json!({ "title": p.title, "phase": p.phase.as_str(), "group": group_id, "team": team })),
    };
    audit(&mut tx, by, entry, now).await?;
    tx.commit().await?;
    Ok(id)
}

/// A page of the projects shown to `group_id` (None: to everyone) for those who may see
/// them, newest first, below `before`.
pub async fn list(
    ctx: &Ctx,
    actor: Option<&Actor>,
    group_id: Option<i64>,
    before: Option<i64>,
    per_page: i64,
) -> Result<group_posts::Page<Project>, ProjectError> {
    group_posts::may_see::<ProjectError>(ctx, actor, group_id).await?;
    let rows = projects::list(&ctx.db, group_id, before, per_page.saturating_add(1)).await?;
    Ok(group_posts::page_of(rows, per_page, |p| p.id))
}

/// Fails unless `actor` may see the project.
pub async fn may_see(ctx: &Ctx, actor: Option<&Actor>, project: &Project) -> Result<(), ProjectError> {
    group_posts::may_see(ctx, actor, project.group_id).await
}

/// How many responses a project's page shows.
const RESPONSES_SHOWN: i64 = 200;

/// A project's team and responses, for those who may see it.
pub async fn details(
    ctx: &Ctx,
    actor: Option<&Actor>,
    project: &Project,
) -> Result<(Vec<TeamMember>, Vec<Response>), ProjectError> {
    may_see(ctx, actor, project).await?;
    Ok((
        projects::team(&ctx.db, project.id).await?,
        projects::responses(&ctx.db, project.id, RESPONSES_SHOWN).await?,
    ))
}

/// Someone of another council responds; the poster is told.
pub async fn respond(
    ctx: &Ctx,
    actor: Option<&Actor>,
    by: By<'_>,
    project: &Project,
    org_id: i64,
    (kind, body): (&str, &str),
) -> Result<i64, ProjectError> {
    may_see(ctx, actor, project).await?;
    group_posts::may_speak::<ProjectError>(ctx, actor, org_id, project.group_id).await?;
    if org_id == project.org_id {
        return Err(ProjectError::refused("error-response-own-council"));
    }
    let (kind, body) = read_response(kind, body).map_err(ProjectError::Invalid)?;
    let user = by.user_id.ok_or(ProjectError::NotFound)?;
    let now = ctx.clock.now();
    let mut tx = ctx.db.begin().await?;
    let id = projects::add_response(&mut tx, project.id, (user, org_id), (kind.as_str(), &body), now).await?;
    let entry = Entry {
        org_id: Some(org_id),
        action: "project-responded",
        subject: ("project", project.id.to_string()),
        before: None,
        after: Some(json!({ "response": id, "kind": kind.as_str() })),
    };
    audit(&mut tx, by, entry, now).await?;
    let args = [("title", project.title.clone())];
    tell(
        ctx,
        &mut tx,
        project.posted_by,
        "notify-project-response",
        &args,
        &project_link(project.id),
    )
    .await?;
    tx.commit().await?;
    Ok(id)
}

/// Someone of the project's council answers a response; whoever made it is told.
pub async fn answer(
    ctx: &Ctx,
    actor: Option<&Actor>,
    by: By<'_>,
    project: &Project,
    response_id: i64,
    text: &str,
) -> Result<(), ProjectError> {
    group_posts::may_speak::<ProjectError>(ctx, actor, project.org_id, project.group_id).await?;
    let text = read_answer(text).map_err(ProjectError::Invalid)?;
    let user = by.user_id.ok_or(ProjectError::NotFound)?;
    let responder = projects::responder(&ctx.db, project.id, response_id)
        .await?
        .ok_or(ProjectError::NotFound)?;
    let now = ctx.clock.now();
    let mut tx = ctx.db.begin().await?;
    projects::answer(&mut tx, project.id, response_id, &text, user, now).await?;
    let entry = Entry {
        org_id: Some(project.org_id),
        action: "project-answered",
        subject: ("project", project.id.to_string()),
        before: None,
        after: Some(json!({ "response": response_id })),
    };
    audit(&mut tx, by, entry, now).await?;
    let args = [("title", project.title.clone())];
    tell(
        ctx,
        &mut tx,
        responder,
        "notify-project-answer",
        &args,
        &project_link(project.id),
    )
    .await?;
    tx.commit().await?;
    Ok(())
}

/// The "Show and tell" items of meetings to come where the poster may put the project.
pub async fn agenda_slots(ctx: &Ctx, project: &Project) -> Result<Vec<store::meetings::Slot>, ProjectError> {
    Ok(group_posts::slots(ctx, project.posted_by, project.group_id, "show_and_tell").await?)
}

/// The poster puts the project on a meeting's "Show and tell" item (or, with None, off).
pub async fn put_on_agenda(
    ctx: &Ctx,
    actor: Option<&Actor>,
    by: By<'_>,
    project: &Project,
    item: Option<i64>,
) -> Result<(), ProjectError> {
    authorise(
        actor,
        Action::KeepPost {
            poster: project.posted_by,
        },
    )?;
    let poster = (project.posted_by, project.group_id, "show_and_tell");
    group_posts::check_slot(ctx, poster, item)
        .await?
        .map_err(ProjectError::Invalid)?;
    let now = ctx.clock.now();
    let mut tx = ctx.db.begin().await?;
    projects::put_on_agenda(&mut tx, project.id, item, now).await?;
    let entry = Entry {
        org_id: Some(project.org_id),
        action: "project-put-on-agenda",
        subject: ("project", project.id.to_string()),
        before: Some(json!({ "agenda_item": project.agenda_item_id })),
        after: Some(json!({ "agenda_item": item })),
    };
    audit(&mut tx, by, entry, now).await?;
    tx.commit().await?;
    Ok(())
}
