//! A practitioner keeping their own profile in the talent pool.

use super::{field, form_pairs, render};
use crate::client::ClientIp;
use crate::error::AppError;
use crate::forms::{self, ShownError};
use crate::service_picker;
use crate::session::Viewer;
use crate::state::AppState;
use crate::views::{self, ProfileView};
use app::pool::{self as pool_service, Part, PoolError};
use axum::body::Bytes;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Redirect, Response};
use chrono::Datelike;
use domain::authz::Action;
use domain::pool::{self, CapacityInput, DetailsInput, DoneBeforeInput, ListingEvent};
use domain::roles::Role;
use domain::weeks::Week;
use minijinja::context;
use serde::{Deserialize, Serialize};
use store::profiles::Profile;

/// The viewer's profile (started in the first council where they are a practitioner),
/// authorised against the council the profile belongs to, as the API does: someone who is
/// no longer a practitioner there cannot keep it, whatever their roles elsewhere.
async fn own(state: &AppState, viewer: &Viewer, ip: &str) -> Result<Profile, AppError> {
    let user = viewer.require_user()?;
    let council = user
        .councils
        .iter()
        .find(|c| c.roles.iter().any(|r| r == Role::Practitioner.as_str()))
        .ok_or(AppError::Forbidden)?;
    viewer.authorise(Action::KeepOwnProfile(council.id))?;
    let profile = pool_service::own_profile(state, viewer.by(ip), user.id, council.id)
        .await
        .map_err(pool_error)?;
    viewer.authorise(Action::KeepOwnProfile(profile.org_id))?;
    Ok(profile)
}

pub fn pool_error(e: PoolError) -> AppError {
    match e {
        PoolError::NotFound => AppError::NotFound,
        PoolError::UnknownChoice | PoolError::NotAllowed(_) | PoolError::Incomplete(_) => AppError::BadRequest,
        PoolError::Store(e) => e.into(),
    }
}

#[derive(Deserialize)]
pub struct Saved {
    saved: Option<String>,
}

pub async fn show(
    State(state): State<AppState>,
    viewer: Viewer,
    ClientIp(ip): ClientIp,
    Query(q): Query<Saved>,
) -> Result<Html<String>, AppError> {
    let profile = own(&state, &viewer, &ip).await?;
    page(&state, &viewer, profile, q.saved, Vec::new()).await
}

async fn page(
    state: &AppState,
    viewer: &Viewer,
    profile: Profile,
    saved: Option<String>,
    errors: Vec<ShownError>,
) -> Result<Html<String>, AppError> {
    let view = ProfileView::load(state, profile, true).await?;
    let saved = saved.filter(|s| views::SAVED_MESSAGES.contains(&s.as_str()));
    render(
        state,
        viewer,
        "profile/own.html",
        context! { profile => view, saved, errors },
    )
}

// ----- Details -----

pub async fn details_form(
    State(state): State<AppState>,
    viewer: Viewer,
    ClientIp(ip): ClientIp,
) -> Result<Html<String>, AppError> {
    let p = own(&state, &viewer, &ip).await?;
    let form = context! {
        display_name => p.display_name, headline => p.headline, about => p.about,
        region => p.region.unwrap_or_default(), work_mode => p.work_mode, contact_email => p.contact_email.unwrap_or_default(),
    };
    render(
        &state,
        &viewer,
        "profile/details.html",
        context! { form, regions => pool::REGIONS, errors => Vec::<()>::new() },
    )
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct DetailsForm {
    display_name: String,
    headline: String,
    about: String,
    region: String,
    work_mode: String,
    contact_email: String,
}

pub async fn details_save(
    State(state): State<AppState>,
    viewer: Viewer,
    ClientIp(ip): ClientIp,
    axum::Form(f): axum::Form<DetailsForm>,
) -> Result<Response, AppError> {
    let p = own(&state, &viewer, &ip).await?;
    let input = DetailsInput {
        display_name: f.display_name.clone(),
        headline: f.headline.clone(),
        about: f.about.clone(),
        region: f.region.clone(),
        work_mode: f.work_mode.clone(),
        contact_email: f.contact_email.clone(),
    };
    match pool::validate_details(&input) {
        Ok(details) => {
            pool_service::update_details(&state, viewer.by(&ip), p.id, &details)
                .await
                .map_err(pool_error)?;
            Ok(Redirect::to("/profile?saved=details").into_response())
        }
        Err(errors) => {
            let form = context! {
                display_name => f.display_name, headline => f.headline, about => f.about,
                region => f.region, work_mode => f.work_mode, contact_email => f.contact_email,
            };
            let html = render(
                &state,
                &viewer,
                "profile/details.html",
                context! { form, regions => pool::REGIONS, errors => forms::shown(&state, viewer.lang, &errors) },
            )?;
            Ok((StatusCode::BAD_REQUEST, html).into_response())
        }
    }
}

// ----- Roles, skills, services: chosen from lists -----

/// The page for one list-chosen part (`roles`, `skills` or `services`): what is chosen,
/// with a way to add more (a select of roles or skills; a typed service box).
pub async fn choices_form(
    State(state): State<AppState>,
    viewer: Viewer,
    ClientIp(ip): ClientIp,
    Path(what): Path<String>,
) -> Result<Html<String>, AppError> {
    let p = own(&state, &viewer, &ip).await?;
    choices_page(
        &state,
        &viewer,
        p,
        &what,
        service_picker::PickerView::default(),
        Vec::new(),
    )
    .await
}

async fn choices_page(
    state: &AppState,
    viewer: &Viewer,
    p: Profile,
    what: &str,
    service_box: service_picker::PickerView,
    errors: Vec<ShownError>,
) -> Result<Html<String>, AppError> {
    let reference = state.reference().await?;
    let (template, choices) = match what {
        "roles" => (
            "profile/roles.html",
            minijinja::Value::from_serialize(&reference.levels),
        ),
        "skills" => (
            "profile/skills.html",
            minijinja::Value::from_serialize(&reference.skills),
        ),
        "services" => ("profile/services.html", minijinja::Value::UNDEFINED),
        _ => return Err(AppError::NotFound),
    };
    let view = ProfileView::load(state, p, true).await?;
    render(
        state,
        viewer,
        template,
        context! { profile => view, choices, service_box, errors },
    )
}

fn chosen_id(body: &[u8], name: &str) -> Result<i64, AppError> {
    let pairs = form_pairs(body)?;
    field(&pairs, name)
        .trim()
        .parse::<i64>()
        .map_err(|_| AppError::BadRequest)
}

/// Adds or removes one chosen item, then goes back to its page.
pub async fn change(
    State(state): State<AppState>,
    viewer: Viewer,
    ClientIp(ip): ClientIp,
    Path(what): Path<String>,
    body: Bytes,
) -> Result<Response, AppError> {
    let p = own(&state, &viewer, &ip).await?;
    let (part, back) = match what.as_str() {
        "roles" => (
            Part::Role {
                level_id: chosen_id(&body, "level_id")?,
            },
            "roles",
        ),
        "skills" => (
            Part::Skill {
                skill_id: chosen_id(&body, "skill_id")?,
            },
            "skills",
        ),
        "services" => {
            let pairs = form_pairs(&body)?;
            let (mut id, words) = (field(&pairs, "lgsl_id").to_string(), field(&pairs, "lgsl_id_words"));
            let services = &state.reference().await?.services;
            let chosen = service_picker::settle(services, &mut id, words)
                .and_then(|()| id.parse::<i64>().map_err(|_| "error-service-empty"));
            match chosen {
                Ok(lgsl_id) => (Part::Service { lgsl_id }, "services"),
                Err(key) => {
                    let errors = forms::one("lgsl_id", viewer.t(&state, key, &[]));
                    let service_box = service_picker::PickerView::of(services, &id, words);
                    let html = choices_page(&state, &viewer, p, &what, service_box, errors).await?;
                    return Ok((StatusCode::BAD_REQUEST, html).into_response());
                }
            }
        }
        _ => return Err(AppError::NotFound),
    };
    pool_service::change_part(&state, viewer.by(&ip), p.id, part)
        .await
        .map_err(pool_error)?;
    Ok(Redirect::to(&format!("/profile/{back}")).into_response())
}

pub async fn remove(
    State(state): State<AppState>,
    viewer: Viewer,
    ClientIp(ip): ClientIp,
    Path((what, id)): Path<(String, String)>,
) -> Result<Response, AppError> {
    let p = own(&state, &viewer, &ip).await?;
    let number = || id.parse::<i64>().map_err(|_| AppError::NotFound);
    let (part, back) = match what.as_str() {
        "roles" => (Part::RemoveRole { role_id: number()? }, "/profile/roles"),
        "skills" => (Part::RemoveSkill { skill_id: number()? }, "/profile/skills"),
        "services" => (Part::RemoveService { lgsl_id: number()? }, "/profile/services"),
        "done-before" => (Part::RemoveDoneBefore { entry_id: number()? }, "/profile/done-before"),
        "unavailable-weeks" => {
            let monday = chrono::NaiveDate::parse_from_str(&id, "%Y-%m-%d").map_err(|_| AppError::NotFound)?;
            (Part::AvailableWeek(monday), "/profile/capacity")
        }
        _ => return Err(AppError::NotFound),
    };
    pool_service::change_part(&state, viewer.by(&ip), p.id, part)
        .await
        .map_err(pool_error)?;
    Ok(Redirect::to(back).into_response())
}

// ----- Done before -----

pub async fn done_before_form(
    State(state): State<AppState>,
    viewer: Viewer,
    ClientIp(ip): ClientIp,
) -> Result<Html<String>, AppError> {
    let p = own(&state, &viewer, &ip).await?;
    done_before_page(&state, &viewer, p, DoneBeforeForm::default(), Vec::new()).await
}

async fn done_before_page(
    state: &AppState,
    viewer: &Viewer,
    p: Profile,
    form: DoneBeforeForm,
    errors: Vec<ShownError>,
) -> Result<Html<String>, AppError> {
    let view = ProfileView::load(state, p, true).await?;
    let reference = state.reference().await?;
    let service_box = service_picker::PickerView::of(&reference.services, &form.lgsl_id, &form.lgsl_id_words);
    render(
        state,
        viewer,
        "profile/done_before.html",
        context! { profile => view, service_box, form, errors },
    )
}

#[derive(Deserialize, Serialize, Default)]
#[serde(default)]
pub struct DoneBeforeForm {
    title: String,
    lgsl_id: String,
    lgsl_id_words: String,
    delivered: String,
    year: String,
    link: String,
}

pub async fn done_before_add(
    State(state): State<AppState>,
    viewer: Viewer,
    ClientIp(ip): ClientIp,
    axum::Form(f): axum::Form<DoneBeforeForm>,
) -> Result<Response, AppError> {
    let p = own(&state, &viewer, &ip).await?;
    let mut f = f;
    let services = &state.reference().await?.services;
    let service = service_picker::settle(services, &mut f.lgsl_id, &f.lgsl_id_words);
    let input = DoneBeforeInput {
        title: f.title.clone(),
        lgsl_id: f.lgsl_id.clone(),
        delivered: f.delivered.clone(),
        year: f.year.clone(),
        link: f.link.clone(),
    };
    let this_year = domain::weeks::london_date(state.clock.now()).year();
    let errors = match (pool::validate_done_before(&input, this_year), service) {
        (Err(mut errors), Err(key)) => {
            errors.push("lgsl_id", key);
            forms::shown(&state, viewer.lang, &errors)
        }
        (_, Err(key)) => forms::one("lgsl_id", viewer.t(&state, key, &[])),
        (Ok(entry), Ok(())) => {
            match pool_service::change_part(&state, viewer.by(&ip), p.id, Part::DoneBefore(entry)).await {
                Ok(()) => return Ok(Redirect::to("/profile/done-before").into_response()),
                Err(PoolError::UnknownChoice) => forms::one("lgsl_id", viewer.t(&state, "error-service", &[])),
                Err(e) => return Err(pool_error(e)),
            }
        }
        (Err(errors), Ok(())) => forms::shown(&state, viewer.lang, &errors),
    };
    let html = done_before_page(&state, &viewer, p, f, errors).await?;
    Ok((StatusCode::BAD_REQUEST, html).into_response())
}

// ----- Capacity -----

pub async fn capacity_form(
    State(state): State<AppState>,
    viewer: Viewer,
    ClientIp(ip): ClientIp,
) -> Result<Html<String>, AppError> {
    let p = own(&state, &viewer, &ip).await?;
    let form = context! {
        hours_per_week => if p.capacity_minutes > 0 { domain::hours::format_hours(p.capacity_minutes) } else { String::new() },
        available_from => p.available_from.map(|d| d.to_string()).unwrap_or_default(),
        available_to => p.available_to.map(|d| d.to_string()).unwrap_or_default(),
    };
    capacity_page(&state, &viewer, p, form, Vec::new()).await
}

async fn capacity_page(
    state: &AppState,
    viewer: &Viewer,
    p: Profile,
    form: minijinja::Value,
    errors: Vec<ShownError>,
) -> Result<Html<String>, AppError> {
    let view = ProfileView::load(state, p, true).await?;
    let weeks = views::week_choices(Week::current(state.clock.now()), 52);
    render(
        state,
        viewer,
        "profile/capacity.html",
        context! { profile => view, form, weeks, errors },
    )
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct CapacityForm {
    hours_per_week: String,
    available_from: String,
    available_to: String,
}

pub async fn capacity_save(
    State(state): State<AppState>,
    viewer: Viewer,
    ClientIp(ip): ClientIp,
    axum::Form(f): axum::Form<CapacityForm>,
) -> Result<Response, AppError> {
    let p = own(&state, &viewer, &ip).await?;
    let input = CapacityInput {
        hours_per_week: f.hours_per_week.clone(),
        available_from: f.available_from.clone(),
        available_to: f.available_to.clone(),
    };
    match pool::validate_capacity(&input) {
        Ok(capacity) => {
            pool_service::change_part(&state, viewer.by(&ip), p.id, Part::Capacity(capacity))
                .await
                .map_err(pool_error)?;
            Ok(Redirect::to("/profile?saved=capacity").into_response())
        }
        Err(errors) => {
            let form = context! { hours_per_week => f.hours_per_week, available_from => f.available_from, available_to => f.available_to };
            let html = capacity_page(&state, &viewer, p, form, forms::shown(&state, viewer.lang, &errors)).await?;
            Ok((StatusCode::BAD_REQUEST, html).into_response())
        }
    }
}

pub async fn unavailable_week_add(
    State(state): State<AppState>,
    viewer: Viewer,
    ClientIp(ip): ClientIp,
    body: Bytes,
) -> Result<Response, AppError> {
    let p = own(&state, &viewer, &ip).await?;
    let pairs = form_pairs(&body)?;
    let monday = chrono::NaiveDate::parse_from_str(field(&pairs, "week"), "%Y-%m-%d")
        .ok()
        .and_then(Week::starting)
        .ok_or(AppError::BadRequest)?;
    pool_service::change_part(&state, viewer.by(&ip), p.id, Part::UnavailableWeek(monday.monday()))
        .await
        .map_err(pool_error)?;
    Ok(Redirect::to("/profile/capacity").into_response())
}

// ----- Listing -----

pub async fn listing(
    State(state): State<AppState>,
    viewer: Viewer,
    ClientIp(ip): ClientIp,
    Path(action): Path<String>,
) -> Result<Response, AppError> {
    let p = own(&state, &viewer, &ip).await?;
    let event = match action.as_str() {
        "submit" => ListingEvent::Submit,
        "pause" => ListingEvent::Pause,
        "resume" => ListingEvent::Resume,
        "withdraw" => ListingEvent::Withdraw,
        _ => return Err(AppError::NotFound),
    };
    match pool_service::change_listing(&state, viewer.by(&ip), p.id, event, None).await {
        Ok(()) => Ok(Redirect::to(&format!("/profile?saved={action}")).into_response()),
        Err(PoolError::Incomplete(errors)) => {
            let html = page(&state, &viewer, p, None, forms::shown(&state, viewer.lang, &errors)).await?;
            Ok((StatusCode::BAD_REQUEST, html).into_response())
        }
        Err(PoolError::NotAllowed(_)) => {
            let html = page(
                &state,
                &viewer,
                p,
                None,
                forms::one("status", viewer.t(&state, "error-listing-not-allowed", &[])),
            )
            .await?;
            Ok((StatusCode::CONFLICT, html).into_response())
        }
        Err(e) => Err(pool_error(e)),
    }
}
