//! "Bring a problem" pages (SPEC §4.8): problems to everyone and to each group, the form to
//! post one, and a problem's page with its replies and the poster's steps. The commands are
//! `app::problems`'s.

use super::{field, form_pairs, render};
use crate::client::ClientIp;
use crate::error::AppError;
use crate::forms::{self, ShownError};
use crate::refusals::{refusal, refusal_status, unexpected};
use crate::service_picker::{self, Picked, PickerView};
use crate::session::Viewer;
use crate::state::AppState;
use app::problems::{self as commands, problem_link, ProblemError};
use axum::body::Bytes;
use axum::extract::{Path, Query, State};
use axum::response::{Html, IntoResponse, Redirect, Response};
use domain::authz::{authorise, Action};
use domain::problems::{ProblemInput, ReplyKind};
use minijinja::context;
use serde::{Deserialize, Serialize};
use store::peer_groups as groups;
use store::problems::{self as problems, Problem};

/// How many problems a page of a list shows.
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
        Some(g) => format!("/groups/{}/problems", g.slug),
        None => "/problems".to_string(),
    };
    let next = page.next_before.map(|id| format!("{base}?before={id}"));
    let first = before.map(|_| base.clone()).unwrap_or_default();
    render(
        state,
        viewer,
        "problems/list.html",
        context! { group, problems => page.rows, next, first },
    )
}

/// Problems posted to everyone: anyone signed in.
pub async fn list(
    State(state): State<AppState>,
    viewer: Viewer,
    Query(q): Query<ListQuery>,
) -> Result<Html<String>, AppError> {
    list_page(&state, &viewer, None, q.before).await
}

/// A group's problems: the people who joined it.
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

/// The problem form, as typed.
#[derive(Debug, Default, Serialize)]
struct ProblemForm {
    audience: String,
    council: String,
    title: String,
    description: String,
    tried: String,
    links: String,
    service: String,
    service_words: String,
}

impl ProblemForm {
    fn read(pairs: &[(String, String)]) -> Self {
        let text = |name| field(pairs, name).to_string();
        Self {
            audience: text("audience"),
            council: text("council"),
            title: text("title"),
            description: text("description"),
            tried: text("tried"),
            links: text("links"),
            service: text("service"),
            service_words: text("service_words"),
        }
    }

    fn input(&self) -> ProblemInput {
        ProblemInput {
            title: self.title.clone(),
            description: self.description.clone(),
            tried: self.tried.clone(),
            links: self.links.clone(),
        }
    }
}

async fn form_page(
    state: &AppState,
    viewer: &Viewer,
    form: ProblemForm,
    errors: Vec<ShownError>,
) -> Result<Html<String>, AppError> {
    let user = viewer.require_user()?;
    let joined = groups::joined_by(&state.db, user.id).await?;
    let councils = user.councils.clone();
    let reference = state.reference().await?;
    let picker = PickerView::of(&reference.map_service_choices, &form.service, &form.service_words);
    render(
        state,
        viewer,
        "problems/form.html",
        context! { form, errors, joined, councils, picker },
    )
}

pub async fn new_form(
    State(state): State<AppState>,
    viewer: Viewer,
    Query(q): Query<NewQuery>,
) -> Result<Html<String>, AppError> {
    viewer.require_user()?;
    let form = ProblemForm {
        audience: q.group,
        ..ProblemForm::default()
    };
    form_page(&state, &viewer, form, Vec::new()).await
}

#[derive(Deserialize, Default)]
pub struct NewQuery {
    #[serde(default)]
    group: String,
}

pub async fn post(
    State(state): State<AppState>,
    viewer: Viewer,
    ClientIp(ip): ClientIp,
    body: Bytes,
) -> Result<Response, AppError> {
    viewer.require_user()?;
    let form = ProblemForm::read(&form_pairs(&body)?);
    let (council, group) = super::group_posts::posting_council(&state, &viewer, &form.audience, &form.council).await?;
    let org = council.map(|c| c.id);
    let Some(org) = org else {
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
            let key = if matches!(picked, Picked::NoMatch) {
                "error-service-none"
            } else {
                "error-service-several"
            };
            let errors = forms::one("service", viewer.t(&state, key, &[]));
            let html = form_page(&state, &viewer, form, errors).await?;
            return Ok((axum::http::StatusCode::BAD_REQUEST, html).into_response());
        }
    };
    let by = viewer.by(&ip);
    match commands::post(&state, viewer.actor.as_ref(), by, (org, group), &form.input(), lgsl_id).await {
        Ok(id) => Ok(Redirect::to(&format!("{}?done=posted", problem_link(id))).into_response()),
        Err(e) => {
            let status = refusal_status(&e);
            let errors = refusal(&state, viewer.lang, e, "title")?;
            let html = form_page(&state, &viewer, form, errors).await?;
            Ok((status, html).into_response())
        }
    }
}

async fn problem(state: &AppState, id: i64) -> Result<Problem, AppError> {
    problems::find(&state.db, id).await?.ok_or(AppError::NotFound)
}

#[derive(Deserialize, Default)]
pub struct DoneQuery {
    #[serde(default)]
    done: String,
}

/// The banners a problem's page shows after a step.
const DONE: [&str; 5] = ["posted", "replied", "solved", "agenda", "off-agenda"];

/// A listed practitioner the person's councils could offer.
#[derive(Serialize)]
struct Offer {
    id: i64,
    label: String,
}

async fn problem_page(
    state: &AppState,
    viewer: &Viewer,
    p: &Problem,
    done: &str,
    errors: Vec<ShownError>,
) -> Result<Html<String>, AppError> {
    let replies = commands::replies(state, viewer.actor.as_ref(), p)
        .await
        .map_err(unexpected)?;
    let user = viewer.require_user()?;
    let poster = user.id == p.posted_by;
    let buyer = authorise(viewer.actor.as_ref(), Action::ManageOpportunities(p.org_id)).is_ok();
    // The councils the person may reply for, and their listed practitioners.
    let joined_for = match p.group_id {
        Some(g) => groups::standing(&state.db, g, user.id).await?.map(|s| s.org_id),
        None => None,
    };
    let councils: Vec<_> = user
        .councils
        .iter()
        .filter(|c| p.group_id.is_none() || joined_for == Some(c.id))
        .cloned()
        .collect();
    let mut offers = Vec::new();
    for c in &councils {
        for profile in store::profiles::list_for_org(&state.db, c.id).await? {
            if profile.status == domain::pool::ProfileStatus::Listed {
                offers.push(Offer {
                    id: profile.id,
                    label: format!("{}, {}", profile.display_name, c.name),
                });
            }
        }
    }
    let slots = if poster && p.status == "open" {
        commands::agenda_slots(state, p).await.map_err(unexpected)?
    } else {
        Vec::new()
    };
    let slot_dates: Vec<String> = slots
        .iter()
        .map(|s| state.london_day(viewer.lang, s.starts_at))
        .collect();
    let kinds: Vec<&str> = ReplyKind::ALL.iter().map(|k| k.as_str()).collect();
    let done = Some(done).filter(|d| DONE.contains(d));
    let links: Vec<&str> = p.links.lines().collect();
    render(
        state,
        viewer,
        "problems/show.html",
        context! {
            p, replies, poster, buyer, councils, offers, slots, slot_dates, kinds, done, errors, links,
        },
    )
}

/// A problem's page: for those who may read it.
pub async fn show(
    State(state): State<AppState>,
    viewer: Viewer,
    Path(id): Path<i64>,
    Query(q): Query<DoneQuery>,
) -> Result<Html<String>, AppError> {
    viewer.require_user()?;
    let p = problem(&state, id).await?;
    problem_page(&state, &viewer, &p, &q.done, Vec::new()).await
}

async fn after_step(
    state: &AppState,
    viewer: &Viewer,
    p: &Problem,
    outcome: Result<&str, ProblemError>,
    field_name: &str,
) -> Result<Response, AppError> {
    match outcome {
        Ok(done) => Ok(Redirect::to(&format!("{}?done={done}", problem_link(p.id))).into_response()),
        Err(e) => {
            let status = refusal_status(&e);
            let errors = refusal(state, viewer.lang, e, field_name)?;
            let html = problem_page(state, viewer, p, "", errors).await?;
            Ok((status, html).into_response())
        }
    }
}

pub async fn reply(
    State(state): State<AppState>,
    viewer: Viewer,
    ClientIp(ip): ClientIp,
    Path(id): Path<i64>,
    body: Bytes,
) -> Result<Response, AppError> {
    let user = viewer.require_user()?;
    let p = problem(&state, id).await?;
    let pairs = form_pairs(&body)?;
    let councils = &user.councils;
    let council = councils
        .iter()
        .find(|c| c.code == field(&pairs, "council"))
        .or_else(|| (councils.len() == 1).then(|| &councils[0]))
        .map(|c| c.id)
        .ok_or(AppError::Forbidden)?;
    let typed = (field(&pairs, "kind"), field(&pairs, "body"), field(&pairs, "profile"));
    let by = viewer.by(&ip);
    let outcome = commands::reply(&state, viewer.actor.as_ref(), by, &p, council, typed)
        .await
        .map(|_| "replied");
    after_step(&state, &viewer, &p, outcome, "body").await
}

pub async fn solve(
    State(state): State<AppState>,
    viewer: Viewer,
    ClientIp(ip): ClientIp,
    Path(id): Path<i64>,
) -> Result<Response, AppError> {
    viewer.require_user()?;
    let p = problem(&state, id).await?;
    let outcome = commands::solve(&state, viewer.actor.as_ref(), viewer.by(&ip), &p)
        .await
        .map(|()| "solved");
    after_step(&state, &viewer, &p, outcome, "solve").await
}

pub async fn to_opportunity(
    State(state): State<AppState>,
    viewer: Viewer,
    ClientIp(ip): ClientIp,
    Path(id): Path<i64>,
) -> Result<Response, AppError> {
    viewer.require_user()?;
    let p = problem(&state, id).await?;
    match commands::to_opportunity(&state, viewer.actor.as_ref(), viewer.by(&ip), &p).await {
        Ok(draft) => Ok(Redirect::to(&format!("/opportunities/{draft}/edit")).into_response()),
        Err(e) => after_step(&state, &viewer, &p, Err(e), "opportunity").await,
    }
}

pub async fn agenda(
    State(state): State<AppState>,
    viewer: Viewer,
    ClientIp(ip): ClientIp,
    Path(id): Path<i64>,
    body: Bytes,
) -> Result<Response, AppError> {
    viewer.require_user()?;
    let p = problem(&state, id).await?;
    let typed = form_pairs(&body)?;
    let item = match field(&typed, "item") {
        "" => None,
        text => Some(text.parse::<i64>().map_err(|_| AppError::BadRequest)?),
    };
    let done = if item.is_some() { "agenda" } else { "off-agenda" };
    let outcome = commands::put_on_agenda(&state, viewer.actor.as_ref(), viewer.by(&ip), &p, item)
        .await
        .map(|()| done);
    after_step(&state, &viewer, &p, outcome, "item").await
}
