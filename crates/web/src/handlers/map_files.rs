//! A council's capability map as a CSV file: the download, the import page (a GOV.UK file
//! upload) with its per-row mistakes, and the example file. The commands are
//! `app::map_files`'s.

use super::council::council;
use super::render;
use crate::client::ClientIp;
use crate::csv_download;
use crate::error::AppError;
use crate::forms::{self, ShownError};
use crate::refusals::unexpected;
use crate::session::Viewer;
use crate::state::AppState;
use app::map_files::{self as commands, ImportError, RowError};
use axum::extract::{Multipart, Path, State};
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Redirect, Response};
use domain::authz::Action;
use domain::language::Lang;
use minijinja::context;
use serde::Serialize;
use store::organisations::Organisation;

const EXAMPLE: &str = include_str!("../../../../docs/capability-map-example.csv");

/// `/maps/import-example.csv`: an example of the file an import reads.
pub async fn example(viewer: Viewer) -> Result<Response, AppError> {
    viewer.authorise(Action::ViewMaps)?;
    let mut rows = csv::Reader::from_reader(EXAMPLE.as_bytes());
    let header: Vec<String> = rows
        .headers()
        .map_err(|e| AppError::Internal(anyhow::anyhow!("the example file: {e}")))?
        .iter()
        .map(str::to_string)
        .collect();
    let lines: Vec<Vec<String>> = rows
        .records()
        .filter_map(Result::ok)
        .map(|r| r.iter().map(str::to_string).collect())
        .collect();
    let header: Vec<&str> = header.iter().map(String::as_str).collect();
    csv_download::download("capability-map-example.csv", &header, lines)
}

/// `/councils/{code}/map.csv`: the council's map, as the viewer may see it.
pub async fn export(
    State(state): State<AppState>,
    viewer: Viewer,
    Path(code): Path<String>,
) -> Result<Response, AppError> {
    viewer.authorise(Action::ViewMaps)?;
    let org = council(&state, &code).await?;
    let rows = match commands::export(&state, viewer.actor.as_ref(), org.id).await {
        Ok(rows) => rows,
        Err(ImportError::Map(e)) => return Err(unexpected(e)),
        Err(ImportError::Rows(_)) => return Err(AppError::NotFound),
    };
    csv_download::download(
        &format!("capability-map-{}.csv", org.code.to_lowercase()),
        &commands::COLUMNS,
        rows,
    )
}

#[derive(Serialize)]
struct ShownRowError {
    row: usize,
    column: String,
    text: String,
}

fn import_page(
    state: &AppState,
    viewer: &Viewer,
    org: Organisation,
    errors: Vec<ShownError>,
    rows: Vec<ShownRowError>,
) -> Result<Html<String>, AppError> {
    let columns = commands::COLUMNS;
    render(
        state,
        viewer,
        "maps/import.html",
        context! { council => org, errors, rows, columns, max_rows => commands::MAX_ROWS },
    )
}

pub async fn import_form(
    State(state): State<AppState>,
    viewer: Viewer,
    Path(code): Path<String>,
) -> Result<Html<String>, AppError> {
    let org = council(&state, &code).await?;
    viewer.authorise(Action::MapServices(org.id))?;
    import_page(&state, &viewer, org, Vec::new(), Vec::new())
}

fn shown_rows(state: &AppState, lang: Lang, rows: Vec<RowError>) -> Vec<ShownRowError> {
    rows.into_iter()
        .map(|r| ShownRowError {
            row: r.row,
            text: forms::field_message(state, lang, &r.column, r.key),
            column: r.column,
        })
        .collect()
}

pub async fn import(
    State(state): State<AppState>,
    viewer: Viewer,
    ClientIp(ip): ClientIp,
    Path(code): Path<String>,
    multipart: Result<Multipart, axum::extract::multipart::MultipartRejection>,
) -> Result<Response, AppError> {
    let org = council(&state, &code).await?;
    viewer.authorise(Action::MapServices(org.id))?;
    let mut file = None;
    if let Ok(mut form) = multipart {
        while let Ok(Some(field)) = form.next_field().await {
            if field.name() == Some("file") {
                file = field.bytes().await.ok();
            }
        }
    }
    let Some(file) = file.filter(|f| !f.is_empty()) else {
        let errors = forms::one("file", viewer.t(&state, "error-import-no-file", &[]));
        let html = import_page(&state, &viewer, org, errors, Vec::new())?;
        return Ok((StatusCode::BAD_REQUEST, html).into_response());
    };
    match commands::import(&state, viewer.actor.as_ref(), viewer.by(&ip), org.id, &file).await {
        Ok(saved) => Ok(Redirect::to(&format!("/councils/{}/map?imported={saved}", org.code)).into_response()),
        Err(ImportError::Rows(rows)) => {
            let count = rows.len().to_string();
            let errors = forms::one("file", viewer.t(&state, "error-import-mistakes", &[("count", count)]));
            let rows = shown_rows(&state, viewer.lang, rows);
            let html = import_page(&state, &viewer, org, errors, rows)?;
            Ok((StatusCode::BAD_REQUEST, html).into_response())
        }
        Err(ImportError::Map(e)) => Err(unexpected(e)),
    }
}
