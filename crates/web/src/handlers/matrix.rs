//! The capability matrix (SPEC §4.7): services (rows) by capabilities (columns), each cell
//! shaded by how many councils have mapped it, for every council or those of one type or
//! region. Drawn on the server as a table (numbers in every cell, so it reads without the
//! shading), with a plain list of the same figures and a CSV.

use super::render;
use crate::csv_download;
use crate::error::AppError;
use crate::options::escape;
use crate::session::Viewer;
use crate::state::{AppState, ReferenceLists};
use axum::extract::{Query, State};
use axum::response::{Html, Response};
use domain::authz::Action;
use domain::pool::REGIONS;
use minijinja::{context, Value};
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write;

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

/// The row header of the service: its name, linked to its use across councils.
fn service_link(html: &mut String, row: &Row) {
    let _ = write!(
        html,
        "<a class=\"govuk-link\" href=\"/maps/services/{}\">{}</a>",
        row.lgsl_id,
        escape(&row.service)
    );
}

/// The grid's rows, drawn here rather than in the template: a matrix of every council's
/// maps has thousands of cells, and a template loop costs several times as much a cell.
/// Each cell holds its number, shaded by its class.
fn grid_body(rows: &[Row]) -> String {
    let cells: usize = rows.iter().map(|r| r.cells.len()).sum();
    let mut html = String::with_capacity(rows.len() * 160 + cells * 24);
    for row in rows {
        html.push_str("<tr class=\"govuk-table__row\"><th scope=\"row\" class=\"govuk-table__header\">");
        service_link(&mut html, row);
        html.push_str("</th>");
        for (n, shade) in &row.cells {
            let _ = write!(html, "<td class=\"app-s{shade}\">");
            if *n > 0 {
                let _ = write!(html, "{n}");
            }
            html.push_str("</td>");
        }
        html.push_str("</tr>\n");
    }
    html
}

/// The list's rows: one a mapped cell, by service then capability.
fn list_body(columns: &[Column], rows: &[Row]) -> String {
    let mut html = String::new();
    for row in rows {
        for (column, (n, _)) in columns.iter().zip(&row.cells).filter(|(_, (n, _))| *n > 0) {
            html.push_str("<tr class=\"govuk-table__row\"><td class=\"govuk-table__cell\">");
            service_link(&mut html, row);
            let _ = writeln!(
                html,
                "</td><td class=\"govuk-table__cell\">{}</td><td class=\"govuk-table__cell govuk-table__cell--numeric\">{n}</td></tr>",
                escape(&column.label)
            );
        }
    }
    html
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
    let body = if list {
        list_body(&columns, &rows)
    } else {
        grid_body(&rows)
    };
    render(
        &state,
        &viewer,
        "maps/matrix.html",
        context! {
            columns, list, csv_link, grid_link, list_link,
            shown => !rows.is_empty(), body => Value::from_safe_string(body),
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn drawn_rows_escape_names_and_shade_cells() {
        let columns = [
            Column {
                id: 1,
                label: "Take a payment".into(),
            },
            Column {
                id: 2,
                label: "Book <an> appointment".into(),
            },
        ];
        let rows = [Row {
            lgsl_id: 524,
            service: "Waste & \"recycling\"".into(),
            cells: vec![(3, 4), (0, 0)],
        }];
        let grid = grid_body(&rows);
        assert!(grid.contains(">Waste &amp; &quot;recycling&quot;</a></th>"), "{grid}");
        assert!(
            grid.contains("<td class=\"app-s4\">3</td><td class=\"app-s0\"></td></tr>"),
            "{grid}"
        );
        let list = list_body(&columns, &rows);
        assert_eq!(list.matches("<tr").count(), 1, "only mapped cells are listed: {list}");
        assert!(
            list.contains(">Take a payment</td>") && !list.contains("appointment"),
            "{list}"
        );
    }
}
