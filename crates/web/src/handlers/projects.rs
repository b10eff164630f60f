//! "Show and tell" pages (SPEC §4.8): projects shown to everyone and to each group, the
//! form to post one, and a project's page with its team, responses and answers. The
//! commands are `app::projects`'s.

use super::{field, form_pairs, render};
use crate::client::ClientIp;
use crate::error::AppError;
use crate::forms::{self, ShownError};
use crate::refusals::{refusal, refusal_status, unexpected};
use crate::service_picker::{self, Picked, PickerView};
use crate::session::Viewer;
use crate::state::AppState;
use app::projects::{self as commands, project_link, ProjectError, ProjectInput};
use axum::body::Bytes;
use axum::extract::{Path, Query, State};
use axum::response::{Html, IntoResponse, Redirect, Response};
use domain::projects::{Phase, ResponseKind};
use minijinja::context;
use serde::{Deserialize, Serialize};
use store::peer_groups as groups;
use store::projects::{self as projects, Project};

/// How many projects a page of a list shows.
const PAGE: i64 = 20;

#[derive(Deserialize, Default)]
pub struct ListQuery {
    #[serde(default)]
    before: Option<i64>,
}

async fn list_page(
    state: &AppState,
    viewer: &Viewer,
    group: Option<&groups::Group>,
    before: Option<i64>,
) -> Result<Html<String>, AppError> {
    viewer.require_user()?;
    let page = commands::list(state, viewer.actor.as_ref(), group.map(|g| g.id), before, PAGE)
        .await
        .map_err(unexpected)?;
    let base = match group {
        Some(g) => format!("/groups/{}/projects", g.slug),
        None => "/projects".to_string(),
    };
    let next = page.next_before.map(|id| format!("{base}?before={id}"));
    let first = before.map(|_| base.clone()).unwrap_or_default();
    render(
        state,
        viewer,
        "projects/list.html",
        context! { group, projects => page.rows, next, first },
    )
}

/// Projects shown to everyone: anyone signed in.
pub async fn list(
    State(state): State<AppState>,
    viewer: Viewer,
    Query(q): Query<ListQuery>,
) -> Result<Html<String>, AppError> {
    list_page(&state, &viewer, None, q.before).await
}

/// A group's projects: the people who joined it.
pub async fn group_list(
    State(state): State<AppState>,
    viewer: Viewer,
    Path(slug): Path<String>,
    Query(q): Query<ListQuery>,
) -> Result<Html<String>, AppError> {
    viewer.require_user()?;
    let group = groups::by_slug(&state.db, &slug).await?.ok_or(AppError::NotFound)?;
    list_page(&state, &viewer, Some(&group), q.before).await
}

/// The project form, as typed.
#[derive(Debug, Default, Serialize)]
struct ProjectForm {
    audience: String,
    council: String,
    title: String,
    phase: String,
    description: String,
    links: String,
    component_id: String,
    team: Vec<String>,
    service: String,
    service_words: String,
}

impl ProjectForm {
    fn read(pairs: &[(String, String)]) -> Self {
        let text = |name| field(pairs, name).to_string();
        Self {
            audience: text("audience"),
            council: text("council"),
            title: text("title"),
            phase: text("phase"),
            description: text("description"),
            links: text("links"),
            component_id: text("component_id"),
            team: pairs
                .iter()
                .filter(|(k, _)| k == "team")
                .map(|(_, v)| v.clone())
                .collect(),
            service: text("service"),
            service_words: text("service_words"),
        }
    }
}

async fn form_page(
    state: &AppState,
    viewer: &Viewer,
    form: ProjectForm,
    errors: Vec<ShownError>,
) -> Result<Html<String>, AppError> {
    let user = viewer.require_user()?;
    let joined = groups::joined_by(&state.db, user.id).await?;
    let councils = user.councils.clone();
    let reference = state.reference().await?;
    let picker = PickerView::of(&reference.map_service_choices, &form.service, &form.service_words);
    // Components and listed practitioners of the person's councils.
    let mut components = Vec::new();
    let mut team = Vec::new();
    for c in &councils {
        for component in store::capability_map::usable_components(&state.db, c.id).await? {
            if !components.iter().any(|(id, _): &(i64, String)| *id == component.id) {
                components.push((component.id, component.name));
            }
        }
        for profile in store::profiles::list_for_org(&state.db, c.id).await? {
            if profile.status == domain::pool::ProfileStatus::Listed {
                team.push((profile.id, format!("{}, {}", profile.display_name, c.name)));
            }
        }
    }
    let phases: Vec<&str> = Phase::ALL.iter().map(|p| p.as_str()).collect();
    render(
        state,
        viewer,
        "projects/form.html",
        context! { form, errors, joined, councils, picker, components, team, phases },
    )
}

#[derive(Deserialize, Default)]
pub struct NewQuery {
    #[serde(default)]
    group: String,
}

pub async fn new_form(
    State(state): State<AppState>,
    viewer: Viewer,
    Query(q): Query<NewQuery>,
) -> Result<Html<String>, AppError> {
    viewer.require_user()?;
    let form = ProjectForm {
        audience: q.group,
        ..ProjectForm::default()
    };
    form_page(&state, &viewer, form, Vec::new()).await
}

pub async fn post(
    State(state): State<AppState>,
    viewer: Viewer,
    ClientIp(ip): ClientIp,
    body: Bytes,
) -> Result<Response, AppError> {
    viewer.require_user()?;
    let form = ProjectForm::read(&form_pairs(&body)?);
    let (council, group) = super::group_posts::posting_council(&state, &viewer, &form.audience, &form.council).await?;
    let Some(council) = council else {
        let errors = forms::one("council", viewer.t(&state, "error-problem-council", &[]));
        let html = form_page(&state, &viewer, form, errors).await?;
        return Ok((axum::http::StatusCode::BAD_REQUEST, html).into_response());
    };
    let reference = state.reference().await?;
    let picked = service_picker::pick(&reference.map_service_choices, &form.service, &form.service_words);
    let lgsl_id = match &picked {
        Picked::Chosen(s) => Some(s.id),
        Picked::Nothing => None,
        Picked::NoMatch | Picked::Several { .. } => {
            let errors = forms::one("service", viewer.t(&state, "error-service-several", &[]));
            let html = form_page(&state, &viewer, form, errors).await?;
            return Ok((axum::http::StatusCode::BAD_REQUEST, html).into_response());
        }
    };
    let input = ProjectInput {
        title: form.title.clone(),
        phase: form.phase.clone(),
        description: form.description.clone(),
        links: form.links.clone(),
        component_id: form.component_id.trim().parse().ok(),
        team: form.team.iter().filter_map(|t| t.parse().ok()).collect(),
    };
    let by = viewer.by(&ip);
    match commands::post(&state, viewer.actor.as_ref(), by, (council.id, group), &input, lgsl_id).await {
        Ok(id) => Ok(Redirect::to(&format!("{}?done=posted", project_link(id))).into_response()),
        Err(e) => {
            let status = refusal_status(&e);
            let errors = refusal(&state, viewer.lang, e, "title")?;
            let html = form_page(&state, &viewer, form, errors).await?;
            Ok((status, html).into_response())
        }
    }
}

async fn project(state: &AppState, id: i64) -> Result<Project, AppError> {
    projects::find(&state.db, id).await?.ok_or(AppError::NotFound)
}

#[derive(Deserialize, Default)]
pub struct DoneQuery {
    #[serde(default)]
    done: String,
}

const DONE: [&str; 5] = ["posted", "responded", "answered", "agenda", "off-agenda"];

async fn project_page(
    state: &AppState,
    viewer: &Viewer,
    p: &Project,
    done: &str,
    errors: Vec<ShownError>,
) -> Result<Html<String>, AppError> {
    let (team, responses) = commands::details(state, viewer.actor.as_ref(), p)
        .await
        .map_err(unexpected)?;
    let user = viewer.require_user()?;
    let poster = user.id == p.posted_by;
    let joined_for = match p.group_id {
        Some(g) => groups::standing(&state.db, g, user.id).await?.map(|s| s.org_id),
        None => None,
    };
    let speaks = |org: i64| p.group_id.is_none() || joined_for == Some(org);
    let own = user.councils.iter().any(|c| c.id == p.org_id && speaks(c.id));
    // Councils of the person's, other than the project's, that may respond.
    let councils: Vec<_> = user
        .councils
        .iter()
        .filter(|c| c.id != p.org_id && speaks(c.id))
        .cloned()
        .collect();
    let slots = if poster {
        commands::agenda_slots(state, p).await.map_err(unexpected)?
    } else {
        Vec::new()
    };
    let slot_dates: Vec<String> = slots
        .iter()
        .map(|s| state.london_day(viewer.lang, s.starts_at))
        .collect();
    let kinds: Vec<&str> = ResponseKind::ALL.iter().map(|k| k.as_str()).collect();
    let done = Some(done).filter(|d| DONE.contains(d));
    let links: Vec<&str> = p.links.lines().collect();
    render(
        state,
        viewer,
        "projects/show.html",
        context! { p, team, responses, poster, own, councils, slots, slot_dates, kinds, done, errors, links },
    )
}

pub async fn show(
    State(state): State<AppState>,
    viewer: Viewer,
    Path(id): Path<i64>,
    Query(q): Query<DoneQuery>,
) -> Result<Html<String>, AppError> {
    viewer.require_user()?;
    let p = project(&state, id).await?;
    project_page(&state, &viewer, &p, &q.done, Vec::new()).await
}

async fn after_step(
    state: &AppState,
    viewer: &Viewer,
    p: &Project,
    outcome: Result<&str, ProjectError>,
    field_name: &str,
) -> Result<Response, AppError> {
    match outcome {
        Ok(done) => Ok(Redirect::to(&format!("{}?done={done}", project_link(p.id))).into_response()),
        Err(e) => {
            let status = refusal_status(&e);
            let errors = refusal(state, viewer.lang, e, field_name)?;
            let html = project_page(state, viewer, p, "", errors).await?;
            Ok((status, html).into_response())
        }
    }
}

pub async fn respond(
    State(state): State<AppState>,
    viewer: Viewer,
    ClientIp(ip): ClientIp,
    Path(id): Path<i64>,
    body: Bytes,
) -> Result<Response, AppError> {
    let user = viewer.require_user()?;
    let p = project(&state, id).await?;
    let pairs = form_pairs(&body)?;
    let councils = &user.councils;
    let council = councils
        .iter()
        .find(|c| c.code == field(&pairs, "council"))
        .or_else(|| (councils.len() == 1).then(|| &councils[0]))
        .map(|c| c.id)
        .ok_or(AppError::Forbidden)?;
    let typed = (field(&pairs, "kind"), field(&pairs, "body"));
    let by = viewer.by(&ip);
    let outcome = commands::respond(&state, viewer.actor.as_ref(), by, &p, council, typed)
        .await
        .map(|_| "responded");
    after_step(&state, &viewer, &p, outcome, "body").await
}

pub async fn answer(
    State(state): State<AppState>,
    viewer: Viewer,
    ClientIp(ip): ClientIp,
    Path((id, response)): Path<(i64, i64)>,
    body: Bytes,
) -> Result<Response, AppError> {
    viewer.require_user()?;
    let p = project(&state, id).await?;
    let pairs = form_pairs(&body)?;
    let by = viewer.by(&ip);
    let outcome = commands::answer(&state, viewer.actor.as_ref(), by, &p, response, field(&pairs, "answer"))
        .await
        .map(|()| "answered");
    after_step(&state, &viewer, &p, outcome, "answer").await
}

pub async fn agenda(
    State(state): State<AppState>,
    viewer: Viewer,
    ClientIp(ip): ClientIp,
    Path(id): Path<i64>,
    body: Bytes,
) -> Result<Response, AppError> {
    viewer.require_user()?;
    let p = project(&state, id).await?;
    let item = match field(&form_pairs(&body)?, "item") {
        "" => None,
        text => Some(text.parse::<i64>().map_err(|_| AppError::BadRequest)?),
    };
    let done = if item.is_some() { "agenda" } else { "off-agenda" };
    let outcome = commands::put_on_agenda(&state, viewer.actor.as_ref(), viewer.by(&ip), &p, item)
        .await
        .map(|()| done);
    after_step(&state, &viewer, &p, outcome, "item").await
}
