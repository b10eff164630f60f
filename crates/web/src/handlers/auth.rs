//! Sign up, verify, sign in, sign out, forgotten password.

use super::render;
use crate::client::ClientIp;
use crate::error::AppError;
use crate::forms::{self, safe_return_to};
use crate::session::{self, Viewer};
use crate::state::AppState;
use app::accounts::{self, CompleteError, SignInError, SignUpError, SignedInOr};
use axum::extract::{Path, Query, State};
use axum::http::{header, HeaderMap, StatusCode};
use axum::response::{Html, IntoResponse, Redirect, Response};
use axum::Form;
use domain::email::EmailAddress;
use domain::language::Lang;
use domain::{password, text, ValidationErrors};
use minijinja::context;
use serde::Deserialize;

pub(crate) fn user_agent(headers: &HeaderMap) -> Option<&str> {
    headers.get(header::USER_AGENT).and_then(|v| v.to_str().ok())
}

/// What a locked account is told: when to try again, in London time.
pub(crate) fn locked_message(state: &AppState, lang: Lang, until: chrono::DateTime<chrono::Utc>) -> String {
    let time = until
        .with_timezone(&chrono_tz::Europe::London)
        .format("%-I:%M%P")
        .to_string();
    state.t_in(lang, "sign-in-locked", &[("time", time)])
}

fn invalid(html: Html<String>) -> Response {
    (StatusCode::BAD_REQUEST, html).into_response()
}

// ----- Sign up -----

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct SignUpForm {
    display_name: String,
    email: String,
}

pub async fn sign_up_form(State(state): State<AppState>, viewer: Viewer) -> Result<Html<String>, AppError> {
    render(
        &state,
        &viewer,
        "auth/sign_up.html",
        context! { form => context!{ display_name => "", email => "" }, errors => Vec::<()>::new() },
    )
}

pub async fn sign_up(
    State(state): State<AppState>,
    viewer: Viewer,
    ClientIp(ip): ClientIp,
    Form(form): Form<SignUpForm>,
) -> Result<Response, AppError> {
    let mut errors = ValidationErrors::default();
    let name = errors.check("display_name", text::display_name(&form.display_name));
    let email = errors.check("email", EmailAddress::parse(&form.email));
    let shown = match (name, email) {
        (Some(name), Some(email)) => match accounts::request_sign_up(&state, &email, &name, &ip).await {
            Ok(()) => {
                let target = format!("/sign-up/check-email?email={}", crate::error::urlencode(email.as_str()));
                return Ok(Redirect::to(&target).into_response());
            }
            Err(SignUpError::UnknownDomain) => forms::one(
                "email",
                viewer.t(
                    &state,
                    "sign-up-unknown-domain",
                    &[
                        ("domain", email.domain().to_string()),
                        ("support", state.config.support_email.clone()),
                    ],
                ),
            ),
            Err(SignUpError::UseProvider) => forms::one("email", viewer.t(&state, "sign-up-use-organisation", &[])),
            Err(SignUpError::Limited(e)) => return Err(e.into()),
            Err(SignUpError::Store(e)) => return Err(e.into()),
        },
        _ => forms::shown(&state, viewer.lang, &errors),
    };
    let page = render(
        &state,
        &viewer,
        "auth/sign_up.html",
        context! { form => context!{ display_name => form.display_name, email => form.email }, errors => shown },
    )?;
    Ok(invalid(page))
}

#[derive(Deserialize)]
pub struct CheckEmailQuery {
    #[serde(default)]
    email: String,
}

pub async fn check_email(
    State(state): State<AppState>,
    viewer: Viewer,
    Query(q): Query<CheckEmailQuery>,
) -> Result<Html<String>, AppError> {
    render(&state, &viewer, "auth/check_email.html", context! { email => q.email })
}

// ----- Verify and set a password -----

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct PasswordForm {
    display_name: String,
    password: String,
    password_confirmation: String,
}

pub async fn verify_form(
    State(state): State<AppState>,
    viewer: Viewer,
    Path(token): Path<String>,
) -> Result<Response, AppError> {
    match accounts::pending_sign_up(&state, &token).await? {
        Some(pending) => Ok(render(
            &state,
            &viewer,
            "auth/verify.html",
            context! {
                token, email => pending.email, council => pending.council.name,
                ask_name => pending.display_name.is_empty(), form => context!{ display_name => pending.display_name },
                errors => Vec::<()>::new(),
            },
        )?
        .into_response()),
        None => link_not_usable(&state, &viewer, "verify-invalid-body"),
    }
}

fn link_not_usable(state: &AppState, viewer: &Viewer, body_key: &str) -> Result<Response, AppError> {
    let page = render(state, viewer, "auth/link_invalid.html", context! { body_key })?;
    Ok((StatusCode::NOT_FOUND, page).into_response())
}

pub async fn verify(
    State(state): State<AppState>,
    viewer: Viewer,
    ClientIp(ip): ClientIp,
    headers: HeaderMap,
    Path(token): Path<String>,
    Form(form): Form<PasswordForm>,
) -> Result<Response, AppError> {
    let Some(pending) = accounts::pending_sign_up(&state, &token).await? else {
        return link_not_usable(&state, &viewer, "verify-invalid-body");
    };
    let ask_name = pending.display_name.is_empty();
    let mut errors = ValidationErrors::default();
    let name = if ask_name {
        errors.check("display_name", text::display_name(&form.display_name))
    } else {
        Some(pending.display_name.clone())
    };
    if let Err(e) = password::validate_new(&form.password, &form.password_confirmation) {
        errors.0.extend(e.0);
    }
    if let (Some(name), true) = (name, errors.is_empty()) {
        let hash = app::passwords::hash(form.password).await?;
        return match accounts::complete_sign_up(&state, &token, &name, &hash, &ip, user_agent(&headers)).await {
            Ok(signed_in) => {
                let cookies = session::sign_in_cookies(&signed_in.session_token, state.config.https());
                Ok((cookies, Redirect::to("/?welcome=1")).into_response())
            }
            Err(CompleteError::LinkNotUsable) => link_not_usable(&state, &viewer, "verify-invalid-body"),
            Err(CompleteError::Store(e)) => Err(e.into()),
        };
    }
    let page = render(
        &state,
        &viewer,
        "auth/verify.html",
        context! {
            token, email => pending.email, council => pending.council.name, ask_name,
            form => context!{ display_name => form.display_name }, errors => forms::shown(&state, viewer.lang, &errors),
        },
    )?;
    Ok(invalid(page))
}

// ----- Sign in and out -----

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct SignInForm {
    email: String,
    password: String,
    return_to: String,
}

#[derive(Deserialize)]
pub struct ReturnTo {
    return_to: Option<String>,
}

pub async fn sign_in_form(
    State(state): State<AppState>,
    viewer: Viewer,
    Query(q): Query<ReturnTo>,
) -> Result<Html<String>, AppError> {
    let return_to = safe_return_to(q.return_to.as_deref(), &state.config.base_url);
    render(
        &state,
        &viewer,
        "auth/sign_in.html",
        context! { email => "", return_to, errors => Vec::<()>::new(), use_provider => false },
    )
}

pub async fn sign_in(
    State(state): State<AppState>,
    viewer: Viewer,
    ClientIp(ip): ClientIp,
    headers: HeaderMap,
    Form(form): Form<SignInForm>,
) -> Result<Response, AppError> {
    let return_to = safe_return_to(Some(&form.return_to), &state.config.base_url);
    let mut use_provider = false;
    let shown = match EmailAddress::parse(&form.email) {
        Err(key) => forms::one("email", viewer.t(&state, key, &[])),
        Ok(_) if form.password.is_empty() => forms::one("password", viewer.t(&state, "error-password-required", &[])),
        Ok(email) => match accounts::sign_in(&state, email.as_str(), &form.password, &ip, user_agent(&headers)).await {
            Ok(SignedInOr::Session(token)) => {
                let cookies = session::sign_in_cookies(&token, state.config.https());
                return Ok((cookies, Redirect::to(&return_to)).into_response());
            }
            Ok(SignedInOr::CodeWanted(challenge)) => {
                // The challenge waits in a short-lived cookie for the code's page.
                let keep = crate::one_time::keep(&challenge, state.config.https());
                let next = format!(
                    "/sign-in/code?return_to={}",
                    url::form_urlencoded::byte_serialize(return_to.as_bytes()).collect::<String>()
                );
                return Ok((keep, Redirect::to(&next)).into_response());
            }
            Err(SignInError::WrongCredentials) => forms::one("email", viewer.t(&state, "sign-in-failed", &[])),
            Err(SignInError::WrongCode | SignInError::ChallengeOver) => {
                forms::one("email", viewer.t(&state, "sign-in-failed", &[]))
            }
            Err(SignInError::Locked { until }) => forms::one("email", locked_message(&state, viewer.lang, until)),
            Err(SignInError::UseProvider) => {
                use_provider = true;
                forms::one("email", viewer.t(&state, "sign-in-use-organisation", &[]))
            }
            Err(SignInError::Store(e)) => return Err(e.into()),
            Err(SignInError::Other(e)) => return Err(e.into()),
        },
    };
    let page = render(
        &state,
        &viewer,
        "auth/sign_in.html",
        context! { email => form.email, return_to, errors => shown, use_provider },
    )?;
    Ok(invalid(page))
}

pub async fn sign_out(State(state): State<AppState>, viewer: Viewer) -> Result<Response, AppError> {
    if let Some(hash) = &viewer.session_hash {
        accounts::sign_out(&state, hash).await?;
    }
    Ok((
        session::sign_out_cookies(state.config.https()),
        Redirect::to("/signed-out"),
    )
        .into_response())
}

#[derive(Deserialize)]
pub struct SignedOutQuery {
    everywhere: Option<u64>,
    tokens: Option<u64>,
}

pub async fn signed_out(
    State(state): State<AppState>,
    viewer: Viewer,
    Query(q): Query<SignedOutQuery>,
) -> Result<Html<String>, AppError> {
    render(
        &state,
        &viewer,
        "auth/signed_out.html",
        context! { everywhere => q.everywhere, tokens => q.tokens },
    )
}

// ----- Forgotten password -----

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct ForgotForm {
    email: String,
}

pub async fn forgot_form(State(state): State<AppState>, viewer: Viewer) -> Result<Html<String>, AppError> {
    render(
        &state,
        &viewer,
        "auth/forgot.html",
        context! { email => "", errors => Vec::<()>::new() },
    )
}

pub async fn forgot(
    State(state): State<AppState>,
    viewer: Viewer,
    ClientIp(ip): ClientIp,
    Form(form): Form<ForgotForm>,
) -> Result<Response, AppError> {
    let key = match EmailAddress::parse(&form.email) {
        Ok(email) => match accounts::request_password_reset(&state, &email, &ip).await? {
            accounts::ResetRequested::Sent => {
                let target = format!(
                    "/forgot-password/sent?email={}",
                    crate::error::urlencode(email.as_str())
                );
                return Ok(Redirect::to(&target).into_response());
            }
            accounts::ResetRequested::UseProvider => "sign-in-use-organisation",
        },
        Err(key) => key,
    };
    let page = render(
        &state,
        &viewer,
        "auth/forgot.html",
        context! { email => form.email, errors => forms::one("email", viewer.t(&state, key, &[])) },
    )?;
    Ok(invalid(page))
}

/// Where a reset request lands (post/redirect/get): the same words whether or not the
/// address has an account.
pub async fn forgot_sent(
    State(state): State<AppState>,
    viewer: Viewer,
    Query(q): Query<CheckEmailQuery>,
) -> Result<Html<String>, AppError> {
    render(&state, &viewer, "auth/forgot_sent.html", context! { email => q.email })
}

pub async fn reset_form(
    State(state): State<AppState>,
    viewer: Viewer,
    Path(token): Path<String>,
) -> Result<Response, AppError> {
    if accounts::reset_link_usable(&state, &token).await? {
        Ok(render(
            &state,
            &viewer,
            "auth/reset.html",
            context! { token, errors => Vec::<()>::new() },
        )?
        .into_response())
    } else {
        link_not_usable(&state, &viewer, "reset-invalid-body")
    }
}

pub async fn reset(
    State(state): State<AppState>,
    viewer: Viewer,
    ClientIp(ip): ClientIp,
    headers: HeaderMap,
    Path(token): Path<String>,
    Form(form): Form<PasswordForm>,
) -> Result<Response, AppError> {
    if let Err(errors) = password::validate_new(&form.password, &form.password_confirmation) {
        let page = render(
            &state,
            &viewer,
            "auth/reset.html",
            context! { token, errors => forms::shown(&state, viewer.lang, &errors) },
        )?;
        return Ok(invalid(page));
    }
    let hash = app::passwords::hash(form.password).await?;
    match accounts::reset_password(&state, &token, &hash, &ip, user_agent(&headers)).await {
        Ok(session_token) => {
            let cookies = session::sign_in_cookies(&session_token, state.config.https());
            Ok((cookies, Redirect::to("/account?reset=1")).into_response())
        }
        Err(CompleteError::LinkNotUsable) => link_not_usable(&state, &viewer, "reset-invalid-body"),
        Err(CompleteError::Store(e)) => Err(e.into()),
    }
}
