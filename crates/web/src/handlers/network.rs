//! The collaboration network pages (app::network): the sector's map of who lends to whom
//! as server-drawn SVG with its table, CSV and JSON; and one council's partners, hours by
//! quarter and balance.

use super::render;
use crate::charts::{self, Series};
use crate::csv_download::{self, pounds};
use crate::error::AppError;
use crate::forms::ShownError;
use crate::refusals::refusal;
use crate::session::Viewer;
use crate::state::AppState;
use app::network::{self as service, Period, Sector};
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::Json;
use domain::hours::format_hours;
use domain::language::Lang;
use domain::network::Quarter;
use domain::pool::REGIONS;
use minijinja::context;
use serde::{Deserialize, Serialize};
use store::network::Filter;

/// The network's query: a run of quarters and, for the sector, a region and council type.
#[derive(Debug, Default, Clone, Deserialize, Serialize, utoipa::IntoParams)]
#[serde(default)]
#[into_params(parameter_in = Query)]
pub struct NetworkQuery {
    /// The first quarter, as its first month (`YYYY-MM`: January, April, July or
    /// October); left out, four quarters before `to`.
    #[param(pattern = "^[0-9]{4}-(01|04|07|10)$")]
    from: String,
    /// The last quarter, as its first month; left out, this quarter.
    #[param(pattern = "^[0-9]{4}-(01|04|07|10)$")]
    to: String,
    /// Only councils in this region (as `/api/v1/organisations` names them); any other
    /// value is ignored.
    region: String,
    /// Only councils of this type (its code, e.g. `MD`); any other value is ignored.
    #[serde(rename = "type")]
    type_code: String,
}

impl NetworkQuery {
    /// The period as typed: its first and last quarters.
    pub(crate) fn period(&self) -> (&str, &str) {
        (&self.from, &self.to)
    }

    /// The query as links carry it, with the period as chosen.
    fn link(&self, period: &Period) -> String {
        let chosen = NetworkQuery {
            from: period.first.first_month(),
            to: period.last.first_month(),
            ..self.clone()
        };
        serde_urlencoded::to_string(&chosen).unwrap_or_default()
    }
}

/// The filter as chosen: a region or council type that names nothing known means any.
pub(crate) async fn filter(state: &AppState, q: &NetworkQuery) -> Result<Filter, AppError> {
    let reference = state.reference().await?;
    Ok(Filter {
        region: Some(q.region.clone()).filter(|r| REGIONS.contains(&r.as_str())),
        type_code: Some(q.type_code.clone()).filter(|t| reference.council_types.iter().any(|k| k.code == *t)),
        org_id: None,
    })
}

/// A quarter as people read it: "Apr to Jun 2026".
pub(crate) fn quarter_label(state: &AppState, lang: Lang, q: Quarter) -> String {
    let (first, last, year) = q.months();
    state.t_in(
        lang,
        "network-quarter",
        &[
            ("first", state.t_in(lang, &format!("month-short-{first}"), &[])),
            ("last", state.t_in(lang, &format!("month-short-{last}"), &[])),
            ("year", year.to_string()),
        ],
    )
}

#[derive(Serialize)]
struct Choice {
    value: String,
    label: String,
}

fn quarter_choices(state: &AppState, lang: Lang) -> Vec<Choice> {
    Period::choices(state)
        .into_iter()
        .map(|q| Choice {
            value: q.first_month(),
            label: quarter_label(state, lang, q),
        })
        .collect()
}

/// The period asked for, or the errors to show and the default period to show instead.
fn period(state: &AppState, viewer: &Viewer, q: &NetworkQuery) -> Result<(Period, Vec<ShownError>), AppError> {
    match Period::chosen(state, Some(&q.from), Some(&q.to)) {
        Ok(p) => Ok((p, Vec::new())),
        Err(e) => {
            let errors = refusal(state, viewer.lang, e, "from")?;
            let fallback = Period::chosen(state, None, None).map_err(crate::refusals::unexpected)?;
            Ok((fallback, errors))
        }
    }
}

/// A table row and map edge, with the councils named.
#[derive(Serialize)]
struct PairRow {
    lender: String,
    lender_code: String,
    borrower: String,
    borrower_code: String,
    settled: &'static str,
    contracts: i64,
    minutes: i64,
    money_pence: i64,
    credit_minutes: i64,
}

fn pair_rows(sector: &Sector) -> Vec<PairRow> {
    sector
        .pairs
        .iter()
        .filter_map(|p| {
            let lender = sector.council(p.lender)?;
            let borrower = sector.council(p.borrower)?;
            Some(PairRow {
                lender: lender.name.clone(),
                lender_code: lender.code.clone(),
                borrower: borrower.name.clone(),
                borrower_code: borrower.code.clone(),
                settled: p.settled.as_str(),
                contracts: p.contracts,
                minutes: p.minutes,
                money_pence: p.money_pence,
                credit_minutes: p.credit_minutes,
            })
        })
        .collect()
}

#[derive(Serialize)]
struct Node {
    code: String,
    name: String,
    short_name: String,
    /// What a screen reader says of it.
    label: String,
    x: i64,
    y: i64,
    r: i64,
    label_x: i64,
    label_y: i64,
    anchor: &'static str,
}

#[derive(Serialize)]
struct Edge {
    d: String,
    width: String,
    settled: &'static str,
}

/// Councils shown with their names on the map; beyond this many, the names are in each
/// circle's accessible name and the table only.
const NAMED_ON_MAP: usize = 60;

pub async fn sector_page(
    State(state): State<AppState>,
    viewer: Viewer,
    Query(q): Query<NetworkQuery>,
) -> Result<Response, AppError> {
    viewer.authorise(domain::authz::Action::SeeNetwork)?;
    let (period, errors) = period(&state, &viewer, &q)?;
    let sector = service::sector(&state, viewer.actor.as_ref(), period, &filter(&state, &q).await?)
        .await
        .map_err(crate::refusals::unexpected)?;
    let link = q.link(&period);
    let t = |key: &str, args: &[(&str, String)]| viewer.t(&state, key, args);
    // A circle's accessible name begins with the name shown beside it (WCAG 2.5.3).
    let named = sector.drawing.places.len() <= NAMED_ON_MAP;
    let nodes: Vec<Node> = sector
        .drawing
        .places
        .iter()
        .filter_map(|p| {
            let (c, totals) = sector.councils.iter().find(|(c, _)| c.id == p.org_id)?;
            Some(Node {
                label: t(
                    "network-node-label",
                    &[
                        ("council", if named { c.short_name.clone() } else { c.name.clone() }),
                        ("given", format_hours(totals.given_minutes)),
                        ("received", format_hours(totals.received_minutes)),
                    ],
                ),
                code: c.code.clone(),
                name: c.name.clone(),
                short_name: c.short_name.clone(),
                x: p.x,
                y: p.y,
                r: p.r,
                label_x: p.label_x,
                label_y: p.label_y,
                anchor: p.anchor,
            })
        })
        .collect();
    let edges: Vec<Edge> = sector
        .drawing
        .lines
        .iter()
        .map(|l| Edge {
            d: l.d.clone(),
            width: format!("{}.{}", l.width_tenths / 10, l.width_tenths % 10),
            settled: l.settled.as_str(),
        })
        .collect();
    let reference = state.reference().await?;
    let status = if errors.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::BAD_REQUEST
    };
    let html = render(
        &state,
        &viewer,
        "network/sector.html",
        context! {
            errors, nodes, edges, size => sector.drawing.size,
            named,
            pairs => pair_rows(&sector),
            councils => sector.councils.len(),
            quarters => quarter_choices(&state, viewer.lang),
            from => period.first.first_month(), to => period.last.first_month(),
            period_label => t("network-period", &[
                ("first", quarter_label(&state, viewer.lang, period.first)),
                ("last", quarter_label(&state, viewer.lang, period.last)),
            ]),
            types => reference.council_types.clone(), regions => REGIONS,
            region => q.region, type_code => q.type_code, link,
        },
    )?;
    Ok((status, html).into_response())
}

/// The sector's table as CSV: one row per lender and borrower.
pub async fn sector_csv(
    State(state): State<AppState>,
    viewer: Viewer,
    Query(q): Query<NetworkQuery>,
) -> Result<Response, AppError> {
    let sector = chosen_sector(&state, &viewer, &q).await?;
    let rows = pair_rows(&sector).into_iter().map(|p| {
        vec![
            p.lender_code,
            p.lender,
            p.borrower_code,
            p.borrower,
            p.settled.to_string(),
            p.contracts.to_string(),
            format_hours(p.minutes),
            pounds(p.money_pence),
            format_hours(p.credit_minutes),
        ]
    });
    let name = format!(
        "network-{}-to-{}.csv",
        sector.period.first.first_month(),
        sector.period.last.last_month()
    );
    csv_download::download(
        &name,
        &[
            "lender_code",
            "lender",
            "borrower_code",
            "borrower",
            "settlement",
            "contracts_signed",
            "hours",
            "money_value_gbp",
            "hour_credit_hours",
        ],
        rows,
    )
}

async fn chosen_sector(state: &AppState, viewer: &Viewer, q: &NetworkQuery) -> Result<Sector, AppError> {
    viewer.authorise(domain::authz::Action::SeeNetwork)?;
    let period = Period::chosen(state, Some(&q.from), Some(&q.to)).map_err(|_| AppError::BadRequest)?;
    service::sector(state, viewer.actor.as_ref(), period, &filter(state, q).await?)
        .await
        .map_err(crate::refusals::unexpected)
}

/// Who lent to whom over a period: the councils in the flows with their totals, and the
/// flows themselves (as `/network.json` and `/api/v1/network` give them).
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct NetworkJson {
    /// First and last months of the period, `YYYY-MM`.
    pub first_month: String,
    pub last_month: String,
    pub councils: Vec<CouncilJson>,
    pub flows: Vec<FlowJson>,
}

/// A council in the flows, with the approved hours its people gave and it received.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct CouncilJson {
    pub code: String,
    pub name: String,
    pub region: Option<String>,
    pub council_type: String,
    pub given_minutes: i64,
    pub received_minutes: i64,
}

/// What one council lent another over the period, from signed contracts and approved time.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct FlowJson {
    pub lender: String,
    pub borrower: String,
    /// `money`, `hour_credits` or `both`.
    pub settlement: String,
    pub contracts_signed: i64,
    pub minutes: i64,
    pub money_value_pence: i64,
    pub hour_credit_minutes: i64,
}

/// The sector's network as JSON: the councils with their totals, and the flows.
pub async fn sector_json(
    State(state): State<AppState>,
    viewer: Viewer,
    Query(q): Query<NetworkQuery>,
) -> Result<Response, AppError> {
    let sector = chosen_sector(&state, &viewer, &q).await?;
    Ok(Json(network_json(&sector)).into_response())
}

pub(crate) fn network_json(sector: &Sector) -> NetworkJson {
    NetworkJson {
        first_month: sector.period.first.first_month(),
        last_month: sector.period.last.last_month(),
        councils: sector
            .councils
            .iter()
            .map(|(c, t)| CouncilJson {
                code: c.code.clone(),
                name: c.name.clone(),
                region: c.region.clone(),
                council_type: c.type_name.clone(),
                given_minutes: t.given_minutes,
                received_minutes: t.received_minutes,
            })
            .collect(),
        flows: pair_rows(sector)
            .into_iter()
            .map(|p| FlowJson {
                lender: p.lender_code,
                borrower: p.borrower_code,
                settlement: p.settled.to_string(),
                contracts_signed: p.contracts,
                minutes: p.minutes,
                money_value_pence: p.money_pence,
                hour_credit_minutes: p.credit_minutes,
            })
            .collect(),
    }
}

#[derive(Serialize)]
struct PartnerRow {
    code: String,
    name: String,
    given_minutes: i64,
    received_minutes: i64,
    earned_pence: i64,
    spent_pence: i64,
    contracts: i64,
}

#[derive(Serialize)]
struct QuarterRow {
    label: String,
    given_minutes: i64,
    received_minutes: i64,
}

/// One council's part in the network: partners, hours by quarter and balance.
pub async fn council_page(
    State(state): State<AppState>,
    viewer: Viewer,
    Path(code): Path<String>,
    Query(q): Query<NetworkQuery>,
) -> Result<Response, AppError> {
    viewer.authorise(domain::authz::Action::SeeNetwork)?;
    let (period, errors) = period(&state, &viewer, &q)?;
    let mine = service::council(&state, viewer.actor.as_ref(), &code, period)
        .await
        .map_err(crate::refusals::unexpected)?;
    let lang = viewer.lang;
    let partners: Vec<PartnerRow> = mine
        .partners
        .iter()
        .map(|(c, p)| PartnerRow {
            code: c.code.clone(),
            name: c.name.clone(),
            given_minutes: p.given_minutes,
            received_minutes: p.received_minutes,
            earned_pence: p.earned_pence,
            spent_pence: p.spent_pence,
            contracts: p.contracts,
        })
        .collect();
    let quarters: Vec<QuarterRow> = mine
        .trend
        .iter()
        .map(|h| QuarterRow {
            label: quarter_label(&state, lang, h.quarter),
            given_minutes: h.given_minutes,
            received_minutes: h.received_minutes,
        })
        .collect();
    let (given, received) = (
        state.t_in(lang, "network-given", &[]),
        state.t_in(lang, "network-received", &[]),
    );
    let chart = charts::grouped_bars(
        "quarters-chart",
        &state.t_in(lang, "network-trend", &[]),
        &state.t_in(lang, "network-trend-desc", &[("council", mine.council.name.clone())]),
        &quarters.iter().map(|q| q.label.clone()).collect::<Vec<_>>(),
        &[
            Series {
                name: &given,
                colour: charts::BLUE,
                values: quarters.iter().map(|q| q.given_minutes).collect(),
            },
            Series {
                name: &received,
                colour: charts::ORANGE,
                values: quarters.iter().map(|q| q.received_minutes).collect(),
            },
        ],
        |m| format!("{} h", format_hours(m)),
    );
    let status = if errors.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::BAD_REQUEST
    };
    let totals = &mine.totals;
    let html = render(
        &state,
        &viewer,
        "network/council.html",
        context! {
            errors, council => mine.council, partners, trend => quarters,
            chart => minijinja::Value::from_safe_string(chart),
            given => totals.given_minutes, received => totals.received_minutes,
            balance => totals.balance_minutes(), earned => totals.earned_pence, spent => totals.spent_pence,
            credit_balance => totals.credit_balance_minutes,
            quarter_choices => quarter_choices(&state, lang),
            from => period.first.first_month(), to => period.last.first_month(),
            period_label => viewer.t(&state, "network-period", &[
                ("first", quarter_label(&state, lang, period.first)),
                ("last", quarter_label(&state, lang, period.last)),
            ]),
            link => q.link(&period),
        },
    )?;
    Ok((status, html).into_response())
}
