//! Booked work as calendar events: a contract's period as one event and each booked week
//! as another (Monday to Friday), and the weeks of a request still waiting, tentative.
//! A proposed contract is tentative; a terminated one's weeks after it ended are cancelled.

use crate::ics::Span;
use crate::state::AppState;
use app::work_calendar::{BookedWeek, ContractDates, RequestDates, Work};
use chrono::{Duration, NaiveDate};
use domain::contracts::ContractStatus;
use domain::language::Lang;
use icalendar::EventStatus;

/// The last working day of the week starting `monday`.
fn friday(monday: NaiveDate) -> NaiveDate {
    monday + Duration::days(4)
}

fn hours(week: &BookedWeek) -> String {
    domain::hours::format_hours(week.minutes)
}

/// A contract's period and its weeks.
pub fn of_contract(state: &AppState, lang: Lang, dates: &ContractDates) -> Vec<Span> {
    let c = &dates.contract;
    let names = |key: &str, extra: Vec<(&'static str, String)>| {
        let mut args = vec![
            ("practitioner", c.practitioner_name.clone()),
            ("buyer", c.buyer_org_name.clone()),
            ("supplier", c.supplier_org_name.clone()),
            ("purpose", c.purpose.clone()),
        ];
        args.extend(extra);
        state.t_in(lang, key, &args)
    };
    let ended = c.ended_at.map(domain::weeks::london_date);
    let status = match c.status {
        ContractStatus::Proposed => EventStatus::Tentative,
        ContractStatus::Active | ContractStatus::Completed => EventStatus::Confirmed,
        ContractStatus::Terminated => EventStatus::Cancelled,
    };
    let path = app::contracts::link(c.id);
    let description = names(
        "ics-contract-description",
        vec![
            ("hours", domain::hours::format_hours(c.hours_cap_minutes)),
            ("status", state.t_in(lang, &format!("deal-status-{}", c.status), &[])),
        ],
    );
    let mut spans = vec![Span {
        key: format!("contract-{}", c.id),
        summary: names("ics-contract-period", Vec::new()),
        description: description.clone(),
        path: path.clone(),
        first: c.start_date,
        last: c.end_date,
        status,
    }];
    for week in &dates.weeks {
        let status = match (c.status, ended) {
            (ContractStatus::Terminated, Some(end)) if week.monday <= end => EventStatus::Confirmed,
            _ => status,
        };
        spans.push(Span {
            key: format!("contract-{}-week-{}", c.id, week.monday),
            summary: names("ics-contract-week", vec![("hours", hours(week))]),
            description: description.clone(),
            path: path.clone(),
            first: week.monday,
            last: friday(week.monday),
            status,
        });
    }
    spans
}

/// A waiting request's weeks, each tentative.
fn of_request(state: &AppState, lang: Lang, dates: &RequestDates) -> Vec<Span> {
    let b = &dates.booking;
    dates
        .weeks
        .iter()
        .map(|week| Span {
            key: format!("booking-{}-week-{}", b.id, week.monday),
            summary: state.t_in(
                lang,
                "ics-request-week",
                &[
                    ("hours", hours(week)),
                    ("practitioner", b.practitioner_name.clone()),
                    ("buyer", b.buyer_org_name.clone()),
                ],
            ),
            description: state.t_in(
                lang,
                "ics-request-description",
                &[("buyer", b.buyer_org_name.clone()), ("purpose", b.purpose.clone())],
            ),
            path: format!("/bookings/{}", b.id),
            first: week.monday,
            last: friday(week.monday),
            status: EventStatus::Tentative,
        })
        .collect()
}

/// Everything on a person's work calendar, in `lang`.
pub fn of_work(state: &AppState, lang: Lang, work: &Work) -> Vec<Span> {
    let contracts = work.contracts.iter().flat_map(|c| of_contract(state, lang, c));
    let requests = work.requests.iter().flat_map(|r| of_request(state, lang, r));
    contracts.chain(requests).collect()
}
