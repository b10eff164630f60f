//! "Bring a problem" and "Show and tell" through the API (SPEC §4.8): with `groups:read`,
//! the problems and projects posted to everyone or to a group the caller joined, each with
//! its replies or responses; with `groups:write`, posting one for the caller's council, and
//! replying or responding. Every step is `app::problems`' and `app::projects`'.

use super::auth::ApiCaller;
use super::deals::deal_problem;
use super::groups::Created;
use super::json::ApiJson;
use super::problem::{Problem, Said};
use crate::state::AppState;
use app::projects::ProjectInput;
use axum::extract::rejection::QueryRejection;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::Json;
use chrono::{DateTime, Utc};
use domain::authz::Scope;
use domain::problems::ProblemInput;
use serde::{Deserialize, Serialize};
use store::problems::{self, Problem as Posted};
use store::projects::{self, Project};
use utoipa::{IntoParams, ToSchema};

/// How many problems or projects a page of a list gives.
const PER_PAGE: i64 = 50;

fn not_found(what: &str) -> Problem {
    Problem::not_found(Said::with("api-no-post", vec![("what", what.to_string())]))
}

/// The group named by `slug`, if any.
async fn group_id(state: &AppState, slug: Option<&str>) -> Result<Option<i64>, Problem> {
    match slug.map(str::trim).filter(|s| !s.is_empty()) {
        None => Ok(None),
        Some(slug) => Ok(Some(
            store::peer_groups::by_slug(&state.db, slug)
                .await?
                .ok_or_else(|| not_found("group"))?
                .id,
        )),
    }
}

async fn council_id(state: &AppState, code: &str) -> Result<i64, Problem> {
    Ok(store::organisations::find_by_code(&state.db, code)
        .await?
        .ok_or_else(|| Problem::bad_parameter("council", Said::message("api-no-council")))?
        .id)
}

/// The service named by its id, which must be one a council can map.
async fn service(state: &AppState, lgsl_id: Option<i64>) -> Result<Option<i64>, Problem> {
    let Some(id) = lgsl_id else {
        return Ok(None);
    };
    let reference = state.reference().await?;
    if reference.map_services.iter().any(|s| s.id == id) {
        Ok(Some(id))
    } else {
        Err(Problem::bad_parameter("service_id", Said::message("api-no-service")))
    }
}

#[derive(Debug, Deserialize, IntoParams)]
pub struct PostListQuery {
    /// A group's address: its members' posts. Without it, the posts to everyone.
    #[param(max_length = 200)]
    group: Option<String>,
    /// The `next_before` of the previous page.
    before: Option<i64>,
}

fn links(text: &str) -> Vec<String> {
    text.lines().map(str::to_string).collect()
}

#[derive(Debug, Serialize, ToSchema)]
pub struct ProblemItem {
    pub id: i64,
    pub council: String,
    pub posted_by: String,
    /// The group it is posted to; absent when posted to everyone.
    pub group: Option<String>,
    pub title: String,
    pub description: String,
    pub service_id: Option<i64>,
    pub service: Option<String>,
    pub tried: String,
    pub links: Vec<String>,
    /// `open` or `solved`.
    pub status: String,
    /// The draft opportunity it was turned into.
    pub opportunity_id: Option<i64>,
    pub created_at: DateTime<Utc>,
}

fn problem_item(p: Posted) -> ProblemItem {
    ProblemItem {
        id: p.id,
        council: p.org_name,
        posted_by: p.poster_name,
        group: p.group_slug,
        title: p.title,
        description: p.description,
        service_id: p.lgsl_id,
        service: p.service,
        tried: p.tried,
        links: links(&p.links),
        status: p.status,
        opportunity_id: p.opportunity_id,
        created_at: p.created_at,
    }
}

#[derive(Debug, Serialize, ToSchema)]
pub struct ProblemPage {
    pub items: Vec<ProblemItem>,
    /// Pass as `before` for the next page; absent on the last.
    pub next_before: Option<i64>,
}

/// Problems, newest first: to everyone, or to a group the caller joined.
#[utoipa::path(get, path = "/api/v1/problems", tag = "peer groups", security(("token" = ["groups:read"])), params(PostListQuery),
    responses((status = 200, body = ProblemPage), (status = 400, body = Problem, content_type = "application/problem+json"),
        (status = 403, body = Problem, description = "Not a member of the group", content_type = "application/problem+json"),
        (status = 404, body = Problem, content_type = "application/problem+json")))]
pub async fn list_problems(
    State(state): State<AppState>,
    caller: ApiCaller,
    query: Result<Query<PostListQuery>, QueryRejection>,
) -> Result<Json<ProblemPage>, Problem> {
    caller.require(Scope::GroupsRead)?;
    let Query(q) = query.map_err(|e| Problem::bad_query(&e))?;
    let group = group_id(&state, q.group.as_deref()).await?;
    let page = app::problems::list(&state, Some(&caller.actor), group, q.before, PER_PAGE)
        .await
        .map_err(|e| deal_problem(&state, e))?;
    Ok(Json(ProblemPage {
        items: page.rows.into_iter().map(problem_item).collect(),
        next_before: page.next_before,
    }))
}

#[derive(Debug, Serialize, ToSchema)]
pub struct ReplyItem {
    pub id: i64,
    pub council: String,
    pub by: String,
    /// `advice`, `solved_this` or `practitioner`.
    pub kind: String,
    pub body: String,
    /// The pool profile offered, with `practitioner`.
    pub profile_id: Option<i64>,
    pub created_at: DateTime<Utc>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct ProblemDetail {
    pub problem: ProblemItem,
    /// Oldest first (at most 200).
    pub replies: Vec<ReplyItem>,
}

/// A problem and its replies.
#[utoipa::path(get, path = "/api/v1/problems/{id}", tag = "peer groups", security(("token" = ["groups:read"])),
    params(("id" = i64, Path, description = "Problem id")),
    responses((status = 200, body = ProblemDetail), (status = 403, body = Problem, content_type = "application/problem+json"),
        (status = 404, body = Problem, content_type = "application/problem+json")))]
pub async fn read_problem(
    State(state): State<AppState>,
    caller: ApiCaller,
    Path(id): Path<i64>,
) -> Result<Json<ProblemDetail>, Problem> {
    caller.require(Scope::GroupsRead)?;
    let p = problems::find(&state.db, id)
        .await?
        .ok_or_else(|| not_found("problem"))?;
    let replies = app::problems::replies(&state, Some(&caller.actor), &p)
        .await
        .map_err(|e| deal_problem(&state, e))?;
    Ok(Json(ProblemDetail {
        replies: replies
            .into_iter()
            .map(|r| ReplyItem {
                id: r.id,
                council: r.org_name,
                by: r.replier_name,
                kind: r.kind,
                body: r.body,
                profile_id: r.profile_id,
                created_at: r.created_at,
            })
            .collect(),
        problem: problem_item(p),
    }))
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ProblemBody {
    /// The caller's council it is posted for, by code.
    pub council: String,
    /// A group the caller joined; absent, to everyone signed in.
    pub group: Option<String>,
    #[schema(max_length = 120)]
    pub title: String,
    #[schema(max_length = 4000)]
    pub description: String,
    /// What has been tried.
    #[serde(default)]
    #[schema(max_length = 2000)]
    pub tried: String,
    /// Up to five http(s) links.
    #[serde(default)]
    pub links: Vec<String>,
    /// The service it concerns (an id from /reference/map-services).
    pub service_id: Option<i64>,
}

/// Post a problem for the caller's council; the group's webhook hears of it.
#[utoipa::path(post, path = "/api/v1/problems", tag = "peer groups", security(("token" = ["groups:write"])),
    request_body = ProblemBody,
    responses((status = 201, body = Created), (status = 400, body = Problem, content_type = "application/problem+json"),
        (status = 403, body = Problem, description = "Not a member of the council or the group", content_type = "application/problem+json"),
        (status = 404, body = Problem, content_type = "application/problem+json")))]
pub async fn post_problem(
    State(state): State<AppState>,
    caller: ApiCaller,
    ApiJson(body): ApiJson<ProblemBody>,
) -> Result<(StatusCode, Json<Created>), Problem> {
    caller.require(Scope::GroupsWrite)?;
    let org = council_id(&state, &body.council).await?;
    let group = group_id(&state, body.group.as_deref()).await?;
    let lgsl_id = service(&state, body.service_id).await?;
    let input = ProblemInput {
        title: body.title,
        description: body.description,
        tried: body.tried,
        links: body.links.join("\n"),
    };
    let id = app::problems::post(&state, Some(&caller.actor), caller.by(), (org, group), &input, lgsl_id)
        .await
        .map_err(|e| deal_problem(&state, e))?;
    Ok((StatusCode::CREATED, Json(Created { id })))
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ReplyBody {
    /// The caller's council the reply is from, by code.
    pub council: String,
    /// `advice`, `solved_this` or `practitioner`.
    pub kind: String,
    #[schema(max_length = 2000)]
    pub body: String,
    /// With `practitioner`: one of the council's listed pool profiles.
    pub profile_id: Option<i64>,
}

/// Reply to a problem for the caller's council; its poster is told.
#[utoipa::path(post, path = "/api/v1/problems/{id}/replies", tag = "peer groups", security(("token" = ["groups:write"])),
    params(("id" = i64, Path, description = "Problem id")), request_body = ReplyBody,
    responses((status = 201, body = Created), (status = 400, body = Problem, content_type = "application/problem+json"),
        (status = 403, body = Problem, content_type = "application/problem+json"),
        (status = 404, body = Problem, content_type = "application/problem+json")))]
pub async fn reply(
    State(state): State<AppState>,
    caller: ApiCaller,
    Path(id): Path<i64>,
    ApiJson(body): ApiJson<ReplyBody>,
) -> Result<(StatusCode, Json<Created>), Problem> {
    caller.require(Scope::GroupsWrite)?;
    let p = problems::find(&state.db, id)
        .await?
        .ok_or_else(|| not_found("problem"))?;
    let org = council_id(&state, &body.council).await?;
    let profile = body.profile_id.map(|p| p.to_string()).unwrap_or_default();
    let id = app::problems::reply(
        &state,
        Some(&caller.actor),
        caller.by(),
        &p,
        org,
        (&body.kind, &body.body, &profile),
    )
    .await
    .map_err(|e| deal_problem(&state, e))?;
    Ok((StatusCode::CREATED, Json(Created { id })))
}

#[derive(Debug, Serialize, ToSchema)]
pub struct ProjectItem {
    pub id: i64,
    pub council: String,
    /// The group it is posted to; absent when posted to everyone.
    pub group: Option<String>,
    pub title: String,
    /// `discovery`, `alpha`, `beta` or `live`.
    pub phase: String,
    pub description: String,
    pub links: Vec<String>,
    pub service_id: Option<i64>,
    pub service: Option<String>,
    /// The component it provides, on the capability map.
    pub component_id: Option<i64>,
    pub created_at: DateTime<Utc>,
}

fn project_item(p: Project) -> ProjectItem {
    ProjectItem {
        id: p.id,
        council: p.org_name,
        group: p.group_slug,
        title: p.title,
        phase: p.phase,
        description: p.description,
        links: links(&p.links),
        service_id: p.lgsl_id,
        service: p.service,
        component_id: p.component_id,
        created_at: p.created_at,
    }
}

#[derive(Debug, Serialize, ToSchema)]
pub struct ProjectPage {
    pub items: Vec<ProjectItem>,
    /// Pass as `before` for the next page; absent on the last.
    pub next_before: Option<i64>,
}

/// Projects, newest first: to everyone, or to a group the caller joined.
#[utoipa::path(get, path = "/api/v1/projects", tag = "peer groups", security(("token" = ["groups:read"])), params(PostListQuery),
    responses((status = 200, body = ProjectPage), (status = 400, body = Problem, content_type = "application/problem+json"),
        (status = 403, body = Problem, description = "Not a member of the group", content_type = "application/problem+json"),
        (status = 404, body = Problem, content_type = "application/problem+json")))]
pub async fn list_projects(
    State(state): State<AppState>,
    caller: ApiCaller,
    query: Result<Query<PostListQuery>, QueryRejection>,
) -> Result<Json<ProjectPage>, Problem> {
    caller.require(Scope::GroupsRead)?;
    let Query(q) = query.map_err(|e| Problem::bad_query(&e))?;
    let group = group_id(&state, q.group.as_deref()).await?;
    let page = app::projects::list(&state, Some(&caller.actor), group, q.before, PER_PAGE)
        .await
        .map_err(|e| deal_problem(&state, e))?;
    Ok(Json(ProjectPage {
        items: page.rows.into_iter().map(project_item).collect(),
        next_before: page.next_before,
    }))
}

#[derive(Debug, Serialize, ToSchema)]
pub struct ResponseItem {
    pub id: i64,
    pub council: String,
    pub by: String,
    /// `feedback`, `would_reuse` or `doing_same`.
    pub kind: String,
    pub body: String,
    /// The project's council's answer.
    pub answer: Option<String>,
    pub created_at: DateTime<Utc>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct ProjectDetail {
    pub project: ProjectItem,
    /// The team's pool profiles, by id.
    pub team: Vec<i64>,
    /// Oldest first (at most 200).
    pub responses: Vec<ResponseItem>,
}

/// A project, its team and the responses to it.
#[utoipa::path(get, path = "/api/v1/projects/{id}", tag = "peer groups", security(("token" = ["groups:read"])),
    params(("id" = i64, Path, description = "Project id")),
    responses((status = 200, body = ProjectDetail), (status = 403, body = Problem, content_type = "application/problem+json"),
        (status = 404, body = Problem, content_type = "application/problem+json")))]
pub async fn read_project(
    State(state): State<AppState>,
    caller: ApiCaller,
    Path(id): Path<i64>,
) -> Result<Json<ProjectDetail>, Problem> {
    caller.require(Scope::GroupsRead)?;
    let p = projects::find(&state.db, id)
        .await?
        .ok_or_else(|| not_found("project"))?;
    let (team, responses) = app::projects::details(&state, Some(&caller.actor), &p)
        .await
        .map_err(|e| deal_problem(&state, e))?;
    Ok(Json(ProjectDetail {
        team: team.into_iter().map(|m| m.profile_id).collect(),
        responses: responses
            .into_iter()
            .map(|r| ResponseItem {
                id: r.id,
                council: r.org_name,
                by: r.responder_name,
                kind: r.kind,
                body: r.body,
                answer: r.answer,
                created_at: r.created_at,
            })
            .collect(),
        project: project_item(p),
    }))
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ProjectBody {
    /// The caller's council it is posted for, by code.
    pub council: String,
    /// A group the caller joined; absent, to everyone signed in.
    pub group: Option<String>,
    #[schema(max_length = 120)]
    pub title: String,
    /// `discovery`, `alpha`, `beta` or `live`.
    pub phase: String,
    #[schema(max_length = 4000)]
    pub description: String,
    /// Up to five http(s) links.
    #[serde(default)]
    pub links: Vec<String>,
    /// The service it is for (an id from /reference/map-services).
    pub service_id: Option<i64>,
    /// A component the council may record on its map, which the project provides.
    pub component_id: Option<i64>,
    /// The council's listed pool profiles on the team.
    #[serde(default)]
    pub team: Vec<i64>,
}

/// Post a project for the caller's council.
#[utoipa::path(post, path = "/api/v1/projects", tag = "peer groups", security(("token" = ["groups:write"])),
    request_body = ProjectBody,
    responses((status = 201, body = Created), (status = 400, body = Problem, content_type = "application/problem+json"),
        (status = 403, body = Problem, description = "Not a member of the council or the group", content_type = "application/problem+json"),
        (status = 404, body = Problem, content_type = "application/problem+json")))]
pub async fn post_project(
    State(state): State<AppState>,
    caller: ApiCaller,
    ApiJson(body): ApiJson<ProjectBody>,
) -> Result<(StatusCode, Json<Created>), Problem> {
    caller.require(Scope::GroupsWrite)?;
    let org = council_id(&state, &body.council).await?;
    let group = group_id(&state, body.group.as_deref()).await?;
    let lgsl_id = service(&state, body.service_id).await?;
    let input = ProjectInput {
        title: body.title,
        phase: body.phase,
        description: body.description,
        links: body.links.join("\n"),
        component_id: body.component_id,
        team: body.team,
    };
    let id = app::projects::post(&state, Some(&caller.actor), caller.by(), (org, group), &input, lgsl_id)
        .await
        .map_err(|e| deal_problem(&state, e))?;
    Ok((StatusCode::CREATED, Json(Created { id })))
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ResponseBody {
    /// The caller's council, by code: not the project's own.
    pub council: String,
    /// `feedback`, `would_reuse` or `doing_same`.
    pub kind: String,
    #[schema(max_length = 2000)]
    pub body: String,
}

/// Respond to another council's project; its poster is told.
#[utoipa::path(post, path = "/api/v1/projects/{id}/responses", tag = "peer groups", security(("token" = ["groups:write"])),
    params(("id" = i64, Path, description = "Project id")), request_body = ResponseBody,
    responses((status = 201, body = Created), (status = 400, body = Problem, content_type = "application/problem+json"),
        (status = 403, body = Problem, content_type = "application/problem+json"),
        (status = 404, body = Problem, content_type = "application/problem+json"),
        (status = 409, body = Problem, description = "The council's own project", content_type = "application/problem+json")))]
pub async fn respond(
    State(state): State<AppState>,
    caller: ApiCaller,
    Path(id): Path<i64>,
    ApiJson(body): ApiJson<ResponseBody>,
) -> Result<(StatusCode, Json<Created>), Problem> {
    caller.require(Scope::GroupsWrite)?;
    let p = projects::find(&state.db, id)
        .await?
        .ok_or_else(|| not_found("project"))?;
    let org = council_id(&state, &body.council).await?;
    let id = app::projects::respond(
        &state,
        Some(&caller.actor),
        caller.by(),
        &p,
        org,
        (&body.kind, &body.body),
    )
    .await
    .map_err(|e| deal_problem(&state, e))?;
    Ok((StatusCode::CREATED, Json(Created { id })))
}
