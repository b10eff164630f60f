//! A council's income page: income, spend, net, and hours given and received, by month,
//! by service and by role, each as a chart with its table, and the same figures as CSV.

use super::invoices::council;
use super::render;
use crate::charts::{self, Series};
use crate::csv_download::{self, pounds};
use crate::error::AppError;
use crate::session::Viewer;
use crate::state::AppState;
use axum::extract::{Path, State};
use axum::response::{Html, Response};
use chrono::{Datelike, NaiveDate};
use domain::authz::Action;
use domain::bookings::Settlement;
use domain::hours::format_hours;
use domain::language::Lang;
use domain::ledger::Flow;
use domain::money::format_pence;
use minijinja::{context, Value};
use serde::Serialize;
use std::collections::BTreeMap;
use std::sync::Arc;
use store::income::{self, Row};

const MONTHS: i64 = 12;

/// The last twelve months up to this one, oldest first, as `YYYY-MM`.
fn months(today: NaiveDate) -> Vec<String> {
    let mut y = today.year();
    let mut m = today.month() as i64;
    let mut out = Vec::new();
    for _ in 0..MONTHS {
        out.push(format!("{y}-{m:02}"));
        m -= 1;
        if m == 0 {
            m = 12;
            y -= 1;
        }
    }
    out.reverse();
    out
}

#[derive(Debug, Default, Clone, Serialize)]
struct Totals {
    income: i64,
    spend: i64,
    net: i64,
    given: i64,
    received: i64,
    credits_earned: i64,
    credits_spent: i64,
}

impl Totals {
    fn add(&mut self, r: &Row) {
        match (r.side, r.settlement) {
            (Flow::Given, Settlement::Money) => self.income += r.value_pence,
            (Flow::Received, Settlement::Money) => self.spend += r.value_pence,
            (Flow::Given, Settlement::HourCredits) => self.credits_earned += r.minutes,
            (Flow::Received, Settlement::HourCredits) => self.credits_spent += r.minutes,
        }
        match r.side {
            Flow::Given => self.given += r.minutes,
            Flow::Received => self.received += r.minutes,
        }
        self.net = self.income - self.spend;
    }
}

#[derive(Serialize)]
struct Named {
    name: String,
    totals: Totals,
}

fn grouped(rows: &[Row], key: impl Fn(&Row) -> String) -> Vec<Named> {
    let mut by: BTreeMap<String, Totals> = BTreeMap::new();
    for r in rows {
        by.entry(key(r)).or_default().add(r);
    }
    let mut out: Vec<Named> = by.into_iter().map(|(name, totals)| Named { name, totals }).collect();
    out.sort_by(|a, b| {
        (b.totals.income + b.totals.spend)
            .cmp(&(a.totals.income + a.totals.spend))
            .then(b.totals.given.cmp(&a.totals.given))
    });
    out
}

fn month_label(state: &AppState, lang: Lang, month: &str) -> String {
    NaiveDate::parse_from_str(&format!("{month}-01"), "%Y-%m-%d")
        .map(|d| state.catalogue.short_month(lang.as_str(), d))
        .unwrap_or_else(|_| month.to_string())
}

pub async fn page(
    State(state): State<AppState>,
    viewer: Viewer,
    Path(code): Path<String>,
) -> Result<Html<String>, AppError> {
    // A finance officer's or admin's own councils come with the viewer, so the page reads
    // only the income generation; anyone else is refused as the other invoice pages refuse.
    let user = viewer.require_user()?;
    let Some(own) = user.councils.iter().find(|c| c.code.eq_ignore_ascii_case(&code)) else {
        council(&state, &viewer, &code).await?;
        return Err(AppError::Forbidden);
    };
    viewer.authorise(Action::ViewInvoices(own.id))?;
    let today = domain::weeks::london_date(state.clock.now());
    // Read before the figures: a change committed in between makes an entry newer than its
    // key, never older.
    let generation = income::generation(&state.db, own.id).await?;
    let mut built = false;
    let figures = state
        .income_figures
        .get_or_insert_async(&(own.id, generation, today, viewer.lang), async {
            built = true;
            Ok::<_, AppError>(Arc::new(figures(&state, viewer.lang, own.id, &own.code, today).await?))
        })
        .await?;
    let outcome = if built { "built" } else { "cached" };
    metrics::counter!("income_figures_total", "outcome" => outcome).increment(1);
    render(
        &state,
        &viewer,
        "income/page.html",
        context! { council => own, figures => Value::from_safe_string(figures.as_ref().clone()) },
    )
}

/// Everything on a council's income page below its heading: totals, charts and tables of
/// the last twelve months, and the download forms.
async fn figures(state: &AppState, lang: Lang, org_id: i64, code: &str, today: NaiveDate) -> Result<String, AppError> {
    let months = months(today);
    let this_month = months[months.len() - 1].clone();
    // The financial year runs from 1 April.
    let year_start = if today.month() >= 4 {
        NaiveDate::from_ymd_opt(today.year(), 4, 1)
    } else {
        NaiveDate::from_ymd_opt(today.year() - 1, 4, 1)
    };
    let summary = income::summary(&state.db, org_id, &months[0], &this_month).await?;
    let none = state.t_in(lang, "income-none-service", &[]);
    let unknown_role = state.t_in(lang, "income-no-role", &[]);
    let by_month: Vec<Named> = months
        .iter()
        .map(|m| {
            let mut totals = Totals::default();
            summary
                .by_month
                .iter()
                .filter(|r| &r.month == m)
                .for_each(|r| totals.add(r));
            Named {
                name: month_label(state, lang, m),
                totals,
            }
        })
        .collect();
    let by_service = grouped(&summary.by_service, |r| {
        r.service_label.clone().unwrap_or_else(|| none.clone())
    });
    let by_role = grouped(&summary.by_role, |r| {
        if r.role_name.is_empty() {
            unknown_role.clone()
        } else {
            r.role_name.clone()
        }
    });
    let mut total = Totals::default();
    summary.by_month.iter().for_each(|r| total.add(r));
    let labels: Vec<String> = by_month.iter().map(|m| m.name.chars().take(3).collect()).collect();
    let (income_name, spend_name) = (
        state.t_in(lang, "income-income", &[]),
        state.t_in(lang, "income-spend", &[]),
    );
    let money_chart = charts::grouped_bars(
        "money-chart",
        &state.t_in(lang, "income-money-chart", &[]),
        &state.t_in(lang, "income-money-chart-desc", &[]),
        &labels,
        &[
            Series {
                name: &income_name,
                colour: charts::BLUE,
                values: by_month.iter().map(|m| m.totals.income).collect(),
            },
            Series {
                name: &spend_name,
                colour: charts::ORANGE,
                values: by_month.iter().map(|m| m.totals.spend).collect(),
            },
        ],
        format_pence,
    );
    let (given_name, received_name) = (
        state.t_in(lang, "income-given", &[]),
        state.t_in(lang, "income-received", &[]),
    );
    let hours_chart = charts::grouped_bars(
        "hours-chart",
        &state.t_in(lang, "income-hours-chart", &[]),
        &state.t_in(lang, "income-hours-chart-desc", &[]),
        &labels,
        &[
            Series {
                name: &given_name,
                colour: charts::BLUE,
                values: by_month.iter().map(|m| m.totals.given).collect(),
            },
            Series {
                name: &received_name,
                colour: charts::ORANGE,
                values: by_month.iter().map(|m| m.totals.received).collect(),
            },
        ],
        |m| format!("{} h", format_hours(m)),
    );
    let hours_label = |m: i64| format!("{} h", format_hours(m));
    let service_chart = charts::horizontal_bars(
        "service-chart",
        &state.t_in(lang, "income-service-chart", &[]),
        &state.t_in(lang, "income-service-chart-desc", &[]),
        &by_service
            .iter()
            .take(10)
            .map(|s| (s.name.clone(), s.totals.given + s.totals.received))
            .collect::<Vec<_>>(),
        hours_label,
    );
    let role_chart = charts::horizontal_bars(
        "role-chart",
        &state.t_in(lang, "income-role-chart", &[]),
        &state.t_in(lang, "income-role-chart-desc", &[]),
        &by_role
            .iter()
            .take(10)
            .map(|s| (s.name.clone(), s.totals.given + s.totals.received))
            .collect::<Vec<_>>(),
        hours_label,
    );
    Ok(state.templates.render(
        "income/figures.html",
        context! {
            // Drawn apart from the page (it is cached), so it is told the language itself.
            lang => lang.as_str(),
            code => code, by_month, by_service, by_role, total,
            this_month, today => today.to_string(), year_start => year_start.map(|d| d.to_string()),
            money_chart => Value::from_safe_string(money_chart),
            hours_chart => Value::from_safe_string(hours_chart),
            service_chart => Value::from_safe_string(service_chart),
            role_chart => Value::from_safe_string(role_chart),
        },
    )?)
}

/// The same figures, one row per month, side, settlement, service and role.
pub async fn csv(
    State(state): State<AppState>,
    viewer: Viewer,
    Path(code): Path<String>,
) -> Result<Response, AppError> {
    let org = council(&state, &viewer, &code).await?;
    let months = months(domain::weeks::london_date(state.clock.now()));
    let rows = income::rows(&state.db, org.id, &months[0], &months[months.len() - 1]).await?;
    csv_download::download(
        &format!("income-{}.csv", org.code.to_lowercase()),
        &["month", "side", "settlement", "service", "role", "hours", "value"],
        rows.into_iter().map(|r| {
            vec![
                r.month,
                r.side.to_string(),
                r.settlement.to_string(),
                r.service_label.unwrap_or_default(),
                r.role_name,
                format_hours(r.minutes),
                pounds(r.value_pence),
            ]
        }),
    )
}

#[derive(Debug, Default, serde::Deserialize)]
#[serde(default)]
pub struct PeriodParams {
    pub month: String,
    pub from: String,
    pub to: String,
}

/// Approved hours each of the council's practitioners worked on each microcontract in a
/// month (a pay period), so that their employer can pay them for it.
pub async fn payroll_csv(
    State(state): State<AppState>,
    viewer: Viewer,
    Path(code): Path<String>,
    axum::extract::Query(p): axum::extract::Query<PeriodParams>,
) -> Result<Response, AppError> {
    let org = council(&state, &viewer, &code).await?;
    let (first, last) = domain::dates::parse_month(&p.month).map_err(|_| AppError::BadRequest)?;
    let rows = income::payroll(&state.db, org.id, first, last).await?;
    csv_download::download(
        &format!("payroll-{}-{}.csv", org.code.to_lowercase(), p.month.trim()),
        &[
            "pay_period_start",
            "pay_period_end",
            "practitioner",
            "email",
            "contract",
            "buying_council",
            "days",
            "hours",
        ],
        rows.into_iter().map(|r| {
            vec![
                first.to_string(),
                last.to_string(),
                r.practitioner_name,
                r.email,
                domain::contracts::reference(r.contract_id),
                r.buyer_name,
                r.days.to_string(),
                format_hours(r.minutes),
            ]
        }),
    )
}

/// The council's microcontract spend between two dates in the layout councils publish
/// under the Local Government Transparency Code (expenditure data): one row per invoice
/// or credit note received, dates as dd/mm/yyyy, amounts in pounds. Streamed a page of
/// documents at a time, so that a period of any length fits in memory.
pub async fn spend_csv(
    State(state): State<AppState>,
    viewer: Viewer,
    Path(code): Path<String>,
    axum::extract::Query(p): axum::extract::Query<PeriodParams>,
) -> Result<Response, AppError> {
    let org = council(&state, &viewer, &code).await?;
    let date = |s: &str| {
        domain::dates::parse_date(s, true)
            .ok()
            .flatten()
            .ok_or(AppError::BadRequest)
    };
    let period = (date(&p.from)?, date(&p.to)?);
    let filename = format!("spend-{}-{}-{}.csv", org.code.to_lowercase(), period.0, period.1);
    let labels = SpendLabels {
        org_id: org.id,
        body_name: org.name.clone(),
        body_id: org.org_id(),
        expense_type: viewer.t(&state, "spend-expense-type", &[]),
        no_service: viewer.t(&state, "income-none-service", &[]),
    };
    // The seed is where the next page starts; `None` once a page came back short.
    let pages = futures_util::stream::unfold(Some(None), move |at| {
        let (state, labels) = (state.clone(), labels.clone());
        async move {
            let after = at?;
            match income::spend_page(&state.db, labels.org_id, period, after, SPEND_PAGE).await {
                Ok(rows) if rows.is_empty() => None,
                Ok(rows) => {
                    let next =
                        (rows.len() as i64 == SPEND_PAGE).then(|| rows.last().map(|r| (r.issued_on, r.invoice_id)));
                    Some((Ok(rows.into_iter().map(|r| labels.row(r)).collect()), next))
                }
                Err(e) => Some((Err(AppError::from(e)), None)),
            }
        }
    });
    csv_download::stream(
        &filename,
        &[
            "Body name",
            "Body",
            "Transaction date",
            "Transaction number",
            "Net amount",
            "Irrecoverable VAT",
            "Service area",
            "Expense type",
            "Supplier name",
            "Supplier ID",
            "Purpose",
        ],
        pages,
    )
}

/// Documents read per page of the spend export.
const SPEND_PAGE: i64 = 200;

/// What every row of a council's spend export repeats.
#[derive(Clone)]
struct SpendLabels {
    org_id: i64,
    body_name: String,
    body_id: String,
    expense_type: String,
    no_service: String,
}

impl SpendLabels {
    fn row(&self, r: income::SpendRow) -> Vec<String> {
        let sign = r.kind.sign();
        vec![
            self.body_name.clone(),
            self.body_id.clone(),
            r.issued_on.format("%d/%m/%Y").to_string(),
            domain::invoices::number_label(&r.supplier_code, r.number),
            pounds(sign * r.net_pence),
            // Councils recover VAT charged by other councils (VAT Act 1994, s.33).
            pounds(0),
            r.service_label.unwrap_or_else(|| self.no_service.clone()),
            self.expense_type.clone(),
            r.supplier_name,
            store::organisations::org_identifier(&r.supplier_nation, &r.supplier_code),
            r.purpose,
        ]
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn twelve_months_up_to_this_one() {
        let m = super::months(chrono::NaiveDate::from_ymd_opt(2026, 2, 10).unwrap());
        assert_eq!(m.len(), 12);
        assert_eq!((m[0].as_str(), m[11].as_str()), ("2025-03", "2026-02"));
    }
}
