//! A council's public contracts register (app::contracts_register): the Local Government
//! Transparency Code's columns as a page, newest first, a page at a time, and as a CSV of
//! every listed contract read a page at a time.

use super::render;
use crate::csv_download::{self, pounds};
use crate::error::AppError;
use crate::refusals::unexpected;
use crate::session::Viewer;
use crate::state::AppState;
use app::contracts_register::{self as service, Entry};
use axum::extract::{Path, Query, State};
use axum::response::{Html, Response};
use domain::language::Lang;
use minijinja::context;
use serde::Deserialize;

/// Where a page of the register starts: before this contract (the last of the page before).
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct RegisterQuery {
    before: String,
}

impl RegisterQuery {
    fn before(&self) -> Result<Option<i64>, AppError> {
        match self.before.trim() {
            "" => Ok(None),
            text => text
                .parse::<i64>()
                .ok()
                .filter(|id| *id > 0)
                .map(Some)
                .ok_or(AppError::BadRequest),
        }
    }
}

/// What a row says in words, in the viewer's language: its title, description and route.
struct Described {
    title: String,
    description: String,
    route: String,
}

fn described(state: &AppState, lang: Lang, e: &Entry) -> Described {
    let hours = domain::hours::format_hours(e.hours_cap_minutes);
    let rate = domain::money::format_pence(e.rate_pence);
    let mut description = match &e.service {
        Some(service) => state.t_in(
            lang,
            "register-description-service",
            &[("hours", hours), ("rate", rate), ("service", service.clone())],
        ),
        None => state.t_in(lang, "register-description", &[("hours", hours), ("rate", rate)]),
    };
    if e.settled_in_credits {
        description.push(' ');
        description.push_str(&state.t_in(lang, "register-settled-in-credits", &[]));
    }
    Described {
        title: e
            .title
            .clone()
            .unwrap_or_else(|| state.t_in(lang, "register-title-default", &[])),
        description,
        route: state.t_in(lang, e.route, &[("basis", e.legal_basis.clone())]),
    }
}

/// `GET /councils/{code}/contracts-register`: open to everyone.
pub async fn page(
    State(state): State<AppState>,
    viewer: Viewer,
    Path(code): Path<String>,
    Query(q): Query<RegisterQuery>,
) -> Result<Html<String>, AppError> {
    let before = q.before()?;
    let register = service::page(&state, &code, before).await.map_err(unexpected)?;
    let rows: Vec<_> = register
        .entries
        .iter()
        .map(|e| {
            let d = described(&state, viewer.lang, e);
            context! { entry => e, title => d.title, description => d.description, route => d.route }
        })
        .collect();
    render(
        &state,
        &viewer,
        "council/contracts_register.html",
        context! {
            body_id => register.council.org_id(),
            council => register.council,
            department => register.department,
            rows,
            next => register.next,
            first_page => before.is_none(),
            threshold_pence => domain::contracts_register::THRESHOLD_PENCE,
        },
    )
}

/// `GET /councils/{code}/contracts-register.csv`: every listed contract, newest first.
pub async fn csv(
    State(state): State<AppState>,
    viewer: Viewer,
    Path(code): Path<String>,
) -> Result<Response, AppError> {
    let council = service::council(&state, &code).await.map_err(unexpected)?;
    let department = service::department(&state, council.id)
        .await
        .map_err(unexpected)?
        .unwrap_or_default();
    let filename = format!("contracts-register-{}.csv", council.code.to_lowercase());
    let (lang, org_id) = (viewer.lang, council.id);
    // The seed is where the next page starts; `None` once the last page was read.
    let pages = futures_util::stream::unfold(Some(None), move |at| {
        let (state, department) = (state.clone(), department.clone());
        async move {
            let before = at?;
            match service::entries(&state, org_id, before, service::PAGE).await {
                Ok((entries, _)) if entries.is_empty() => None,
                Ok((entries, next)) => {
                    let rows = entries.iter().map(|e| row(&state, lang, &department, e)).collect();
                    Some((Ok(rows), next.map(Some)))
                }
                Err(e) => Some((Err(unexpected(e)), None)),
            }
        }
    });
    csv_download::stream(
        &filename,
        &[
            "Reference",
            "Title",
            "Description",
            "Department",
            "Supplier name",
            "Supplier ID",
            "Start date",
            "End date",
            "Review date",
            "Value",
            "VAT not recoverable",
            "Procurement route",
        ],
        pages,
    )
}

fn row(state: &AppState, lang: Lang, department: &str, e: &Entry) -> Vec<String> {
    let d = described(state, lang, e);
    vec![
        e.reference.clone(),
        d.title,
        d.description,
        department.to_string(),
        e.supplier_name.clone(),
        e.supplier_id.clone(),
        e.start.to_string(),
        e.end.to_string(),
        e.review.to_string(),
        pounds(e.value_pence),
        pounds(e.vat_not_recoverable_pence),
        d.route,
    ]
}
