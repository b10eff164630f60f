//! Subject access (app::subject_access): what is held about a person as a readable page
//! and as a JSON file, for the person (`/account/data`), an admin of their council
//! (`/councils/{code}/members/{id}/data`) or a platform admin (`/admin/people/{id}/data`).
//! Each page or file is one export, recorded in the audit log.

use super::council::council;
use super::render;
use crate::client::ClientIp;
use crate::error::AppError;
use crate::refusals::unexpected;
use crate::session::Viewer;
use crate::state::AppState;
use app::subject_access::{self as service, Export};
use axum::extract::{Path, State};
use axum::http::header;
use axum::response::{Html, IntoResponse, Response};
use minijinja::context;
use serde::Serialize;
use serde_json::Value;

/// Whose data, asked for through which council (None: their own, or a platform admin's).
async fn exported(
    state: &AppState,
    viewer: &Viewer,
    ip: &str,
    person: i64,
    org: Option<i64>,
) -> Result<Export, AppError> {
    service::export(state, viewer.by(ip), viewer.actor.as_ref(), person, org)
        .await
        .map_err(|e| match unexpected(e) {
            // Not signed in: back to this page once they are.
            AppError::SignInRequired { .. } => AppError::SignInRequired {
                return_to: viewer.path.clone(),
            },
            other => other,
        })
}

#[derive(Serialize)]
struct ShownTable {
    name: String,
    columns: Vec<String>,
    rows: Vec<Vec<String>>,
}

#[derive(Serialize)]
struct ShownSection {
    heading: String,
    tables: Vec<ShownTable>,
}

fn cell(value: Option<&Value>) -> String {
    match value {
        None | Some(Value::Null) => String::new(),
        Some(Value::String(s)) => s.clone(),
        Some(other) => other.to_string(),
    }
}

/// The export grouped under its headings, in the order the store gives them.
fn sections(state: &AppState, viewer: &Viewer, export: &Export) -> Vec<ShownSection> {
    let mut out: Vec<ShownSection> = Vec::new();
    let mut last_key = "";
    for t in &export.tables {
        let table = ShownTable {
            name: t.table.clone(),
            columns: t.columns.clone(),
            rows: t
                .rows
                .iter()
                .map(|row| t.columns.iter().map(|c| cell(row.get(c))).collect())
                .collect(),
        };
        match out.last_mut() {
            Some(section) if last_key == t.section => section.tables.push(table),
            _ => out.push(ShownSection {
                heading: viewer.t(state, t.section, &[]),
                tables: vec![table],
            }),
        }
        last_key = t.section;
    }
    out
}

fn page(state: &AppState, viewer: &Viewer, export: &Export, json_link: String) -> Result<Html<String>, AppError> {
    let name = export
        .tables
        .iter()
        .find(|t| t.table == "users")
        .and_then(|t| t.rows.first())
        .map(|row| cell(row.get("display_name")))
        .unwrap_or_default();
    render(
        state,
        viewer,
        "account/data.html",
        context! {
            name,
            made_at => export.made_at,
            sections => sections(state, viewer, export),
            json_link,
        },
    )
}

fn file(export: &Export) -> Result<Response, AppError> {
    let body = serde_json::to_vec_pretty(export).map_err(|e| AppError::Internal(e.into()))?;
    Ok((
        [
            (header::CONTENT_TYPE, "application/json".to_string()),
            (
                header::CONTENT_DISPOSITION,
                format!("attachment; filename=\"personal-data-{}.json\"", export.person),
            ),
        ],
        body,
    )
        .into_response())
}

fn own_id(viewer: &Viewer) -> Result<i64, AppError> {
    Ok(viewer.require_user()?.id)
}

/// `GET /account/data`: the person's own.
pub async fn own_page(
    State(state): State<AppState>,
    viewer: Viewer,
    ClientIp(ip): ClientIp,
) -> Result<Html<String>, AppError> {
    let export = exported(&state, &viewer, &ip, own_id(&viewer)?, None).await?;
    page(&state, &viewer, &export, "/account/data.json".into())
}

/// `GET /account/data.json`.
pub async fn own_file(
    State(state): State<AppState>,
    viewer: Viewer,
    ClientIp(ip): ClientIp,
) -> Result<Response, AppError> {
    file(&exported(&state, &viewer, &ip, own_id(&viewer)?, None).await?)
}

/// `GET /councils/{code}/members/{user_id}/data`: a member's, for their council's admins.
pub async fn member_page(
    State(state): State<AppState>,
    viewer: Viewer,
    ClientIp(ip): ClientIp,
    Path((code, user_id)): Path<(String, i64)>,
) -> Result<Html<String>, AppError> {
    let org = council(&state, &code).await?;
    let export = exported(&state, &viewer, &ip, user_id, Some(org.id)).await?;
    page(
        &state,
        &viewer,
        &export,
        format!("/councils/{}/members/{user_id}/data.json", org.code),
    )
}

/// `GET /councils/{code}/members/{user_id}/data.json`.
pub async fn member_file(
    State(state): State<AppState>,
    viewer: Viewer,
    ClientIp(ip): ClientIp,
    Path((code, user_id)): Path<(String, i64)>,
) -> Result<Response, AppError> {
    let org = council(&state, &code).await?;
    file(&exported(&state, &viewer, &ip, user_id, Some(org.id)).await?)
}

/// `GET /admin/people/{user_id}/data`: anyone's, for platform admins.
pub async fn person_page(
    State(state): State<AppState>,
    viewer: Viewer,
    ClientIp(ip): ClientIp,
    Path(user_id): Path<i64>,
) -> Result<Html<String>, AppError> {
    viewer.authorise(domain::authz::Action::ManageCouncils)?;
    let export = exported(&state, &viewer, &ip, user_id, None).await?;
    page(&state, &viewer, &export, format!("/admin/people/{user_id}/data.json"))
}

/// `GET /admin/people/{user_id}/data.json`.
pub async fn person_file(
    State(state): State<AppState>,
    viewer: Viewer,
    ClientIp(ip): ClientIp,
    Path(user_id): Path<i64>,
) -> Result<Response, AppError> {
    viewer.authorise(domain::authz::Action::ManageCouncils)?;
    file(&exported(&state, &viewer, &ip, user_id, None).await?)
}
