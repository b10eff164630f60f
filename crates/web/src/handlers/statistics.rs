//! The public sector statistics page (app::statistics): the last eight quarters as charts,
//! each with the same figures in the table below.

use super::network::quarter_label;
use super::render;
use crate::charts::{self, Series};
use crate::error::AppError;
use crate::refusals::unexpected;
use crate::session::Viewer;
use crate::state::AppState;
use axum::extract::State;
use axum::response::Html;
use domain::hours::format_hours;
use domain::money::format_pence;
use domain::statistics::QuarterFigures;
use minijinja::{context, Value};
use serde::Serialize;

#[derive(Serialize)]
struct Row {
    label: String,
    figures: QuarterFigures,
    /// Median days to award, to one decimal place.
    median_days: Option<String>,
}

pub async fn page(State(state): State<AppState>, viewer: Viewer) -> Result<Html<String>, AppError> {
    let quarters = app::statistics::sector(&state).await.map_err(unexpected)?;
    let lang = viewer.lang;
    let rows: Vec<Row> = quarters
        .into_iter()
        .map(|(q, figures)| Row {
            label: quarter_label(&state, lang, q),
            median_days: figures.median_award_tenths.map(|t| format!("{}.{}", t / 10, t % 10)),
            figures,
        })
        .collect();
    let t = |key: &str| state.t_in(lang, key, &[]);
    let labels: Vec<String> = rows.iter().map(|r| r.label.clone()).collect();
    let values = |f: fn(&QuarterFigures) -> i64| rows.iter().map(|r| f(&r.figures)).collect::<Vec<i64>>();
    let hours = |m: i64| format!("{} h", format_hours(m));
    let (contracted, worked, published, awarded, value) = (
        t("statistics-contracted"),
        t("statistics-worked"),
        t("statistics-published"),
        t("statistics-awarded"),
        t("statistics-value"),
    );
    let hours_chart = charts::grouped_bars(
        "hours-chart",
        &t("statistics-hours-chart"),
        &t("statistics-hours-chart-desc"),
        &labels,
        &[
            Series {
                name: &contracted,
                colour: charts::BLUE,
                values: values(|f| f.contracted_minutes),
            },
            Series {
                name: &worked,
                colour: charts::ORANGE,
                values: values(|f| f.worked_minutes),
            },
        ],
        hours,
    );
    let value_chart = charts::grouped_bars(
        "value-chart",
        &t("statistics-value-chart"),
        &t("statistics-value-chart-desc"),
        &labels,
        &[Series {
            name: &value,
            colour: charts::BLUE,
            values: values(|f| f.value_pence),
        }],
        format_pence,
    );
    let opportunities_chart = charts::grouped_bars(
        "opportunities-chart",
        &t("statistics-opportunities-chart"),
        &t("statistics-opportunities-chart-desc"),
        &labels,
        &[
            Series {
                name: &published,
                colour: charts::BLUE,
                values: values(|f| f.published),
            },
            Series {
                name: &awarded,
                colour: charts::ORANGE,
                values: values(|f| f.awarded),
            },
        ],
        |n| n.to_string(),
    );
    let latest = rows.last().map(|r| r.figures.clone()).unwrap_or_default();
    let worked_total: i64 = rows.iter().map(|r| r.figures.worked_minutes).sum();
    let value_total: i64 = rows.iter().map(|r| r.figures.value_pence).sum();
    let awarded_total: i64 = rows.iter().map(|r| r.figures.awarded).sum();
    render(
        &state,
        &viewer,
        "pages/statistics.html",
        context! {
            rows, latest, worked_total, value_total, awarded_total,
            hours_chart => Value::from_safe_string(hours_chart),
            value_chart => Value::from_safe_string(value_chart),
            opportunities_chart => Value::from_safe_string(opportunities_chart),
        },
    )
}
