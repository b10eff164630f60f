//! The start page and the pages every service has: cookies, accessibility, privacy.

use super::render;
use crate::error::AppError;
use crate::session::Viewer;
use crate::state::AppState;
use axum::extract::{Query, State};
use axum::response::Html;
use minijinja::context;
use serde::Deserialize;

#[derive(Deserialize)]
pub struct HomeQuery {
    welcome: Option<String>,
}

pub async fn home(
    State(state): State<AppState>,
    viewer: Viewer,
    Query(q): Query<HomeQuery>,
) -> Result<Html<String>, AppError> {
    let welcome_council = match (&q.welcome, &viewer.user) {
        (Some(_), Some(user)) => user.councils.first().map(|c| c.name.clone()),
        _ => None,
    };
    render(
        &state,
        &viewer,
        "pages/home.html",
        context! { demo_info => state.config.demo.clone(), welcome_council },
    )
}

pub async fn cookies(State(state): State<AppState>, viewer: Viewer) -> Result<Html<String>, AppError> {
    render(
        &state,
        &viewer,
        "pages/cookies.html",
        context! {
            session_cookie => crate::session::cookie_name(state.config.https()),
            csrf_cookie => crate::csrf::cookie_name(state.config.https()),
        },
    )
}

pub async fn accessibility(State(state): State<AppState>, viewer: Viewer) -> Result<Html<String>, AppError> {
    render(&state, &viewer, "pages/accessibility.html", context! {})
}

pub async fn privacy(State(state): State<AppState>, viewer: Viewer) -> Result<Html<String>, AppError> {
    render(&state, &viewer, "pages/privacy.html", context! {})
}

pub async fn not_found() -> AppError {
    AppError::NotFound
}
