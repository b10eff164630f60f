//! Published opportunities and their outcomes as open data (SPEC §4.10): one CSV row per
//! opportunity, after the Digital Marketplace's "opportunity data" — buyer, dates, role,
//! service, status, applications, winning council and value — with the public list's
//! filters, up to `DATA_PAGE_ROWS` a file (keyset: the `Link` header names the
//! next page). No sign-in is needed; a signed-in person also gets those shown to
//! signed-in people only, as on the list. The same data as JSON is `GET /api/v1/opportunities`.

use crate::csv_download::{self, pounds};
use crate::error::AppError;
use crate::opportunity_filters::ListParams;
use crate::session::Viewer;
use crate::state::AppState;
use axum::extract::{Query, State};
use axum::http::header;
use axum::response::{IntoResponse, Response};
use std::collections::HashMap;
use store::applications;
use store::opportunity_list::{self, Cursor};

/// Opportunities in one download; the next page's address is in the `Link` header.
pub const DATA_PAGE_ROWS: i64 = 1000;

/// The CSV's columns, in order.
const COLUMNS: [&str; 19] = [
    "id",
    "link",
    "title",
    "buyer",
    "kind",
    "role",
    "service",
    "region",
    "work_mode",
    "hours",
    "max_rate_gbp_per_hour",
    "published_at",
    "closes_at",
    "status",
    "applications",
    "winning_councils",
    "contract_value_gbp",
    "contract_start",
    "awards",
];

/// What several awards on one opportunity come to: the councils, the summed value and the
/// earliest start.
#[derive(Default)]
struct Outcome {
    councils: Vec<String>,
    value_pence: i64,
    start: Option<chrono::NaiveDate>,
}

/// How many opportunities a file holds: `rows`, 1 to `DATA_PAGE_ROWS` (the most when absent).
#[derive(Debug, Default, serde::Deserialize)]
#[serde(default)]
pub struct DataPage {
    pub rows: String,
}

impl DataPage {
    fn size(&self) -> Option<i64> {
        match self.rows.trim() {
            "" => Some(DATA_PAGE_ROWS),
            n => n.parse().ok().filter(|n| (1..=DATA_PAGE_ROWS).contains(n)),
        }
    }
}

/// The public list's matches as CSV, from the list's start or after `after`.
#[utoipa::path(get, path = "/opportunities/data.csv", tag = "open data",
    summary = "Published opportunities and their outcomes as CSV",
    description = "One row per published opportunity, newest first, with the list page's filters: id, link, title, buyer, kind, role, service, region, work_mode, hours, max_rate_gbp_per_hour, published_at, closes_at, status, applications, winning_councils, contract_value_gbp, contract_start, awards. Text people typed is neutralised against spreadsheet formulas. No sign-in (a signed-in person also gets the opportunities shown to signed-in people only). The same data as JSON is `GET /api/v1/opportunities`.",
    params(
        ("q" = Option<String>, Query, description = "Words, each found in the title, summary, background or work."),
        ("kind" = Option<String>, Query, description = "specialist or outcome."),
        ("role" = Option<i64>, Query, description = "A DDaT role id."),
        ("service" = Option<i64>, Query, description = "An LGSL service id."),
        ("region" = Option<String>, Query, description = "Work in this region, or remote work."),
        ("remote" = Option<String>, Query, description = "`yes`: only remote work."),
        ("status" = Option<String>, Query, description = "live, closed, awarded, unsuccessful or cancelled."),
        ("rate" = Option<String>, Query, description = "Only those whose maximum rate is at least this, in pounds an hour."),
        ("rows" = Option<i64>, Query, description = "Opportunities in the file, 1 to 1,000 (1,000 when absent)."),
        ("after" = Option<String>, Query, description = "The `after` of the `Link` header's next file."),
    ),
    responses(
        (status = 200, description = "The opportunities as CSV, with a header row.", content_type = "text/csv", body = String,
            headers(("Link" = String, description = "The next file, when there is one: `<…/opportunities/data.csv?…&after=…>; rel=\"next\"`"))),
        (status = 400, description = "A filter is not valid (a GOV.UK error page).", body = String, content_type = "text/html"),
    ))]
pub async fn data_csv(
    State(state): State<AppState>,
    viewer: Viewer,
    Query(params): Query<ListParams>,
    Query(page): Query<DataPage>,
) -> Result<Response, AppError> {
    let size = page.size().ok_or(AppError::BadRequest)?;
    let (filter, errors) = params.filter(viewer.user.is_some());
    if !errors.is_empty() {
        return Err(AppError::BadRequest);
    }
    let after = match params.after.trim() {
        "" => None,
        text => Some(Cursor::decode(text).ok_or(AppError::BadRequest)?),
    };
    let mut rows = opportunity_list::rows_after(&state.db, &filter, after, size + 1).await?;
    let more = rows.len() as i64 > size;
    rows.truncate(size as usize);
    let awarded: Vec<i64> = rows
        .iter()
        .filter(|o| o.status == domain::opportunities::Status::Awarded)
        .map(|o| o.id)
        .collect();
    let mut outcomes: HashMap<i64, Outcome> = HashMap::new();
    for a in applications::awards_of(&state.db, &awarded).await? {
        let outcome = outcomes.entry(a.opportunity_id).or_default();
        outcome.councils.push(a.award.org_name);
        outcome.value_pence += a.award.value_pence;
        outcome.start = Some(outcome.start.map_or(a.award.start_date, |s| s.min(a.award.start_date)));
    }
    let base = &state.config.base_url;
    let next = more.then(|| rows.last().map(Cursor::of)).flatten();
    let lines: Vec<Vec<String>> = rows
        .into_iter()
        .map(|o| {
            let outcome = outcomes.remove(&o.id);
            let awards = outcome.as_ref().map_or(0, |x| x.councils.len());
            let (councils, value, start) = match outcome {
                Some(x) => (
                    x.councils.join("; "),
                    pounds(x.value_pence),
                    x.start.map(|d| d.to_string()).unwrap_or_default(),
                ),
                None => Default::default(),
            };
            vec![
                o.id.to_string(),
                format!("{base}/opportunities/{}", o.id),
                o.title,
                o.org_name,
                o.kind.to_string(),
                o.role_name.unwrap_or_default(),
                o.service_label.unwrap_or_default(),
                o.region.unwrap_or_default(),
                o.work_mode.to_string(),
                domain::hours::format_hours(o.minutes),
                pounds(o.max_rate_pence),
                o.published_at.to_rfc3339_opts(chrono::SecondsFormat::Secs, true),
                o.closes_at.to_rfc3339_opts(chrono::SecondsFormat::Secs, true),
                o.status.to_string(),
                o.applications.to_string(),
                councils,
                value,
                start,
                awards.to_string(),
            ]
        })
        .collect();
    let mut response = csv_download::download("opportunities.csv", &COLUMNS, lines)?;
    if let Some(cursor) = next {
        let query = serde_urlencoded::to_string(ListParams {
            after: cursor.encode(),
            before: String::new(),
            service_words: String::new(),
            ..params
        })
        .unwrap_or_default();
        let rows = if page.rows.trim().is_empty() {
            String::new()
        } else {
            format!("&rows={size}")
        };
        let link = format!("<{base}/opportunities/data.csv?{query}{rows}>; rel=\"next\"");
        if let Ok(value) = header::HeaderValue::from_str(&link) {
            response.headers_mut().insert(header::LINK, value);
        }
    }
    Ok(response.into_response())
}
