//! Time (SPEC §4.6): a practitioner saves and submits a week; the buyer approves or
//! queries each entry; approval on an hour-credit contract moves credits from the buying
//! to the supplying council at once, within the buyer's credit limit. Every step is one
//! transaction with its audit entries, ledger entry and notifications.

use super::deals;
use super::notify::{tell, tell_role};
use super::By;
use crate::failure::Failure;
use crate::Ctx;
use chrono::{DateTime, NaiveDate, Utc};
use domain::bank_holidays::HolidayArea;
use domain::contracts::ContractStatus;
use domain::hours::format_hours;
use domain::ledger::{self, Account};
use domain::roles::Role;
use domain::timesheets::{self as rules, Cap, DayTime, SubmitRefused};
use domain::weeks::Week;
use serde_json::json;
use store::contracts::{self, Contract};
use store::{time_entries, Tx};

/// Why a week or an approval was refused, with what the message needs.
#[derive(Debug, thiserror::Error)]
pub enum TimeError {
    /// A failure any step can have (not found, refused, invalid, denied, store).
    #[error(transparent)]
    Step(#[from] Failure),
    #[error("over the contract's cap")]
    OverCap { reference: String, remaining: i64 },
    #[error("outside the contract's dates")]
    OutsideDates { reference: String, date: NaiveDate },
    #[error("the buying council's hour credits would go below its limit")]
    CreditLimit { council: String, headroom: i64 },
    #[error("time on these days is no longer the practitioner's to change")]
    Settled { reference: String, dates: Vec<NaiveDate> },
}

impl From<store::StoreError> for TimeError {
    fn from(e: store::StoreError) -> Self {
        TimeError::Step(Failure::Store(e))
    }
}

/// The practitioner's contracts that can take time in `week`: active ones whose dates
/// reach into it.
pub async fn contracts_in_week(db: &store::Db, practitioner: i64, week: Week) -> store::Result<Vec<Contract>> {
    Ok(
        contracts::list(db, contracts::Scope::Practitioner(practitioner), true, 200)
            .await?
            .into_iter()
            .filter(|k| {
                k.status == ContractStatus::Active && k.start_date <= week.sunday() && k.end_date >= week.monday()
            })
            .collect(),
    )
}

/// Saves a week's cells as drafts (an empty cell clears a draft), for the practitioner's
/// own active contracts and inside each contract's dates.
pub async fn save_week(
    ctx: &Ctx,
    by: By<'_>,
    week: Week,
    cells: &[(i64, NaiveDate, Option<DayTime>)],
) -> Result<(), TimeError> {
    let now = ctx.clock.now();
    let user = by.user_id.ok_or(Failure::NotFound)?;
    let open = contracts_in_week(&ctx.db, user, week).await?;
    let mut tx = ctx.db.begin().await?;
    // Submitted, approved and invoiced days are the buyer's now: naming one is refused,
    // with every such day said, rather than quietly left as it was.
    let settled: Vec<(i64, NaiveDate)> = time_entries::for_practitioner(&mut tx, user, week.monday(), week.sunday())
        .await?
        .into_iter()
        .filter(|e| !e.status.editable())
        .map(|e| (e.contract_id, e.work_date))
        .collect();
    let mut refused: Vec<(i64, NaiveDate)> = Vec::new();
    for (contract_id, date, day) in cells {
        let k = open.iter().find(|k| k.id == *contract_id).ok_or(Failure::NotFound)?;
        if *date < k.start_date || *date > k.end_date || Week::containing(*date) != week {
            return Err(TimeError::OutsideDates {
                reference: domain::contracts::reference(k.id),
                date: *date,
            });
        }
        if settled.contains(&(k.id, *date)) {
            refused.push((k.id, *date));
            continue;
        }
        match day {
            Some(d) => {
                if !time_entries::put(&mut tx, k.id, user, *date, d.minutes, &d.description, now).await? {
                    refused.push((k.id, *date));
                }
            }
            None => time_entries::clear(&mut tx, k.id, *date).await?,
        }
    }
    if let Some((contract_id, _)) = refused.first() {
        let mut dates: Vec<NaiveDate> = refused.iter().map(|(_, d)| *d).collect();
        dates.sort_unstable();
        dates.dedup();
        return Err(TimeError::Settled {
            reference: domain::contracts::reference(*contract_id),
            dates,
        });
    }
    tx.commit().await?;
    Ok(())
}

/// Submits the week's draft and queried time on every contract, if each contract can take
/// it; otherwise nothing is submitted. The buyers are asked to approve.
pub async fn submit_week(ctx: &Ctx, by: By<'_>, week: Week) -> Result<usize, TimeError> {
    let now = ctx.clock.now();
    let user = by.user_id.ok_or(Failure::NotFound)?;
    let entries = time_entries::for_practitioner(&ctx.db, user, week.monday(), week.sunday()).await?;
    let mut tx = ctx.db.begin().await?;
    let mut submitted = 0;
    let mut contract_ids: Vec<i64> = entries
        .iter()
        .filter(|e| e.status.editable())
        .map(|e| e.contract_id)
        .collect();
    contract_ids.sort_unstable();
    contract_ids.dedup();
    for contract_id in contract_ids {
        time_entries::lock_contract_time(&mut tx, contract_id).await?;
        let k = contracts::find(&mut tx, contract_id).await?.ok_or(Failure::NotFound)?;
        let reference = domain::contracts::reference(k.id);
        if k.status != ContractStatus::Active {
            return Err(Failure::refused("error-time-contract-not-active").into());
        }
        let days: Vec<(NaiveDate, i64)> = time_entries::for_practitioner(&mut tx, user, week.monday(), week.sunday())
            .await?
            .into_iter()
            .filter(|e| e.contract_id == contract_id && e.status.editable())
            .map(|e| (e.work_date, e.minutes))
            .collect();
        let cap = Cap {
            start: k.start_date,
            end: k.end_date,
            hours_cap_minutes: k.hours_cap_minutes,
            value_cap_pence: k.value_cap_pence,
            rate_pence: k.rate_pence,
            used_minutes: time_entries::used_minutes(&mut tx, contract_id).await?,
        };
        match rules::check_submission(&cap, &days) {
            Ok(()) => {}
            Err(SubmitRefused::Nothing) => continue,
            Err(SubmitRefused::OverCap { remaining }) => return Err(TimeError::OverCap { reference, remaining }),
            Err(SubmitRefused::OutsideDates(date)) => return Err(TimeError::OutsideDates { reference, date }),
        }
        let n = time_entries::submit(&mut tx, contract_id, week.monday(), week.sunday(), now).await? as usize;
        submitted += n;
        let minutes: i64 = days.iter().map(|(_, m)| m).sum();
        deals::audit_both(
            &mut tx,
            by,
            (k.buyer_org_id, k.supplier_org_id),
            "time-submitted",
            ("contract", k.id),
            None,
            Some(json!({ "week": week.iso(), "minutes": minutes, "entries": n })),
            now,
        )
        .await?;
        let args = [
            ("name", k.practitioner_name.clone()),
            ("hours", format_hours(minutes)),
            ("reference", reference.clone()),
        ];
        tell_role(
            ctx,
            &mut tx,
            k.buyer_org_id,
            Role::Buyer,
            "notify-time-to-approve",
            &args,
            &approvals_link(&k),
        )
        .await?;
    }
    tx.commit().await?;
    Ok(submitted)
}

fn approvals_link(k: &Contract) -> String {
    format!("/contracts/{}/time", k.id)
}

/// The buyer approves (moving hour credits at once on an hour-credit contract) or
/// queries, with a comment, each of the given submitted entries of one contract. An
/// entry someone else answered first is skipped. Returns how many were answered.
pub async fn decide(
    ctx: &Ctx,
    by: By<'_>,
    contract_id: i64,
    entry_ids: &[i64],
    approve: bool,
    comment: Option<&str>,
) -> Result<usize, TimeError> {
    let now = ctx.clock.now();
    let mut tx = ctx.db.begin().await?;
    let k = contracts::find(&mut tx, contract_id).await?.ok_or(Failure::NotFound)?;
    let credits = k.settlement == domain::bookings::Settlement::HourCredits;
    if approve && credits {
        store::ledger::lock_credits(&mut tx, k.buyer_org_id).await?;
    }
    // The entries, read once (after the credit lock, so what they say still holds).
    let mut entries = Vec::with_capacity(entry_ids.len());
    for id in entry_ids {
        let entry = time_entries::find(&mut tx, *id).await?.ok_or(Failure::NotFound)?;
        if entry.contract_id != contract_id {
            return Err(Failure::NotFound.into());
        }
        entries.push(entry);
    }
    if approve && credits {
        // The whole batch must fit within the buyer's limit, or none of it is approved.
        let asked: i64 = entries
            .iter()
            .filter(|e| e.status == rules::TimeStatus::Submitted)
            .map(|e| e.minutes)
            .sum();
        let balance = store::ledger::balance(&mut tx, k.buyer_org_id, Account::HourCredits).await?;
        let limit = store::ledger::credit_limit(&mut tx, k.buyer_org_id).await?;
        if let Err(headroom) = ledger::check_credit_limit(balance, limit, asked) {
            return Err(TimeError::CreditLimit {
                council: k.buyer_org_name.clone(),
                headroom,
            });
        }
    }
    let mut answered = 0;
    let mut minutes = 0;
    for entry in &entries {
        let id = &entry.id;
        if entry.status != rules::TimeStatus::Submitted {
            // Answered already (by someone else, or deemed): nothing more to do.
            continue;
        }
        if approve && credits {
            move_credits(&mut tx, &k, entry, by.user_id, now).await?;
        }
        if !time_entries::decide(&mut tx, *id, approve, by.user_id, comment, now).await? {
            if approve && credits {
                // Someone answered it first: the credits moved above must not stand.
                return Err(Failure::refused("error-changed-meanwhile").into());
            }
            continue;
        }
        if approve {
            let approved = store::income::Approved {
                buyer_org_id: k.buyer_org_id,
                supplier_org_id: k.supplier_org_id,
                profile_id: k.profile_id,
                settlement: k.settlement,
                lgsl_id: k.lgsl_id,
                work_date: entry.work_date,
                minutes: entry.minutes,
                value_pence: domain::contracts::cost_pence(k.rate_pence, entry.minutes),
            };
            store::income::record(&mut tx, &approved).await?;
        }
        answered += 1;
        minutes += entry.minutes;
    }
    if answered > 0 {
        let action = if approve { "time-approved" } else { "time-queried" };
        deals::audit_both(
            &mut tx,
            by,
            (k.buyer_org_id, k.supplier_org_id),
            action,
            ("contract", k.id),
            None,
            Some(json!({ "entries": answered, "minutes": minutes, "comment": comment })),
            now,
        )
        .await?;
        let key = if approve {
            "notify-time-approved"
        } else {
            "notify-time-queried"
        };
        let args = [
            ("hours", format_hours(minutes)),
            ("reference", domain::contracts::reference(k.id)),
            ("comment", comment.unwrap_or_default().to_string()),
        ];
        tell(
            ctx,
            &mut tx,
            k.practitioner_id,
            key,
            &args,
            &format!("/timesheet?week={}", Week::current(now).iso()),
        )
        .await?;
    }
    tx.commit().await?;
    Ok(answered)
}

/// Moves an entry's hour credits from the buying to the supplying council. The caller
/// holds the buyer's credit lock and has checked the limit.
async fn move_credits(
    tx: &mut Tx,
    k: &Contract,
    entry: &time_entries::TimeEntry,
    by: Option<i64>,
    now: DateTime<Utc>,
) -> Result<(), TimeError> {
    let postings = ledger::hour_credit_transfer(k.buyer_org_id, k.supplier_org_id, entry.minutes);
    let memo = format!(
        "{} {} on {}",
        domain::contracts::reference(k.id),
        entry.work_date,
        entry.practitioner_name
    );
    store::ledger::post(tx, "hour_credits", ("time_entry", entry.id), &memo, &postings, by, now).await?;
    Ok(())
}

/// Approves, as deemed, submitted time whose buying council deems it approved after its
/// chosen working days. Time that would take the buyer below its credit limit stays
/// submitted. Every deemable entry is looked at, a page at a time, so entries not yet due
/// never hide those that are.
pub async fn deem_due(ctx: &Ctx) -> Result<usize, TimeError> {
    const PAGE: i64 = 500;
    let now = ctx.clock.now();
    let mut deemed = 0;
    let mut after = None;
    loop {
        let page = time_entries::deemable(&ctx.db, after, PAGE).await?;
        let Some(last) = page.last() else {
            break;
        };
        after = Some((last.submitted_at, last.id));
        let full = page.len() as i64 == PAGE;
        for d in page {
            let buyer = HolidayArea::of_nation(&d.buyer_nation);
            if rules::deemed_approved(buyer, d.submitted_at, d.days, now) {
                deemed += deem(ctx, d.id).await?;
            }
        }
        if !full {
            break;
        }
    }
    Ok(deemed)
}

/// Approves one entry as deemed; how many were approved (none when it was answered
/// meanwhile or would pass the buyer's credit limit).
async fn deem(ctx: &Ctx, id: i64) -> Result<usize, TimeError> {
    let Some(entry) = time_entries::find(&ctx.db, id).await? else {
        return Ok(0);
    };
    let system = By {
        user_id: None,
        client_ip: "",
    };
    match decide(ctx, system, entry.contract_id, &[id], true, None).await {
        Ok(n) => Ok(n),
        Err(TimeError::CreditLimit { .. }) => {
            tracing::warn!(
                entry = id,
                "deemed approval would pass the credit limit; left submitted"
            );
            Ok(0)
        }
        Err(TimeError::Step(Failure::Refused { .. })) => Ok(0),
        Err(e) => Err(e),
    }
}

/// A council admin's choice of deemed approval (None: off), with its audit entry.
pub async fn set_deemed_days(ctx: &Ctx, by: By<'_>, org_id: i64, days: Option<i64>) -> store::Result<()> {
    let now = ctx.clock.now();
    let user = by.user_id.unwrap_or_default();
    let mut tx = ctx.db.begin().await?;
    let before = time_entries::deemed_days(&mut tx, org_id).await?;
    time_entries::set_deemed_days(&mut tx, org_id, days, user, now).await?;
    let entry = super::Entry {
        org_id: Some(org_id),
        action: "time-settings-changed",
        subject: ("organisation", org_id.to_string()),
        before: Some(json!({ "deemed_approval_days": before })),
        after: Some(json!({ "deemed_approval_days": days })),
    };
    super::audit(&mut tx, by, entry, now).await?;
    tx.commit().await
}
