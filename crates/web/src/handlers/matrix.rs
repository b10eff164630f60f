//! The capability matrix (SPEC §4.7): services (rows) by capabilities (columns), each cell
//! shaded by how many councils have mapped it, for every council or those of one type or
//! region. Drawn on the server as a table (numbers in every cell, so it reads without the
//! shading), with a plain list of the same figures and a CSV.

use super::render;
use crate::csv_download;
use crate::error::AppError;
use crate::session::Viewer;
use crate::state::{AppState, ReferenceLists};
use axum::extract::{Query, State};
use axum::response::{Html, Response};
use domain::authz::Action;
use domain::pool::REGIONS;
use minijinja::context;
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet};

#[derive(Debug, Default, Deserialize, Serialize)]
pub struct MatrixQuery {
    #[serde(default, rename = "type")]
    type_code: String,
    #[serde(default)]
    region: String,
    #[serde(default)]
    view: String,
}

/// The filters as chosen, each None when it is "any" (or names nothing known).
fn filters<'q>(reference: &ReferenceLists, q: &'q MatrixQuery) -> (Option<&'q str>, Option<&'q str>) {
    let type_code = Some(q.type_code.as_str()).filter(|t| reference.council_types.iter().any(|k| k.code == *t));
    let region = Some(q.region.as_str()).filter(|r| REGIONS.contains(r));
    (type_code, region)
}

#[derive(Serialize)]
struct Column {
    id: i64,
    label: String,
}

#[derive(Serialize)]
struct Row {
    lgsl_id: i64,
    service: String,
    /// One per column: the councils, and the shade (0 for none, 1 to 4 by share of the
    /// largest count).
    cells: Vec<(i64, u8)>,
}

/// The matrix as drawn: the capabilities mapped anywhere in it (in the lists' order) and
/// the services mapped (by name).
fn shape(reference: &ReferenceLists, cells: &[store::capability_map::Cell]) -> (Vec<Column>, Vec<Row>) {
    let used: BTreeSet<i64> = cells.iter().map(|c| c.capability_id).collect();
    let columns: Vec<Column> = reference
        .capabilities
        .iter()
        .filter(|c| used.contains(&c.id))
        .map(|c| Column {
            id: c.id,
            label: c.label.clone(),
        })
        .collect();
    let most = cells.iter().map(|c| c.councils).max().unwrap_or(1).max(1);
    let mut by_service: BTreeMap<i64, BTreeMap<i64, i64>> = BTreeMap::new();
    for c in cells {
        by_service
            .entry(c.lgsl_id)
            .or_default()
            .insert(c.capability_id, c.councils);
    }
    let label = |id: i64| {
        reference
            .map_services
            .iter()
            .find(|s| s.id == id)
            .map(|s| s.label.clone())
            .unwrap_or_default()
    };
    let mut rows: Vec<Row> = by_service
        .into_iter()
        .map(|(lgsl_id, counts)| Row {
            lgsl_id,
            service: label(lgsl_id),
            cells: columns
                .iter()
                .map(|col| {
                    let n = counts.get(&col.id).copied().unwrap_or(0);
                    let shade = u8::try_from((4 * n + most - 1) / most).unwrap_or(4).min(4);
                    (n, shade)
                })
                .collect(),
        })
        .collect();
    rows.sort_by(|a, b| a.service.cmp(&b.service));
    (columns, rows)
}

pub async fn page(
    State(state): State<AppState>,
    viewer: Viewer,
    Query(q): Query<MatrixQuery>,
) -> Result<Html<String>, AppError> {
    viewer.authorise(Action::ViewMaps)?;
    let reference = state.reference().await?;
    let (type_code, region) = filters(&reference, &q);
    let cells = store::capability_map::matrix(&state.db, type_code, region).await?;
    let (columns, rows) = shape(&reference, &cells);
    let chosen = serde_urlencoded::to_string([("type", type_code.unwrap_or("")), ("region", region.unwrap_or(""))])
        .unwrap_or_default();
    let csv_link = format!("/maps/matrix.csv?{chosen}");
    let grid_link = format!("/maps/matrix?{chosen}");
    let list_link = format!("/maps/matrix?{chosen}&view=list");
    let list = q.view == "list";
    render(
        &state,
        &viewer,
        "maps/matrix.html",
        context! {
            columns, rows, list, csv_link, grid_link, list_link,
            types => reference.council_types.clone(), regions => REGIONS,
            type_code => type_code.unwrap_or(""), region => region.unwrap_or(""),
        },
    )
}

pub async fn csv(
    State(state): State<AppState>,
    viewer: Viewer,
    Query(q): Query<MatrixQuery>,
) -> Result<Response, AppError> {
    viewer.authorise(Action::ViewMaps)?;
    let reference = state.reference().await?;
    let (type_code, region) = filters(&reference, &q);
    let cells = store::capability_map::matrix(&state.db, type_code, region).await?;
    let (columns, rows) = shape(&reference, &cells);
    let lines = rows.iter().flat_map(|r| {
        columns
            .iter()
            .zip(&r.cells)
            .filter(|(_, (n, _))| *n > 0)
            .map(|(col, (n, _))| {
                vec![
                    r.lgsl_id.to_string(),
                    r.service.clone(),
                    col.id.to_string(),
                    col.label.clone(),
                    n.to_string(),
                ]
            })
    });
    csv_download::download(
        "capability-matrix.csv",
        &["lgsl_id", "service", "capability_id", "capability", "councils"],
        lines.collect::<Vec<_>>(),
    )
}
