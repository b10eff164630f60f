//! The second factor's pages: a person's set-up (QR code and secret, confirmed by a code),
//! recovery codes shown once, turning it off; the code asked for after the password; and a
//! council admin's requirement of a second factor.

use super::council::council;
use super::render;
use crate::client::ClientIp;
use crate::error::AppError;
use crate::forms::{self, safe_return_to, ShownError};
use crate::refusals::{refusal, refusal_status, unexpected};
use crate::session::{self, Viewer};
use crate::state::AppState;
use app::accounts::{self, SignInError};
use app::second_factor::{self as service, SecondFactorError};
use axum::extract::{Path, Query, State};
use axum::http::{header, HeaderMap};
use axum::response::{Html, IntoResponse, Redirect, Response};
use axum::Form;
use minijinja::context;
use serde::Deserialize;

const PAGE: &str = "/account/two-factor";

/// The secret as a QR code an authenticator app can read: inline SVG, described for screen
/// readers (the secret is also shown as text beside it).
fn qr_svg(url: &str, label: &str) -> Option<String> {
    let code = qrcode::QrCode::new(url.as_bytes()).ok()?;
    let svg = code
        .render::<qrcode::render::svg::Color<'_>>()
        .min_dimensions(200, 200)
        .quiet_zone(true)
        .build();
    let start = svg.find("<svg")?;
    let label = label.replace(['"', '<', '>', '&'], "");
    Some(svg[start..].replacen("<svg", &format!("<svg role=\"img\" aria-label=\"{label}\""), 1))
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct Done {
    done: String,
}

async fn page_with(
    state: &AppState,
    viewer: &Viewer,
    headers: &HeaderMap,
    done: &str,
    errors: Vec<ShownError>,
) -> Result<Response, AppError> {
    let user = viewer.require_user()?;
    let standing = service::standing(state, user.id).await?;
    let https = state.config.https();
    // Recovery codes just made, carried once from the step that made them.
    let codes: Vec<String> = match crate::one_time::waiting(headers, https) {
        Some(kept) if standing.on && ["on", "renewed"].contains(&done) => kept.split('_').map(str::to_string).collect(),
        _ => Vec::new(),
    };
    let qr = standing.setting_up.as_ref().and_then(|secret| {
        let url = domain::second_factor::otpauth_url(&user.email, secret);
        qr_svg(&url, &viewer.t(state, "second-factor-qr", &[]))
    });
    let done = Some(done).filter(|d| ["on", "off", "renewed"].contains(d));
    let html = render(
        state,
        viewer,
        "account/second_factor.html",
        context! { standing, qr, codes, done, errors },
    )?;
    // A refusal sets its own status (`refused`); the page itself is 200.
    Ok(if codes.is_empty() {
        html.into_response()
    } else {
        (crate::one_time::clear(https), html).into_response()
    })
}

pub async fn page(
    State(state): State<AppState>,
    viewer: Viewer,
    headers: HeaderMap,
    Query(q): Query<Done>,
) -> Result<Response, AppError> {
    viewer.authorise(domain::authz::Action::ManageOwnAccount)?;
    page_with(&state, &viewer, &headers, &q.done, Vec::new()).await
}

/// A step's refusal shown on the page, with the status it calls for.
async fn refused(
    state: &AppState,
    viewer: &Viewer,
    headers: &HeaderMap,
    e: SecondFactorError,
) -> Result<Response, AppError> {
    let status = refusal_status(&e);
    let errors = refusal(state, viewer.lang, e, "code")?;
    let mut response = page_with(state, viewer, headers, "", errors).await?;
    *response.status_mut() = status;
    Ok(response)
}

pub async fn start(
    State(state): State<AppState>,
    viewer: Viewer,
    ClientIp(ip): ClientIp,
    headers: HeaderMap,
) -> Result<Response, AppError> {
    match service::start(&state, viewer.actor.as_ref(), viewer.by(&ip)).await {
        Ok(()) => Ok(Redirect::to(&format!("{PAGE}#set-up")).into_response()),
        Err(e) => refused(&state, &viewer, &headers, e).await,
    }
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct CodeForm {
    code: String,
}

/// Recovery codes to the page that shows them once.
fn show_codes(state: &AppState, codes: &[String], done: &str) -> Response {
    let keep = crate::one_time::keep(&codes.join("_"), state.config.https());
    (keep, Redirect::to(&format!("{PAGE}?done={done}#recovery-codes"))).into_response()
}

pub async fn confirm(
    State(state): State<AppState>,
    viewer: Viewer,
    ClientIp(ip): ClientIp,
    headers: HeaderMap,
    Form(form): Form<CodeForm>,
) -> Result<Response, AppError> {
    match service::confirm(&state, viewer.actor.as_ref(), viewer.by(&ip), &form.code).await {
        Ok(codes) => Ok(show_codes(&state, &codes, "on")),
        Err(e) => refused(&state, &viewer, &headers, e).await,
    }
}

pub async fn renew(
    State(state): State<AppState>,
    viewer: Viewer,
    ClientIp(ip): ClientIp,
    headers: HeaderMap,
) -> Result<Response, AppError> {
    match service::renew_recovery_codes(&state, viewer.actor.as_ref(), viewer.by(&ip)).await {
        Ok(codes) => Ok(show_codes(&state, &codes, "renewed")),
        Err(e) => refused(&state, &viewer, &headers, e).await,
    }
}

pub async fn turn_off(
    State(state): State<AppState>,
    viewer: Viewer,
    ClientIp(ip): ClientIp,
    headers: HeaderMap,
    Form(form): Form<CodeForm>,
) -> Result<Response, AppError> {
    match service::turn_off(&state, viewer.actor.as_ref(), viewer.by(&ip), &form.code).await {
        Ok(()) => Ok(Redirect::to(&format!("{PAGE}?done=off")).into_response()),
        Err(e) => refused(&state, &viewer, &headers, e).await,
    }
}

// ----- The code after the password -----

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct CodeQuery {
    return_to: String,
}

fn code_page(
    state: &AppState,
    viewer: &Viewer,
    return_to: &str,
    errors: Vec<ShownError>,
) -> Result<Html<String>, AppError> {
    render(state, viewer, "auth/sign_in_code.html", context! { return_to, errors })
}

pub async fn code_form(
    State(state): State<AppState>,
    viewer: Viewer,
    headers: HeaderMap,
    Query(q): Query<CodeQuery>,
) -> Result<Response, AppError> {
    let return_to = safe_return_to(Some(&q.return_to), &state.config.base_url);
    if crate::one_time::waiting(&headers, state.config.https()).is_none() {
        return Ok(Redirect::to("/sign-in").into_response());
    }
    Ok(code_page(&state, &viewer, &return_to, Vec::new())?.into_response())
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct CodeAnswer {
    code: String,
    return_to: String,
}

pub async fn code(
    State(state): State<AppState>,
    viewer: Viewer,
    ClientIp(ip): ClientIp,
    headers: HeaderMap,
    Form(form): Form<CodeAnswer>,
) -> Result<Response, AppError> {
    let https = state.config.https();
    let return_to = safe_return_to(Some(&form.return_to), &state.config.base_url);
    let Some(challenge) = crate::one_time::waiting(&headers, https) else {
        return Ok(Redirect::to("/sign-in").into_response());
    };
    let agent = headers.get(header::USER_AGENT).and_then(|v| v.to_str().ok());
    let key = match accounts::answer_challenge(&state, &challenge, &form.code, &ip, agent).await {
        Ok(token) => {
            let mut cookies = session::sign_in_cookies(&token, https);
            // Appended, not extended: `extend` would replace the session's Set-Cookie.
            for value in crate::one_time::clear(https).get_all(header::SET_COOKIE) {
                cookies.append(header::SET_COOKIE, value.clone());
            }
            return Ok((cookies, Redirect::to(&return_to)).into_response());
        }
        Err(SignInError::WrongCode) | Err(SignInError::WrongCredentials) => "error-second-factor-code",
        Err(SignInError::ChallengeOver | SignInError::UseProvider) => {
            let cleared = crate::one_time::clear(https);
            return Ok((cleared, Redirect::to("/sign-in?return_to=%2F")).into_response());
        }
        Err(SignInError::Locked { until }) => {
            let errors = forms::one("code", super::auth::locked_message(&state, viewer.lang, until));
            let page = code_page(&state, &viewer, &return_to, errors)?;
            return Ok((axum::http::StatusCode::BAD_REQUEST, page).into_response());
        }
        Err(SignInError::Store(e)) => return Err(e.into()),
        Err(SignInError::Other(e)) => return Err(e.into()),
    };
    let page = code_page(
        &state,
        &viewer,
        &return_to,
        forms::one("code", viewer.t(&state, key, &[])),
    )?;
    Ok((axum::http::StatusCode::BAD_REQUEST, page).into_response())
}

// ----- A council's requirement -----

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct RequirementForm {
    required: String,
}

pub async fn council_requirement(
    State(state): State<AppState>,
    viewer: Viewer,
    ClientIp(ip): ClientIp,
    Path(code): Path<String>,
    Form(form): Form<RequirementForm>,
) -> Result<Response, AppError> {
    let org = council(&state, &code).await?;
    let required = form.required == "yes";
    service::set_council_requirement(&state, viewer.actor.as_ref(), viewer.by(&ip), org.id, required)
        .await
        .map_err(unexpected)?;
    let done = if required { "required" } else { "not-required" };
    Ok(Redirect::to(&format!("/councils/{}/members?second_factor={done}", org.code)).into_response())
}
