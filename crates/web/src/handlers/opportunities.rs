//! Opportunity pages: the public list with its filters, each opportunity's page with its
//! questions and change history, a council's own list, the draft's task list and section
//! pages, publishing, changes after publishing, withdrawal, and saved searches.

use super::render;
use crate::client::ClientIp;
use crate::error::AppError;
use crate::forms::{self, ShownError};
use crate::opportunity_filters::ListParams;
use crate::refusals::{refusal, refusal_status, unexpected};
use crate::service_picker;
use crate::session::Viewer;
use crate::state::AppState;
use app::opportunities::{self as service, SectionInput};
use axum::extract::{Path, Query, State};
use axum::response::{Html, IntoResponse, Redirect, Response};
use axum::Form;
use chrono::{DateTime, Utc};
use domain::authz::{authorise, Action};
use domain::opportunities::{self as rules, ChangeKind, Section, SECTIONS};
use domain::pool::REGIONS;
use minijinja::context;
use serde::{Deserialize, Serialize};
use store::opportunities::{self as store_opps, Opportunity};
use store::opportunity_list;
use store::{applications, organisations, saved_searches};

pub async fn list(
    State(state): State<AppState>,
    viewer: Viewer,
    Query(mut params): Query<ListParams>,
) -> Result<Html<String>, AppError> {
    let reference = state.reference().await?;
    let picked = service_picker::pick(&reference.services, &params.service, &params.service_words);
    let service_box = service_picker::PickerView::with_links(&picked, &params.service_words, |id| {
        let p = ListParams {
            service: id.to_string(),
            service_words: String::new(),
            after: String::new(),
            before: String::new(),
            ..params.clone()
        };
        Some(format!(
            "/opportunities?{}",
            serde_urlencoded::to_string(&p).unwrap_or_default()
        ))
    });
    if let service_picker::Picked::Chosen(s) = &picked {
        params.service = s.id.to_string();
        params.service_words = String::new();
    } else {
        params.service = String::new();
    }
    let (filter, mut errors) = params.filter(viewer.user.is_some());
    if matches!(picked, service_picker::Picked::NoMatch) {
        errors.push(("service", "error-service-none"));
    }
    let page = opportunity_list::list_published(&state.db, &filter, params.position()).await?;
    let errors: Vec<ShownError> = errors
        .into_iter()
        .flat_map(|(f, k)| forms::one(f, state.t(k, &[])))
        .collect();
    let query_without_page = serde_urlencoded::to_string(ListParams {
        after: String::new(),
        before: String::new(),
        ..params.clone()
    })
    .unwrap_or_default();
    let previous = page.previous.map(|c| c.encode());
    let next = page.next.map(|c| c.encode());
    let (rows, count) = (page.rows, page.count);
    let buying = buying_councils(&viewer);
    render(
        &state,
        &viewer,
        "opportunities/list.html",
        context! {
            params, rows, count, previous, next, query_without_page, errors, buying,
            regions => REGIONS,
            roles => reference.roles.clone(),
            service_box,
            can_save => viewer.user.is_some(),
        },
    )
}

#[derive(Serialize)]
struct Council {
    code: String,
    name: String,
}

/// The councils the viewer may post opportunities for.
fn buying_councils(viewer: &Viewer) -> Vec<Council> {
    viewer
        .user
        .as_ref()
        .map(|u| {
            u.councils
                .iter()
                .filter(|c| authorise(viewer.actor.as_ref(), Action::ManageOpportunities(c.id)).is_ok())
                .map(|c| Council {
                    code: c.code.clone(),
                    name: c.name.clone(),
                })
                .collect()
        })
        .unwrap_or_default()
}

/// The opportunity, if the viewer may read it (drafts only within the owning council).
pub async fn visible(state: &AppState, viewer: &Viewer, id: i64) -> Result<Opportunity, AppError> {
    let o = store_opps::find(&state.db, id).await?.ok_or(AppError::NotFound)?;
    let action = service::view_action(&o).ok_or(AppError::NotFound)?;
    match authorise(viewer.actor.as_ref(), action) {
        Ok(()) => Ok(o),
        // Someone else's draft does not exist as far as they can tell.
        Err(domain::authz::Denied::Forbidden) => Err(AppError::NotFound),
        Err(domain::authz::Denied::NotSignedIn) => Err(AppError::SignInRequired {
            return_to: viewer.path.clone(),
        }),
    }
}

/// The opportunity, if the viewer is a buyer of the council that owns it.
pub async fn managed(state: &AppState, viewer: &Viewer, id: i64) -> Result<Opportunity, AppError> {
    viewer.require_user()?;
    let o = store_opps::find(&state.db, id).await?.ok_or(AppError::NotFound)?;
    viewer.authorise(Action::ManageOpportunities(o.org_id))?;
    Ok(o)
}

/// The councils of the viewer that may ask and apply (with whether each is invited).
pub async fn applying_councils(state: &AppState, viewer: &Viewer, o: &Opportunity) -> Result<Vec<i64>, AppError> {
    let Some(user) = viewer.user.as_ref() else {
        return Ok(Vec::new());
    };
    let mut orgs = Vec::new();
    for c in &user.councils {
        let invited = service::is_open_to(&state.db, o, c.id).await?;
        let action = Action::Apply {
            owner: o.org_id,
            org: c.id,
            invited,
        };
        if authorise(viewer.actor.as_ref(), action).is_ok() {
            orgs.push(c.id);
        }
    }
    Ok(orgs)
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct Done {
    pub done: String,
}

pub async fn show(
    State(state): State<AppState>,
    viewer: Viewer,
    Path(id): Path<i64>,
    Query(done): Query<Done>,
) -> Result<Response, AppError> {
    let o = visible(&state, &viewer, id).await?;
    let manager = authorise(viewer.actor.as_ref(), Action::ManageOpportunities(o.org_id)).is_ok();
    if o.status == "draft" {
        return Ok(Redirect::to(&format!("/opportunities/{id}/edit")).into_response());
    }
    page(&state, &viewer, o, manager, &done.done, Vec::new(), "").await
}

async fn page(
    state: &AppState,
    viewer: &Viewer,
    o: Opportunity,
    manager: bool,
    done: &str,
    errors: Vec<ShownError>,
    question: &str,
) -> Result<Response, AppError> {
    let now = state.clock.now();
    let criteria = store_opps::criteria(&state.db, o.id).await?;
    let questions = store_opps::questions(&state.db, o.id, true).await?;
    let changes = store_opps::changes(&state.db, o.id).await?;
    let awards = applications::awards(&state.db, o.id).await?;
    let orgs = applying_councils(state, viewer, &o).await?;
    let live = o.status == "live" && o.closes_at.is_some_and(|c| c > now);
    let can_ask = live && !orgs.is_empty() && o.questions_deadline.is_some_and(|d| d > now);
    let mine = match viewer.user.as_ref() {
        Some(u) => applications::find_by_applicant(&state.db, o.id, u.id).await?,
        None => None,
    };
    let can_apply = live && !orgs.is_empty();
    let invites = store_opps::invites(&state.db, o.id).await?;
    let html = render(
        state,
        viewer,
        "opportunities/show.html",
        context! {
            o, criteria, questions, changes, awards, manager, can_ask, can_apply, mine, invites, errors, done,
            question, signed_in => viewer.user.is_some(),
        },
    )?;
    let status = if errors.is_empty() {
        axum::http::StatusCode::OK
    } else {
        axum::http::StatusCode::BAD_REQUEST
    };
    Ok((status, html).into_response())
}

/// A council's own opportunities, in every status, with a form to start one.
pub async fn council_list(
    State(state): State<AppState>,
    viewer: Viewer,
    Path(code): Path<String>,
) -> Result<Html<String>, AppError> {
    viewer.require_user()?;
    let org = organisations::find_by_code(&state.db, &code)
        .await?
        .ok_or(AppError::NotFound)?;
    viewer.authorise(Action::ManageOpportunities(org.id))?;
    let rows = store_opps::list_for_org(&state.db, org.id).await?;
    render(
        &state,
        &viewer,
        "opportunities/council.html",
        context! { org, rows, errors => Vec::<ShownError>::new() },
    )
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct StartForm {
    pub kind: String,
}

pub async fn start(
    State(state): State<AppState>,
    viewer: Viewer,
    ClientIp(ip): ClientIp,
    Path(code): Path<String>,
    Form(form): Form<StartForm>,
) -> Result<Response, AppError> {
    viewer.require_user()?;
    let org = organisations::find_by_code(&state.db, &code)
        .await?
        .ok_or(AppError::NotFound)?;
    viewer.authorise(Action::ManageOpportunities(org.id))?;
    match service::start(&state, viewer.by(&ip), org.id, &form.kind).await {
        Ok(id) => Ok(Redirect::to(&format!("/opportunities/{id}/edit")).into_response()),
        Err(e) => {
            let errors = refusal(&state, e, "kind")?;
            let rows = store_opps::list_for_org(&state.db, org.id).await?;
            let html = render(
                &state,
                &viewer,
                "opportunities/council.html",
                context! { org, rows, errors },
            )?;
            Ok((axum::http::StatusCode::BAD_REQUEST, html).into_response())
        }
    }
}

pub async fn copy(
    State(state): State<AppState>,
    viewer: Viewer,
    ClientIp(ip): ClientIp,
    Path(id): Path<i64>,
) -> Result<Response, AppError> {
    let o = managed(&state, &viewer, id).await?;
    let new = service::copy(&state, viewer.by(&ip), &o).await.map_err(unexpected)?;
    Ok(Redirect::to(&format!("/opportunities/{new}/edit")).into_response())
}

#[derive(Serialize)]
struct Task {
    section: &'static str,
    complete: bool,
}

/// The draft's task list: each section with whether it is complete, and publishing.
pub async fn task_list(
    State(state): State<AppState>,
    viewer: Viewer,
    Path(id): Path<i64>,
) -> Result<Response, AppError> {
    let o = managed(&state, &viewer, id).await?;
    if o.status != "draft" {
        return Ok(Redirect::to(&service::link(id)).into_response());
    }
    Ok(task_page(&state, &viewer, o, Vec::new()).await?.into_response())
}

async fn task_page(
    state: &AppState,
    viewer: &Viewer,
    o: Opportunity,
    errors: Vec<ShownError>,
) -> Result<Html<String>, AppError> {
    let criteria = store_opps::criteria(&state.db, o.id).await?;
    let brief = o.brief(&criteria);
    let tasks: Vec<Task> = SECTIONS
        .iter()
        .map(|s| Task {
            section: s.as_str(),
            complete: brief.is_complete(*s),
        })
        .collect();
    let done = tasks.iter().filter(|t| t.complete).count();
    render(
        state,
        viewer,
        "opportunities/tasks.html",
        context! { o, tasks, done, errors, total => SECTIONS.len() },
    )
}

/// Every field of every section, as the section pages post them and show them again.
#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(default)]
pub struct SectionForm {
    pub kind: String,
    pub title: String,
    pub summary: String,
    pub background: String,
    pub work: String,
    pub role_id: String,
    pub lgsl_id: String,
    pub lgsl_id_words: String,
    pub region: String,
    pub work_mode: String,
    pub arrangements: String,
    pub security_clearance: String,
    pub hours: String,
    pub max_rate: String,
    pub earliest_start: String,
    pub latest_end: String,
    pub essential: String,
    pub nice: String,
    pub technical_weight: String,
    pub cultural_weight: String,
    pub price_weight: String,
    pub evaluate_count: String,
    pub questions_deadline: String,
    pub closing_date: String,
    pub closing_time: String,
    pub visibility: String,
    pub audience: String,
    pub invited: String,
}

fn show_opt<T: ToString>(v: Option<T>) -> String {
    v.map(|v| v.to_string()).unwrap_or_default()
}

fn london(t: DateTime<Utc>) -> chrono::DateTime<chrono_tz::Tz> {
    t.with_timezone(&chrono_tz::Europe::London)
}

impl SectionForm {
    /// The form as the stored draft fills it.
    fn from_stored(o: &Opportunity, criteria: &[store_opps::Criterion], invited: &[store_opps::Invite]) -> Self {
        let list = |essential: bool| {
            criteria
                .iter()
                .filter(|c| c.essential == essential)
                .map(|c| c.body.clone())
                .collect::<Vec<_>>()
                .join("\n")
        };
        SectionForm {
            kind: o.kind.clone().unwrap_or_default(),
            title: o.title.clone().unwrap_or_default(),
            summary: o.summary.clone().unwrap_or_default(),
            background: o.background.clone().unwrap_or_default(),
            work: o.work.clone().unwrap_or_default(),
            role_id: show_opt(o.role_id),
            lgsl_id: show_opt(o.lgsl_id),
            lgsl_id_words: String::new(),
            region: o.region.clone().unwrap_or_default(),
            work_mode: o.work_mode.clone().unwrap_or_default(),
            arrangements: o.arrangements.clone().unwrap_or_default(),
            security_clearance: o.security_clearance.clone().unwrap_or_default(),
            hours: o.minutes.map(domain::money::format_hours).unwrap_or_default(),
            max_rate: o.max_rate_pence.map(pounds_plain).unwrap_or_default(),
            earliest_start: show_opt(o.earliest_start),
            latest_end: show_opt(o.latest_end),
            essential: list(true),
            nice: list(false),
            technical_weight: show_opt(o.technical_weight),
            cultural_weight: show_opt(o.cultural_weight),
            price_weight: show_opt(o.price_weight),
            evaluate_count: show_opt(o.evaluate_count),
            questions_deadline: show_opt(o.questions_deadline.map(|d| london(d).date_naive())),
            closing_date: show_opt(o.closes_at.map(|d| london(d).date_naive())),
            closing_time: show_opt(o.closes_at.map(|d| london(d).format("%H:%M"))),
            visibility: o.visibility.clone().unwrap_or_default(),
            audience: o.audience.clone().unwrap_or_default(),
            invited: invited.iter().map(|i| i.code.clone()).collect::<Vec<_>>().join("\n"),
        }
    }

    fn input(&self, section: Section) -> SectionInput {
        match section {
            Section::About => SectionInput::About(rules::AboutInput {
                kind: self.kind.clone(),
                title: self.title.clone(),
                summary: self.summary.clone(),
                background: self.background.clone(),
                work: self.work.clone(),
            }),
            Section::RoleAndService => SectionInput::RoleAndService {
                role_id: self.role_id.trim().parse().ok(),
                lgsl_id: self.lgsl_id.trim().parse().ok(),
            },
            Section::Location => SectionInput::Location(rules::LocationInput {
                region: self.region.clone(),
                work_mode: self.work_mode.clone(),
                arrangements: self.arrangements.clone(),
                security_clearance: self.security_clearance.clone(),
            }),
            Section::HoursAndBudget => SectionInput::HoursAndBudget(rules::HoursInput {
                hours: self.hours.clone(),
                max_rate: self.max_rate.clone(),
                earliest_start: self.earliest_start.clone(),
                latest_end: self.latest_end.clone(),
            }),
            Section::Criteria => SectionInput::Criteria {
                essential: self.essential.clone(),
                nice: self.nice.clone(),
            },
            Section::Evaluation => SectionInput::Evaluation(rules::EvaluationInput {
                technical_weight: self.technical_weight.clone(),
                cultural_weight: self.cultural_weight.clone(),
                price_weight: self.price_weight.clone(),
                evaluate_count: self.evaluate_count.clone(),
            }),
            Section::Timing => SectionInput::Timing {
                input: rules::TimingInput {
                    questions_deadline: self.questions_deadline.clone(),
                    closing_date: self.closing_date.clone(),
                    closing_time: self.closing_time.clone(),
                    visibility: self.visibility.clone(),
                    audience: self.audience.clone(),
                },
                invited: self.invited.clone(),
            },
        }
    }
}

/// Pence as a plain number of pounds for a form field: `5500` → `55`, `5550` → `55.50`.
fn pounds_plain(pence: i64) -> String {
    if pence % 100 == 0 {
        (pence / 100).to_string()
    } else {
        format!("{}.{:02}", pence / 100, pence % 100)
    }
}

async fn section_page(
    state: &AppState,
    viewer: &Viewer,
    o: Opportunity,
    section: Section,
    form: SectionForm,
    errors: Vec<ShownError>,
) -> Result<Html<String>, AppError> {
    let reference = state.reference().await?;
    render(
        state,
        viewer,
        "opportunities/section.html",
        context! {
            o, form, errors, regions => REGIONS,
            section => section.as_str(),
            roles => reference.roles.clone(),
            service_box => service_picker::PickerView::of(&reference.services, &form.lgsl_id, &form.lgsl_id_words),
            limits => context! {
                title => rules::TITLE_MAX_CHARS, summary => rules::SUMMARY_MAX_WORDS,
                background => rules::BACKGROUND_MAX_WORDS,
                work => if o.kind.as_deref() == Some("outcome") { rules::OUTCOME_MAX_WORDS } else { rules::SPECIALIST_WORK_MAX_WORDS },
                arrangements => rules::ARRANGEMENTS_MAX_WORDS, clearance => rules::CLEARANCE_MAX_WORDS,
            },
        },
    )
}

fn parse_section(name: &str) -> Result<Section, AppError> {
    name.parse().map_err(|_| AppError::NotFound)
}

pub async fn section_form(
    State(state): State<AppState>,
    viewer: Viewer,
    Path((id, name)): Path<(i64, String)>,
) -> Result<Response, AppError> {
    let section = parse_section(&name)?;
    let o = managed(&state, &viewer, id).await?;
    if o.status != "draft" {
        return Ok(Redirect::to(&service::link(id)).into_response());
    }
    let criteria = store_opps::criteria(&state.db, id).await?;
    let invited = store_opps::invites(&state.db, id).await?;
    let form = SectionForm::from_stored(&o, &criteria, &invited);
    Ok(section_page(&state, &viewer, o, section, form, Vec::new())
        .await?
        .into_response())
}

pub async fn section_save(
    State(state): State<AppState>,
    viewer: Viewer,
    ClientIp(ip): ClientIp,
    Path((id, name)): Path<(i64, String)>,
    Form(posted): Form<SectionForm>,
) -> Result<Response, AppError> {
    let section = parse_section(&name)?;
    let o = managed(&state, &viewer, id).await?;
    // A section page posts only its own fields, and only those are read.
    let mut form = posted;
    if section == Section::RoleAndService {
        let services = &state.reference().await?.services;
        if let Err(key) = service_picker::settle(services, &mut form.lgsl_id, &form.lgsl_id_words) {
            let errors = forms::one("lgsl_id", state.t(key, &[]));
            let html = section_page(&state, &viewer, o, section, form, errors).await?;
            return Ok((axum::http::StatusCode::BAD_REQUEST, html).into_response());
        }
    }
    match service::save_section(&state, viewer.by(&ip), id, form.input(section)).await {
        Ok(()) => Ok(Redirect::to(&format!("/opportunities/{id}/edit")).into_response()),
        Err(e) => {
            let status = refusal_status(&e);
            let first = match section {
                Section::About => "kind",
                Section::RoleAndService => "role_id",
                Section::Location => "work_mode",
                Section::HoursAndBudget => "hours",
                Section::Criteria => "essential",
                Section::Evaluation => "technical_weight",
                Section::Timing => "questions_deadline",
            };
            let errors = refusal(&state, e, first)?;
            let html = section_page(&state, &viewer, o, section, form, errors).await?;
            Ok((status, html).into_response())
        }
    }
}

pub async fn publish(
    State(state): State<AppState>,
    viewer: Viewer,
    ClientIp(ip): ClientIp,
    Path(id): Path<i64>,
) -> Result<Response, AppError> {
    let o = managed(&state, &viewer, id).await?;
    match service::publish(&state, viewer.by(&ip), id).await {
        Ok(()) => Ok(Redirect::to(&format!("/opportunities/{id}?done=published")).into_response()),
        Err(e) => {
            let status = refusal_status(&e);
            let errors = refusal(&state, e, "publish")?;
            let errors = errors
                .into_iter()
                .map(|e| ShownError {
                    text: match e.field.parse::<Section>() {
                        Ok(s) => format!("{}: {}", state.t(&format!("section-{}", s.as_str()), &[]), e.text),
                        Err(_) => e.text,
                    },
                    field: format!("task-{}", e.field),
                })
                .collect();
            Ok((status, task_page(&state, &viewer, o, errors).await?).into_response())
        }
    }
}

#[derive(Debug, Default, Deserialize, Serialize)]
#[serde(default)]
pub struct ChangeForm {
    pub kind: String,
    pub body: String,
    pub closing_date: String,
    pub closing_time: String,
    pub reason: String,
}

/// The page where the buyer changes a live opportunity or withdraws it.
pub async fn change_form(
    State(state): State<AppState>,
    viewer: Viewer,
    Path(id): Path<i64>,
) -> Result<Html<String>, AppError> {
    let o = managed(&state, &viewer, id).await?;
    let form = ChangeForm {
        body: o.summary.clone().unwrap_or_default(),
        ..ChangeForm::default()
    };
    change_page(&state, &viewer, o, form, Vec::new())
}

fn change_page(
    state: &AppState,
    viewer: &Viewer,
    o: Opportunity,
    form: ChangeForm,
    errors: Vec<ShownError>,
) -> Result<Html<String>, AppError> {
    render(state, viewer, "opportunities/change.html", context! { o, form, errors })
}

pub async fn change(
    State(state): State<AppState>,
    viewer: Viewer,
    ClientIp(ip): ClientIp,
    Path(id): Path<i64>,
    Form(form): Form<ChangeForm>,
) -> Result<Response, AppError> {
    let o = managed(&state, &viewer, id).await?;
    let by = viewer.by(&ip);
    let result = match form.kind.as_str() {
        "withdraw" => match domain::bookings::validate_reason(&form.reason) {
            Ok(reason) => service::withdraw(&state, by, id, &reason).await,
            Err(e) => Err(app::deals::DealError::Invalid(e)),
        },
        kind => match kind.parse::<ChangeKind>() {
            Ok(ChangeKind::ClosingTime) => {
                let day = domain::dates::parse_date(&form.closing_date, true);
                let time = rules::parse_time(&form.closing_time);
                match (day, time) {
                    (Ok(Some(d)), Ok(t)) => match rules::london_instant(d, t) {
                        Some(at) => service::change(&state, by, id, ChangeKind::ClosingTime, "", Some(at)).await,
                        None => Err(invalid("closing_time", "error-time-format")),
                    },
                    (Err(k), _) => Err(invalid("closing_date", k)),
                    (_, Err(k)) => Err(invalid("closing_time", k)),
                    _ => Err(invalid("closing_date", "error-date-required")),
                }
            }
            Ok(kind) => service::change(&state, by, id, kind, &form.body, None).await,
            Err(k) => Err(invalid("kind", k)),
        },
    };
    match result {
        Ok(()) => {
            let done = if form.kind == "withdraw" {
                "withdrawn"
            } else {
                "changed"
            };
            Ok(Redirect::to(&format!("/opportunities/{id}?done={done}")).into_response())
        }
        Err(e) => {
            let status = refusal_status(&e);
            let field = if form.kind == "withdraw" { "reason" } else { "body" };
            let errors = refusal(&state, e, field)?;
            Ok((status, change_page(&state, &viewer, o, form, errors)?).into_response())
        }
    }
}

fn invalid(field: &str, key: &'static str) -> app::deals::DealError {
    app::deals::DealError::Invalid(domain::ValidationErrors::single(field, key))
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct QuestionForm {
    pub question: String,
}

pub async fn ask(
    State(state): State<AppState>,
    viewer: Viewer,
    ClientIp(ip): ClientIp,
    Path(id): Path<i64>,
    Form(form): Form<QuestionForm>,
) -> Result<Response, AppError> {
    viewer.require_user()?;
    let o = visible(&state, &viewer, id).await?;
    if applying_councils(&state, &viewer, &o).await?.is_empty() {
        return Err(AppError::Forbidden);
    }
    match service::ask(&state, viewer.by(&ip), &o, &form.question).await {
        Ok(_) => Ok(Redirect::to(&format!("/opportunities/{id}?done=asked")).into_response()),
        Err(e) => {
            let errors = refusal(&state, e, "question")?;
            page(&state, &viewer, o, false, "", errors, &form.question).await
        }
    }
}

/// Every question, for the buyer, with a form to answer each unanswered one.
pub async fn questions(
    State(state): State<AppState>,
    viewer: Viewer,
    Path(id): Path<i64>,
) -> Result<Html<String>, AppError> {
    let o = managed(&state, &viewer, id).await?;
    questions_page(&state, &viewer, o, Vec::new(), None).await
}

async fn questions_page(
    state: &AppState,
    viewer: &Viewer,
    o: Opportunity,
    errors: Vec<ShownError>,
    typed: Option<(i64, String)>,
) -> Result<Html<String>, AppError> {
    let all = store_opps::questions(&state.db, o.id, false).await?;
    render(
        state,
        viewer,
        "opportunities/questions.html",
        context! { o, questions => all, errors, typed },
    )
}

pub async fn answer(
    State(state): State<AppState>,
    viewer: Viewer,
    ClientIp(ip): ClientIp,
    Path((id, question)): Path<(i64, i64)>,
    Form(fields): Form<Vec<(String, String)>>,
) -> Result<Response, AppError> {
    let o = managed(&state, &viewer, id).await?;
    // The field is named after the question, so that each answer box has its own id.
    let name = format!("answer-{question}");
    let typed = fields
        .into_iter()
        .find(|(k, _)| *k == name)
        .map(|(_, v)| v)
        .unwrap_or_default();
    match service::answer(&state, viewer.by(&ip), id, question, &typed).await {
        Ok(()) => Ok(Redirect::to(&format!("/opportunities/{id}/questions")).into_response()),
        Err(e) => {
            let status = refusal_status(&e);
            let errors = refusal(&state, e, &format!("answer-{question}"))?;
            let html = questions_page(&state, &viewer, o, errors, Some((question, typed))).await?;
            Ok((status, html).into_response())
        }
    }
}

#[derive(Debug, Default, Deserialize, Serialize)]
#[serde(default)]
pub struct AlertForm {
    pub name: String,
    pub q: String,
    pub kind: String,
    pub role: String,
    pub service: String,
    pub region: String,
    pub frequency: String,
}

/// The viewer's saved searches, with how often each is sent.
pub async fn alerts(State(state): State<AppState>, viewer: Viewer) -> Result<Html<String>, AppError> {
    let user = viewer.require_user()?;
    let searches = saved_searches::of_user(&state.db, user.id).await?;
    render(
        &state,
        &viewer,
        "opportunities/alerts.html",
        context! { searches, errors => Vec::<ShownError>::new() },
    )
}

pub async fn alert_save(
    State(state): State<AppState>,
    viewer: Viewer,
    ClientIp(ip): ClientIp,
    Form(form): Form<AlertForm>,
) -> Result<Response, AppError> {
    let user = viewer.require_user()?;
    viewer.authorise(Action::ManageOwnAccount)?;
    let params = ListParams {
        q: form.q.clone(),
        kind: form.kind.clone(),
        role: form.role.clone(),
        service: form.service.clone(),
        region: form.region.clone(),
        ..ListParams::default()
    };
    let (filter, _) = params.filter(true);
    let mut errors = domain::ValidationErrors::default();
    let name = errors.check("name", domain::text::single_line(&form.name, 100));
    let frequency = errors.check("frequency", form.frequency.parse::<rules::AlertFrequency>());
    if let (Some(name), Some(frequency), true) = (name, frequency, errors.is_empty()) {
        let now = state.clock.now();
        let mut tx = state.db.begin().await?;
        let new = saved_searches::NewSavedSearch {
            user_id: user.id,
            name: &name,
            words: &filter.words.join(" "),
            kind: filter.kind.as_deref(),
            role_id: filter.role_id,
            lgsl_id: filter.lgsl_id,
            region: filter.region.as_deref(),
            frequency: frequency.as_str(),
        };
        let id = saved_searches::create(&mut tx, &new, now).await?;
        app::audit(
            &mut tx,
            viewer.by(&ip),
            app::Entry {
                org_id: None,
                action: "saved-search-created",
                subject: ("saved_search", id.to_string()),
                before: None,
                after: Some(serde_json::json!({ "frequency": frequency.as_str() })),
            },
            now,
        )
        .await?;
        tx.commit().await?;
        return Ok(Redirect::to("/opportunities/alerts").into_response());
    }
    let searches = saved_searches::of_user(&state.db, user.id).await?;
    let errors = forms::shown(&state, &errors);
    let html = render(
        &state,
        &viewer,
        "opportunities/alerts.html",
        context! { searches, errors, form },
    )?;
    Ok((axum::http::StatusCode::BAD_REQUEST, html).into_response())
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct AlertChange {
    pub frequency: String,
}

/// Changes how often a saved search is sent, or deletes it (`frequency=delete`).
pub async fn alert_change(
    State(state): State<AppState>,
    viewer: Viewer,
    Path(id): Path<i64>,
    Form(form): Form<AlertChange>,
) -> Result<Response, AppError> {
    let user = viewer.require_user()?;
    let mut tx = state.db.begin().await?;
    let changed = if form.frequency == "delete" {
        saved_searches::delete(&mut tx, id, user.id).await?
    } else {
        let frequency = form
            .frequency
            .parse::<rules::AlertFrequency>()
            .map_err(|_| AppError::BadRequest)?;
        saved_searches::set_frequency(&mut tx, id, user.id, frequency.as_str()).await?
    };
    if !changed {
        return Err(AppError::NotFound);
    }
    tx.commit().await?;
    Ok(Redirect::to("/opportunities/alerts").into_response())
}
