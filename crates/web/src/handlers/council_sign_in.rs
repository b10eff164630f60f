//! Signing in with one's organisation's account (a council's own OpenID Connect provider),
//! and the council admin's page that sets the provider up.

use super::auth::user_agent;
use super::council::council;
use super::{field, form_pairs, render};
use crate::client::ClientIp;
use crate::error::AppError;
use crate::forms::{self, safe_return_to};
use crate::refusals::unexpected;
use crate::session::{self, Viewer};
use crate::state::AppState;
use app::council_sign_in::{self as service, Callback, ProviderSettingsError, ProviderSignInError};
use axum::body::Bytes;
use axum::extract::{Path, Query, State};
use axum::http::header;
use axum::http::{HeaderMap, StatusCode};
use axum::response::{Html, IntoResponse, Redirect, Response};
use axum::Form;
use domain::email::EmailAddress;
use minijinja::context;
use serde::Deserialize;

// ----- The state cookie -----

/// The state of a sign-in on its way to the provider, kept in the browser that started it
/// so that only that browser can finish it. SameSite=Lax: the provider sends the browser
/// back with a top-level GET from its own site.
fn state_cookie_name(https: bool) -> &'static str {
    if https {
        "__Host-mc_provider_state"
    } else {
        "mc_provider_state"
    }
}

fn state_cookie(https: bool, value: &str, max_age: i64) -> HeaderMap {
    let mut headers = HeaderMap::new();
    if let Some(v) = crate::csrf::set_cookie_header_for(state_cookie_name(https), value, https, max_age) {
        headers.append(header::SET_COOKIE, v);
    }
    headers
}

// ----- Signing in -----

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct StartQuery {
    email: String,
    return_to: String,
}

pub async fn start_form(
    State(state): State<AppState>,
    viewer: Viewer,
    Query(q): Query<StartQuery>,
) -> Result<Html<String>, AppError> {
    let return_to = safe_return_to(Some(&q.return_to), &state.config.base_url);
    render(
        &state,
        &viewer,
        "auth/sign_in_organisation.html",
        context! { email => q.email, return_to, errors => Vec::<()>::new() },
    )
}

pub async fn start(
    State(state): State<AppState>,
    viewer: Viewer,
    Form(form): Form<StartQuery>,
) -> Result<Response, AppError> {
    let return_to = safe_return_to(Some(&form.return_to), &state.config.base_url);
    let shown = match EmailAddress::parse(&form.email) {
        Err(key) => forms::one("email", viewer.t(&state, key, &[])),
        Ok(email) => match service::start(&state, &email, &return_to).await {
            Ok(started) => {
                let minutes = domain::sign_in_providers::SIGN_IN_MINUTES;
                let cookie = state_cookie(state.config.https(), &started.state, minutes * 60);
                return Ok((cookie, Redirect::to(&started.authorize_url)).into_response());
            }
            Err(ProviderSignInError::NoProvider) => {
                forms::one("email", viewer.t(&state, "organisation-sign-in-none", &[]))
            }
            Err(ProviderSignInError::Store(e)) => return Err(e.into()),
            Err(e) => {
                tracing::warn!(error = %e, "a council's sign-in provider could not be used");
                forms::one("email", viewer.t(&state, "organisation-sign-in-unreachable", &[]))
            }
        },
    };
    let page = render(
        &state,
        &viewer,
        "auth/sign_in_organisation.html",
        context! { email => form.email, return_to, errors => shown },
    )?;
    Ok((StatusCode::BAD_REQUEST, page).into_response())
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct CallbackQuery {
    code: Option<String>,
    state: Option<String>,
    iss: Option<String>,
    error: Option<String>,
}

pub async fn callback(
    State(state): State<AppState>,
    viewer: Viewer,
    ClientIp(ip): ClientIp,
    headers: HeaderMap,
    Query(q): Query<CallbackQuery>,
) -> Result<Response, AppError> {
    let https = state.config.https();
    let kept = crate::csrf::read_cookie(&headers, state_cookie_name(https));
    let back = Callback {
        code: q.code.as_deref(),
        state: q.state.as_deref(),
        iss: q.iss.as_deref(),
        error: q.error.as_deref(),
        kept_state: kept.as_deref(),
    };
    let cleared = state_cookie(https, "", 0);
    let reason = match service::finish(&state, &back, &ip, user_agent(&headers)).await {
        Ok(signed_in) => {
            let mut cookies = session::sign_in_cookies(&signed_in.session_token, https);
            for value in cleared.get_all(header::SET_COOKIE) {
                cookies.append(header::SET_COOKIE, value.clone());
            }
            return Ok((cookies, Redirect::to(&signed_in.return_to)).into_response());
        }
        Err(ProviderSignInError::Store(e)) => return Err(e.into()),
        Err(e) => e,
    };
    tracing::warn!(error = %reason, "a sign-in through a council's provider was refused");
    let body_key = match reason {
        ProviderSignInError::StateNotUsable => "organisation-sign-in-failed-state",
        ProviderSignInError::ProviderRefused(_) => "organisation-sign-in-failed-cancelled",
        ProviderSignInError::Refused(domain::sign_in_providers::Refusal::EmailNotVerified) => {
            "organisation-sign-in-failed-unverified"
        }
        ProviderSignInError::Refused(_) => "organisation-sign-in-failed-address",
        _ => "organisation-sign-in-failed-untrusted",
    };
    let page = render(
        &state,
        &viewer,
        "auth/sign_in_organisation_failed.html",
        context! { body_key },
    )?;
    Ok((StatusCode::BAD_REQUEST, cleared, page).into_response())
}

// ----- A council's provider -----

#[derive(Deserialize)]
pub struct SettingsQuery {
    saved: Option<String>,
}

pub async fn settings(
    State(state): State<AppState>,
    viewer: Viewer,
    Path(code): Path<String>,
    Query(q): Query<SettingsQuery>,
) -> Result<Response, AppError> {
    let org = council(&state, &code).await?;
    let view = service::settings(&state, viewer.actor.as_ref(), org.id)
        .await
        .map_err(unexpected)?;
    let saved = q.saved.filter(|s| ["saved", "removed"].contains(&s.as_str()));
    Ok(render(
        &state,
        &viewer,
        "council/sign_in_provider.html",
        context! { council => org, provider => view, form => None::<()>, saved, errors => Vec::<()>::new() },
    )?
    .into_response())
}

pub async fn save(
    State(state): State<AppState>,
    viewer: Viewer,
    ClientIp(ip): ClientIp,
    Path(code): Path<String>,
    body: Bytes,
) -> Result<Response, AppError> {
    let org = council(&state, &code).await?;
    let pairs = form_pairs(&body)?;
    let domains: Vec<String> = pairs
        .iter()
        .filter(|(k, _)| k == "domains")
        .map(|(_, v)| v.clone())
        .collect();
    let typed = domain::sign_in_providers::Typed {
        issuer: field(&pairs, "issuer"),
        client_id: field(&pairs, "client_id"),
        client_secret: field(&pairs, "client_secret"),
        required: field(&pairs, "required") == "yes",
        domains: &domains,
    };
    match service::save(&state, viewer.actor.as_ref(), viewer.by(&ip), org.id, &typed).await {
        Ok(()) => Ok(Redirect::to(&format!("/councils/{}/sign-in-provider?saved=saved", org.code)).into_response()),
        Err(ProviderSettingsError::Invalid(errors)) => {
            let mut view = service::settings(&state, viewer.actor.as_ref(), org.id)
                .await
                .map_err(unexpected)?;
            for choice in &mut view.domains {
                choice.served = domains.contains(&choice.domain);
            }
            view.required = typed.required;
            let form = context! { issuer => typed.issuer, client_id => typed.client_id };
            let page = render(
                &state,
                &viewer,
                "council/sign_in_provider.html",
                context! { council => org, provider => view, form, saved => None::<()>, errors => forms::shown(&state, viewer.lang, &errors) },
            )?;
            Ok((StatusCode::BAD_REQUEST, page).into_response())
        }
        Err(e) => Err(unexpected(e)),
    }
}

pub async fn remove(
    State(state): State<AppState>,
    viewer: Viewer,
    ClientIp(ip): ClientIp,
    Path(code): Path<String>,
) -> Result<Response, AppError> {
    let org = council(&state, &code).await?;
    service::remove(&state, viewer.actor.as_ref(), viewer.by(&ip), org.id)
        .await
        .map_err(unexpected)?;
    Ok(Redirect::to(&format!("/councils/{}/sign-in-provider?saved=removed", org.code)).into_response())
}
