//! Guests of a meeting (SPEC §4.8): the lead invites and withdraws them on the meeting's
//! page; the invited follow the emailed link to take the invitation up (making a guest
//! account, or with the account they have), and say whether the write-up may name them.
//! The commands are `app::meeting_guests`'s.

use super::meetings::{after_step, meeting, meeting_page};
use super::{field, form_pairs, render};
use crate::client::ClientIp;
use crate::error::AppError;
use crate::forms::{self, ShownError};
use crate::refusals::{refusal, refusal_status};
use crate::session::{self, Viewer};
use crate::state::AppState;
use app::meeting_guests::{self as commands, Invitation, NewAccount, Taker};
use app::meetings::meeting_link;
use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::http::{header, HeaderMap, StatusCode};
use axum::response::{Html, IntoResponse, Redirect, Response};
use domain::{password, text, ValidationErrors};
use minijinja::context;

/// A lead invites a guest by email.
pub async fn invite(
    State(state): State<AppState>,
    viewer: Viewer,
    ClientIp(ip): ClientIp,
    Path(id): Path<i64>,
    body: Bytes,
) -> Result<Response, AppError> {
    viewer.require_user()?;
    let meeting = meeting(&state, id).await?;
    let pairs = form_pairs(&body)?;
    let (name, email, organisation) = (
        field(&pairs, "name"),
        field(&pairs, "email"),
        field(&pairs, "organisation"),
    );
    let outcome = commands::invite(
        &state,
        viewer.actor.as_ref(),
        viewer.by(&ip),
        &meeting,
        name,
        email,
        organisation,
    )
    .await;
    match outcome {
        Ok(_) => Ok(Redirect::to(&format!("{}?done=guest-invited#guests", meeting_link(id))).into_response()),
        Err(e) => {
            let status = refusal_status(&e);
            let errors = refusal(&state, viewer.lang, e, "email")?;
            let typed = context! { name, email, organisation };
            let html = meeting_page(&state, &viewer, &meeting, "", errors, typed).await?;
            Ok((status, html).into_response())
        }
    }
}

/// A lead withdraws a guest's invitation.
pub async fn withdraw(
    State(state): State<AppState>,
    viewer: Viewer,
    ClientIp(ip): ClientIp,
    Path((id, guest)): Path<(i64, i64)>,
) -> Result<Response, AppError> {
    viewer.require_user()?;
    let meeting = meeting(&state, id).await?;
    let outcome = commands::withdraw(&state, viewer.actor.as_ref(), viewer.by(&ip), &meeting, guest)
        .await
        .map(|()| "guest-withdrawn");
    after_step(&state, &viewer, &meeting, outcome).await
}

/// A guest says whether the write-up may name them.
pub async fn naming(
    State(state): State<AppState>,
    viewer: Viewer,
    ClientIp(ip): ClientIp,
    Path(id): Path<i64>,
    body: Bytes,
) -> Result<Response, AppError> {
    viewer.require_user()?;
    let meeting = meeting(&state, id).await?;
    let may_name = field(&form_pairs(&body)?, "may_name") == "yes";
    let outcome = commands::set_may_name(&state, viewer.actor.as_ref(), viewer.by(&ip), &meeting, may_name)
        .await
        .map(|()| "naming");
    after_step(&state, &viewer, &meeting, outcome).await
}

fn link_not_usable(state: &AppState, viewer: &Viewer) -> Result<Response, AppError> {
    let page = render(
        state,
        viewer,
        "auth/link_invalid.html",
        context! { body_key => "guest-link-invalid-body" },
    )?;
    Ok((StatusCode::NOT_FOUND, page).into_response())
}

fn invitation_page(
    state: &AppState,
    viewer: &Viewer,
    token: &str,
    found: &Invitation,
    display_name: &str,
    may_name: bool,
    errors: Vec<ShownError>,
) -> Result<Html<String>, AppError> {
    let taker = match found.taker {
        Taker::NewAccount => "new",
        Taker::SignedIn => "signed-in",
        Taker::SignInFirst => "sign-in",
        Taker::OtherAccount => "other",
    };
    render(
        state,
        viewer,
        "meetings/guest.html",
        context! {
            token, taker, guest => found.guest, meeting => found.meeting,
            date => state.london_day(viewer.lang, found.meeting.starts_at),
            return_to => format!("/guest/{token}"),
            form => context! { display_name, may_name }, errors,
        },
    )
}

/// The page an invitation's link opens.
pub async fn invitation(
    State(state): State<AppState>,
    viewer: Viewer,
    Path(token): Path<String>,
) -> Result<Response, AppError> {
    let found = commands::invitation(&state, &token, viewer.actor.as_ref())
        .await
        .map_err(crate::refusals::unexpected)?;
    let Some(found) = found else {
        return link_not_usable(&state, &viewer);
    };
    let name = found.guest.name.clone();
    Ok(invitation_page(&state, &viewer, &token, &found, &name, false, Vec::new())?.into_response())
}

/// Takes the invitation up: with the signed-in account of the invited address, or a new
/// guest account (name and password), signed in at once.
pub async fn accept(
    State(state): State<AppState>,
    viewer: Viewer,
    ClientIp(ip): ClientIp,
    headers: HeaderMap,
    Path(token): Path<String>,
    body: Bytes,
) -> Result<Response, AppError> {
    let pairs = form_pairs(&body)?;
    let found = commands::invitation(&state, &token, viewer.actor.as_ref())
        .await
        .map_err(crate::refusals::unexpected)?;
    let Some(found) = found else {
        return link_not_usable(&state, &viewer);
    };
    let may_name = field(&pairs, "may_name") == "yes";
    let display_name = field(&pairs, "display_name");
    let mut errors = ValidationErrors::default();
    let mut hash = None;
    if found.taker == Taker::NewAccount {
        let name = errors.check("display_name", text::display_name(display_name));
        let typed = (field(&pairs, "password"), field(&pairs, "password_confirmation"));
        if let Err(e) = password::validate_new(typed.0, typed.1) {
            errors.0.extend(e.0);
        }
        if let (Some(name), true) = (name, errors.is_empty()) {
            hash = Some((name, app::passwords::hash(typed.0.to_string()).await?));
        }
    }
    if !errors.is_empty() {
        let shown = forms::shown(&state, viewer.lang, &errors);
        let page = invitation_page(&state, &viewer, &token, &found, display_name, may_name, shown)?;
        return Ok((StatusCode::BAD_REQUEST, page).into_response());
    }
    let account = hash.as_ref().map(|(name, hash)| NewAccount {
        display_name: name,
        password_hash: hash,
    });
    let user_agent = headers.get(header::USER_AGENT).and_then(|v| v.to_str().ok());
    match commands::accept(
        &state,
        &token,
        viewer.actor.as_ref(),
        account,
        may_name,
        &ip,
        user_agent,
    )
    .await
    {
        Ok(accepted) => {
            let to = Redirect::to(&format!("{}?done=welcome-guest", meeting_link(accepted.meeting_id)));
            Ok(match accepted.session_token {
                Some(t) => (session::sign_in_cookies(&t, state.config.https()), to).into_response(),
                None => to.into_response(),
            })
        }
        Err(app::meetings::MeetingError::NotFound) => link_not_usable(&state, &viewer),
        Err(e) => {
            let status = refusal_status(&e);
            let shown = refusal(&state, viewer.lang, e, "display_name")?;
            let page = invitation_page(&state, &viewer, &token, &found, display_name, may_name, shown)?;
            Ok((status, page).into_response())
        }
    }
}
