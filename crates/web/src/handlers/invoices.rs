//! A council's invoices (sent and received, with a CSV export), generating a month's
//! drafts, and each invoice's printable page where it is issued, paid or credited.

use super::render;
use crate::client::ClientIp;
use crate::csv_download::{self, pounds};
use crate::error::AppError;
use crate::forms::{self, ShownError};
use crate::refusals::{refusal, refusal_status, unexpected};
use crate::session::Viewer;
use crate::state::AppState;
use app::invoices::{self as service, label, Step, StepDone, StepName};
use axum::extract::{Path, Query, State};
use axum::response::{Html, IntoResponse, Redirect, Response};
use axum::Form;
use domain::authz::{authorise, Action};
use domain::invoices::{self as rules, InvoiceKind, InvoiceStatus};
use domain::language::Lang;
use domain::weeks::london_date;
use minijinja::context;
use serde::{Deserialize, Serialize};
use store::invoices::{self, Invoice};
use store::organisations::{self, Organisation};

/// The council, if the viewer may see its invoices and income (finance officers, admins).
pub(crate) async fn council(state: &AppState, viewer: &Viewer, code: &str) -> Result<Organisation, AppError> {
    viewer.require_user()?;
    let org = organisations::find_by_code(&state.db, code)
        .await?
        .ok_or(AppError::NotFound)?;
    viewer.authorise(Action::ViewInvoices(org.id))?;
    Ok(org)
}

#[derive(Serialize)]
struct Row {
    invoice: Invoice,
    label: String,
    overdue: bool,
}

fn rows(state: &AppState, viewer: &Viewer, list: Vec<Invoice>, today: chrono::NaiveDate) -> Vec<Row> {
    list.into_iter()
        .map(|i| Row {
            label: label(state, viewer.lang, &i),
            overdue: i.status == InvoiceStatus::Issued
                && i.kind == InvoiceKind::Invoice
                && i.due_date.is_some_and(|d| rules::is_overdue(d, today)),
            invoice: i,
        })
        .collect()
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct ListParams {
    pub done: String,
    pub count: String,
}

async fn list_page(
    state: &AppState,
    viewer: &Viewer,
    org: Organisation,
    month: String,
    errors: Vec<ShownError>,
    done: &str,
    count: &str,
) -> Result<Html<String>, AppError> {
    let today = london_date(state.clock.now());
    let sent = rows(state, viewer, invoices::list(&state.db, org.id, true).await?, today);
    let received = rows(state, viewer, invoices::list(&state.db, org.id, false).await?, today);
    let can_manage = authorise(viewer.actor.as_ref(), Action::ManageInvoices(org.id)).is_ok();
    render(
        state,
        viewer,
        "invoices/list.html",
        context! { council => org, sent, received, can_manage, month, errors, done, count },
    )
}

pub async fn list(
    State(state): State<AppState>,
    viewer: Viewer,
    Path(code): Path<String>,
    Query(p): Query<ListParams>,
) -> Result<Html<String>, AppError> {
    let org = council(&state, &viewer, &code).await?;
    let month = domain::invoices::last_month(london_date(state.clock.now()));
    list_page(&state, &viewer, org, month, Vec::new(), &p.done, &p.count).await
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct GenerateForm {
    pub month: String,
}

pub async fn generate(
    State(state): State<AppState>,
    viewer: Viewer,
    ClientIp(ip): ClientIp,
    Path(code): Path<String>,
    Form(form): Form<GenerateForm>,
) -> Result<Response, AppError> {
    let org = council(&state, &viewer, &code).await?;
    viewer.authorise(Action::ManageInvoices(org.id))?;
    let month = match domain::dates::parse_month(&form.month) {
        Ok(m) => m,
        Err(key) => {
            let errors = forms::one("month", viewer.t(&state, key, &[]));
            let html = list_page(&state, &viewer, org, form.month, errors, "", "").await?;
            return Ok((axum::http::StatusCode::BAD_REQUEST, html).into_response());
        }
    };
    let drafted = service::generate(&state, viewer.by(&ip), org.id, month)
        .await
        .map_err(crate::refusals::unexpected)?;
    Ok(Redirect::to(&format!(
        "/councils/{}/invoices?done=generated&count={}",
        org.code,
        drafted.len()
    ))
    .into_response())
}

/// Documents read per page of the export.
const EXPORT_PAGE: i64 = 200;

/// Every issued document and line, sent and received, for the council's finance system:
/// streamed a page of documents at a time, so that years of invoices fit in memory.
pub async fn csv(
    State(state): State<AppState>,
    viewer: Viewer,
    Path(code): Path<String>,
) -> Result<Response, AppError> {
    let org = council(&state, &viewer, &code).await?;
    let (org_id, filename) = (org.id, format!("invoices-{}.csv", org.code.to_lowercase()));
    let pages = futures_util::stream::unfold(Some((invoices::Side::Supplier, 0)), move |at| {
        let state = state.clone();
        async move {
            let (side, after) = at?;
            match export_page(&state, org_id, side, after).await {
                Ok(None) if side == invoices::Side::Supplier => {
                    Some((Ok(Vec::new()), Some((invoices::Side::Buyer, 0))))
                }
                Ok(None) => None,
                Ok(Some((rows, last))) => Some((Ok(rows), Some((side, last)))),
                Err(e) => Some((Err(e), None)),
            }
        }
    });
    csv_download::stream(
        &filename,
        &[
            "number",
            "kind",
            "status",
            "supplier",
            "buyer",
            "contract",
            "purchase_order",
            "issued_on",
            "due_on",
            "practitioner",
            "first_date",
            "last_date",
            "hours",
            "rate",
            "line_amount",
            "net",
            "vat",
            "total",
            "paid_on",
            "payment_reference",
        ],
        pages,
    )
}

/// One page of the export: a row per line of each document after `after`, and the last
/// document's id; `None` when no documents are left on this side.
async fn export_page(
    state: &AppState,
    org_id: i64,
    side: invoices::Side,
    after: i64,
) -> Result<Option<(Vec<Vec<String>>, i64)>, AppError> {
    let documents = invoices::export_page(&state.db, org_id, side, after, EXPORT_PAGE).await?;
    let (Some(first), Some(last)) = (documents.first().map(|i| i.id), documents.last().map(|i| i.id)) else {
        return Ok(None);
    };
    let lines = invoices::export_lines(&state.db, org_id, side, first, last).await?;
    let mut rows = Vec::with_capacity(lines.len());
    for l in lines {
        let Some(i) = documents.iter().find(|i| i.id == l.invoice_id) else {
            continue;
        };
        let sign = i.kind.sign();
        let l = l.line;
        rows.push(vec![
            // In English, as the export's other columns (kind, status) are.
            label(state, Lang::En, i),
            i.kind.to_string(),
            i.status.to_string(),
            i.supplier_name.clone(),
            i.buyer_name.clone(),
            domain::contracts::reference(i.contract_id),
            i.po_number.clone().unwrap_or_default(),
            i.issued_on.map(|d| d.to_string()).unwrap_or_default(),
            i.due_date.map(|d| d.to_string()).unwrap_or_default(),
            l.practitioner_name,
            l.first_date.to_string(),
            l.last_date.to_string(),
            domain::hours::format_hours(l.minutes),
            pounds(l.rate_pence),
            pounds(sign * l.amount_pence),
            pounds(sign * i.net_pence),
            pounds(sign * i.vat_pence),
            pounds(sign * i.total_pence),
            i.paid_on.map(|d| d.to_string()).unwrap_or_default(),
            i.paid_reference.clone().unwrap_or_default(),
        ]);
    }
    Ok(Some((rows, last)))
}

/// The invoice, if the viewer may see it: finance officers and admins of either council
/// (drafts: the supplier's only).
async fn visible(state: &AppState, viewer: &Viewer, id: i64) -> Result<Invoice, AppError> {
    viewer.require_user()?;
    service::visible(state, viewer.actor.as_ref(), id)
        .await
        .map_err(unexpected)
}

#[derive(Debug, Default, Deserialize, Serialize)]
#[serde(default)]
pub struct ShowParams {
    pub done: String,
}

async fn invoice_page(
    state: &AppState,
    viewer: &Viewer,
    i: Invoice,
    errors: Vec<ShownError>,
    done: &str,
) -> Result<Html<String>, AppError> {
    let lines = invoices::lines(&state.db, i.id).await?;
    let today = london_date(state.clock.now());
    let can_manage = authorise(viewer.actor.as_ref(), Action::ManageInvoices(i.supplier_org_id)).is_ok();
    let can_pay = i.kind == InvoiceKind::Invoice
        && i.status == InvoiceStatus::Issued
        && authorise(
            viewer.actor.as_ref(),
            Action::RecordPayment {
                buyer: i.buyer_org_id,
                supplier: i.supplier_org_id,
            },
        )
        .is_ok();
    let credited_by = match i.status {
        InvoiceStatus::Credited => invoices::credit_note_for(&state.db, i.id)
            .await?
            .map(|n| (n.id, label(state, viewer.lang, &n))),
        _ => None,
    };
    let overdue = i.status == InvoiceStatus::Issued
        && i.kind == InvoiceKind::Invoice
        && i.due_date.is_some_and(|d| rules::is_overdue(d, today));
    render(
        state,
        viewer,
        "invoices/show.html",
        context! {
            label => label(state, viewer.lang, &i), invoice => i, lines, can_manage, can_pay, errors, done, overdue, credited_by,
            today => today.to_string(), reference => domain::contracts::reference(i.contract_id),
        },
    )
}

pub async fn show(
    State(state): State<AppState>,
    viewer: Viewer,
    Path(id): Path<i64>,
    Query(p): Query<ShowParams>,
) -> Result<Html<String>, AppError> {
    let i = visible(&state, &viewer, id).await?;
    invoice_page(&state, &viewer, i, Vec::new(), &p.done).await
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct StepForm {
    pub paid_on: String,
    pub reference: String,
}

/// `issue`, `discard` and `credit` (the supplier's finance officers); `pay` (either
/// council's finance officers).
pub async fn step(
    State(state): State<AppState>,
    viewer: Viewer,
    ClientIp(ip): ClientIp,
    Path((id, action)): Path<(i64, String)>,
    Form(form): Form<StepForm>,
) -> Result<Response, AppError> {
    let i = visible(&state, &viewer, id).await?;
    let step = match action.parse().map_err(unexpected)? {
        StepName::Issue => Step::Issue,
        StepName::Discard => Step::Discard,
        StepName::Credit => Step::Credit,
        StepName::Pay => Step::Pay {
            paid_on: form.paid_on.clone(),
            reference: form.reference.clone(),
        },
    };
    match service::take_step(&state, viewer.actor.as_ref(), viewer.by(&ip), &i, step).await {
        Ok(StepDone::Discarded) => {
            Ok(Redirect::to(&format!("/councils/{}/invoices?done=discarded", i.supplier_code)).into_response())
        }
        Ok(StepDone::Credited { credit_note_id }) => {
            Ok(Redirect::to(&format!("/invoices/{credit_note_id}?done=credit")).into_response())
        }
        Ok(StepDone::Issued | StepDone::Paid) => {
            Ok(Redirect::to(&format!("/invoices/{id}?done={action}")).into_response())
        }
        Err(e) => {
            let status = refusal_status(&e);
            let errors = refusal(&state, viewer.lang, e, "paid_on")?;
            Ok((status, invoice_page(&state, &viewer, i, errors, "").await?).into_response())
        }
    }
}
