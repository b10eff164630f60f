//! Booked work as calendars (SPEC §4.4, issue 19 item 7): each contract's period and its
//! booked weeks, and the weeks of requests still waiting for an answer. A practitioner's
//! feed holds their own; a manager's also those of every practitioner of the councils they
//! manage for. One contract's calendar is for whoever may see the contract.

use crate::contracts::{visible, ContractError};
use crate::Ctx;
use chrono::NaiveDate;
use domain::authz::Actor;
use domain::roles::Role;
use std::collections::HashMap;
use store::bookings::{self, Booking};
use store::contracts::{self, Contract};
use store::DealsVisible;

/// How far back a feed reaches: work that ended within this many days.
const FEED_DAYS_BACK: i64 = 90;
/// The most contracts, and the most waiting requests, a feed lists.
const FEED_MOST: i64 = 200;

/// A week of booked hours: its Monday and the minutes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct BookedWeek {
    pub monday: NaiveDate,
    pub minutes: i64,
}

/// A contract with the weeks of its current terms.
#[derive(Debug, Clone)]
pub struct ContractDates {
    pub contract: Contract,
    pub weeks: Vec<BookedWeek>,
}

/// A request still waiting (for the practitioner's answer or the manager's approval),
/// with the weeks it asks for.
#[derive(Debug, Clone)]
pub struct RequestDates {
    pub booking: Booking,
    pub weeks: Vec<BookedWeek>,
}

/// Everything on a person's work calendar.
#[derive(Debug, Clone, Default)]
pub struct Work {
    pub contracts: Vec<ContractDates>,
    pub requests: Vec<RequestDates>,
}

/// Rows of (owner, Monday, minutes) grouped by owner.
fn by_owner(rows: Vec<(i64, NaiveDate, i64)>) -> HashMap<i64, Vec<BookedWeek>> {
    let mut weeks: HashMap<i64, Vec<BookedWeek>> = HashMap::new();
    for (owner, monday, minutes) in rows {
        weeks.entry(owner).or_default().push(BookedWeek { monday, minutes });
    }
    weeks
}

/// The work on `user_id`'s calendar from `today` less `FEED_DAYS_BACK` on: their own as a
/// practitioner, and that of the councils where they hold the manager role (their
/// councils' side of each deal only: the practitioners they lend).
pub async fn of_person(ctx: &Ctx, user_id: i64, today: NaiveDate) -> store::Result<Work> {
    let managed: Vec<i64> = store::members::memberships_of(&ctx.db, user_id)
        .await?
        .into_iter()
        .filter(|m| m.roles.contains(&Role::Manager))
        .map(|m| m.org_id)
        .collect();
    let scope = DealsVisible {
        practitioner: Some(user_id),
        orgs: managed,
        side: Some(domain::contracts::Side::Supplier),
    };
    let since = today - chrono::Duration::days(FEED_DAYS_BACK);
    let found = contracts::on_calendar(&ctx.db, &scope, since, FEED_MOST).await?;
    let ids: Vec<i64> = found.iter().map(|c| c.id).collect();
    let mut weeks = by_owner(contracts::current_weeks_of(&ctx.db, &ids).await?);
    let contracts = found
        .into_iter()
        .map(|contract| ContractDates {
            weeks: weeks.remove(&contract.id).unwrap_or_default(),
            contract,
        })
        .collect();
    let waiting = bookings::waiting_on_calendar(&ctx.db, &scope, since, FEED_MOST).await?;
    let ids: Vec<i64> = waiting.iter().map(|b| b.id).collect();
    let mut weeks = by_owner(bookings::weeks_of(&ctx.db, &ids).await?);
    let requests = waiting
        .into_iter()
        .map(|booking| RequestDates {
            weeks: weeks.remove(&booking.id).unwrap_or_default(),
            booking,
        })
        .collect();
    Ok(Work { contracts, requests })
}

/// One contract's period and weeks, for someone who may see the contract.
pub async fn of_contract(ctx: &Ctx, actor: Option<&Actor>, id: i64) -> Result<ContractDates, ContractError> {
    let contract = visible(ctx, actor, id).await?;
    let weeks = by_owner(contracts::current_weeks_of(&ctx.db, &[id]).await?)
        .remove(&id)
        .unwrap_or_default();
    Ok(ContractDates { contract, weeks })
}
