//! GET /api/v1/organisations: the public list of councils.

use super::problem::{Problem, Said};
use crate::state::AppState;
use axum::extract::rejection::QueryRejection;
use axum::extract::{Query, State};
use axum::Json;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use serde::{Deserialize, Serialize};
use store::organisations::{self, NameCursor, OrganisationFilter};
use utoipa::{IntoParams, ToSchema};

pub const DEFAULT_LIMIT: i64 = 50;
pub const MAX_LIMIT: i64 = 200;

#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct ListParams {
    /// Words in the council's name, e.g. `wokingham`.
    q: Option<String>,
    /// The council's three-letter code, e.g. `WOK`.
    code: Option<String>,
    /// Type code, e.g. `UA` (unitary authority), `NMD`, `LBO`, `CTY`.
    #[serde(rename = "type")]
    #[param(rename = "type")]
    type_code: Option<String>,
    /// England, Scotland, Wales or Northern Ireland.
    nation: Option<String>,
    /// How many items per page, 1 to 200 (default 50).
    limit: Option<i64>,
    /// The `next_cursor` of the previous page.
    cursor: Option<String>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct OrganisationItem {
    pub name: String,
    pub short_name: String,
    /// The three-letter local authority code.
    pub official_code: String,
    /// The org-id identifier, e.g. GB-LAE-WOK.
    pub org_id: String,
    pub gss_code: Option<String>,
    #[serde(rename = "type")]
    #[schema(rename = "type")]
    pub type_name: String,
    pub type_code: String,
    pub nation: String,
    pub region: Option<String>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct OrganisationPage {
    pub items: Vec<OrganisationItem>,
    /// Pass as `cursor` to get the next page; absent on the last page.
    pub next_cursor: Option<String>,
}

fn encode_cursor(c: &NameCursor) -> String {
    URL_SAFE_NO_PAD.encode(format!("{}\n{}", c.id, c.name))
}

fn decode_cursor(value: &str) -> Option<NameCursor> {
    let bytes = URL_SAFE_NO_PAD.decode(value).ok()?;
    let text = String::from_utf8(bytes).ok()?;
    let (id, name) = text.split_once('\n')?;
    Some(NameCursor {
        id: id.parse().ok()?,
        name: name.to_string(),
    })
}

fn non_blank(value: Option<String>, max: usize, name: &str) -> Result<Option<String>, Problem> {
    match value.map(|v| v.trim().to_string()).filter(|v| !v.is_empty()) {
        Some(v) if v.chars().count() > max || v.chars().any(char::is_control) => Err(Problem::bad_parameter(
            name,
            Said::with(
                "api-text-too-long",
                vec![("name", name.to_string()), ("most", max.to_string())],
            ),
        )),
        other => Ok(other),
    }
}

/// List councils, in name order, a page at a time.
#[utoipa::path(
    get,
    path = "/api/v1/organisations",
    tag = "organisations",
    params(ListParams),
    responses(
        (status = 200, description = "A page of councils", body = OrganisationPage),
        (status = 400, description = "A parameter is not valid", body = Problem, content_type = "application/problem+json")
    )
)]
pub async fn list(
    State(state): State<AppState>,
    params: Result<Query<ListParams>, QueryRejection>,
) -> Result<Json<OrganisationPage>, Problem> {
    let Query(params) = params.map_err(|e| Problem::bad_query(&e))?;
    let limit = params.limit.unwrap_or(DEFAULT_LIMIT);
    if !(1..=MAX_LIMIT).contains(&limit) {
        return Err(Problem::bad_parameter(
            "limit",
            Said::with(
                "api-limit-range",
                vec![("least", "1".into()), ("most", MAX_LIMIT.to_string())],
            ),
        ));
    }
    let after = match params.cursor.as_deref() {
        None | Some("") => None,
        Some(c) if !c.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_') => {
            return Err(Problem::bad_parameter("cursor", Said::message("api-cursor-unknown")));
        }
        Some(c) => {
            // A well-formed cursor this API did not give names no page.
            Some(decode_cursor(c).ok_or_else(|| {
                let mut p = Problem::not_found(Said::message("api-cursor-unknown"));
                p.parameter = Some("cursor".into());
                p
            })?)
        }
    };
    let filter = OrganisationFilter {
        words: non_blank(params.q, 100, "q")?,
        code: non_blank(params.code, 10, "code")?.map(|c| c.to_uppercase()),
        type_code: non_blank(params.type_code, 10, "type")?.map(|c| c.to_uppercase()),
        nation: non_blank(params.nation, 40, "nation")?,
    };
    let mut rows = organisations::list(&state.db, &filter, after.as_ref(), limit + 1).await?;
    let more = rows.len() > usize::try_from(limit).unwrap_or(usize::MAX);
    rows.truncate(usize::try_from(limit).unwrap_or(usize::MAX));
    let next_cursor = if more {
        rows.last().map(|o| {
            encode_cursor(&NameCursor {
                name: o.name.clone(),
                id: o.id,
            })
        })
    } else {
        None
    };
    let items = rows
        .into_iter()
        .map(|o| OrganisationItem {
            org_id: o.org_id(),
            name: o.name,
            short_name: o.short_name,
            official_code: o.code,
            gss_code: o.gss_code,
            type_name: o.type_name,
            type_code: o.type_code,
            nation: o.nation,
            region: o.region,
        })
        .collect();
    Ok(Json(OrganisationPage { items, next_cursor }))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cursor_round_trips() {
        let c = NameCursor {
            name: "Leeds City Council".into(),
            id: 42,
        };
        assert_eq!(decode_cursor(&encode_cursor(&c)), Some(c));
        assert_eq!(decode_cursor("not a cursor!"), None);
    }
}
