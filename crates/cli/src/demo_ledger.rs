//! A year of demo time, invoices and hour credits, made through the services on a clock
//! that walks week by week from a year ago: contracts booked and accepted, time recorded
//! on Tuesdays and Thursdays and submitted on Fridays, approved on Mondays, invoices made
//! and issued at each month end and paid three weeks later — leaving one overdue, one
//! cancelled by a credit note and invoiced again, this month's drafts,
//! time queried and time not yet submitted, hour credits moved, and feedback on the
//! completed contract.

use anyhow::Context;
use app::bookings as booking_service;
use app::contracts as contract_service;
use app::invoices as invoice_service;
use app::timesheets as time_service;
use app::By;
use app::{Ctx, Settings};
use chrono::{DateTime, Datelike, Duration, NaiveDate, Utc};
use domain::bookings::{BookingTerms, Settlement};
use domain::clock::{Clock, ManualClock};
use domain::contracts::{ApprovalTerms, InvoicingFrequency, Side, VatTreatment};
use domain::timesheets::DayTime;
use domain::weeks::{london_date, Week};
use std::sync::Arc;
use store::{agreements, invoices, organisations, time_entries, users, Db};
use tokio::sync::Notify;

/// A contract of the year: who buys whom, when (weeks after the year began), for how
/// long, how many hours a week, and how it is settled.
struct Plan {
    buyer: &'static str,
    council: &'static str,
    practitioner: &'static str,
    manager: &'static str,
    starts: i64,
    weeks: i64,
    hours: i64,
    settlement: Settlement,
    vat: VatTreatment,
    purpose: &'static str,
}

const PLANS: [Plan; 3] = [
    Plan {
        buyer: "dan.hughes@leeds.gov.uk",
        council: "LDS",
        practitioner: "sam.okafor@wokingham.gov.uk",
        manager: "priya.shah@wokingham.gov.uk",
        starts: 1,
        weeks: 24,
        hours: 4,
        settlement: Settlement::Money,
        vat: VatTreatment::OutsideScope,
        purpose: "Move the garden waste subscription form to GOV.UK Pay.",
    },
    Plan {
        buyer: "owain.price@cardiff.gov.uk",
        council: "CRF",
        practitioner: "mei.chen@leeds.gov.uk",
        manager: "tom.barker@leeds.gov.uk",
        starts: 32,
        weeks: 26,
        hours: 3,
        settlement: Settlement::Money,
        vat: VatTreatment::Standard,
        purpose: "Rewrite the council tax pages in plain English, in Welsh and English.",
    },
    Plan {
        buyer: "kofi.mensah@bristol.gov.uk",
        council: "BST",
        practitioner: "seren.davies@cardiff.gov.uk",
        manager: "gareth.evans@cardiff.gov.uk",
        starts: 40,
        weeks: 8,
        hours: 2,
        settlement: Settlement::HourCredits,
        vat: VatTreatment::OutsideScope,
        purpose: "Bilingual research with residents about library opening hours.",
    },
];

/// Each supplying council's finance officer, and the buying council's who pays.
fn finance(code: &str) -> &'static str {
    match code {
        "WOK" => "bernie.walsh@wokingham.gov.uk",
        "LDS" => "aisha.khan@leeds.gov.uk",
        _ => "owain.price@cardiff.gov.uk",
    }
}

struct Demo {
    ctx: Ctx,
    clock: Arc<ManualClock>,
}

fn fail(what: &'static str) -> impl Fn(String) -> anyhow::Error {
    move |e| anyhow::anyhow!("demo ledger, {what}: {e}")
}

impl Demo {
    fn now(&self) -> DateTime<Utc> {
        self.clock.now()
    }

    fn at(&self, when: DateTime<Utc>) {
        let now = self.now();
        if when > now {
            self.clock.advance(when - now);
        }
    }

    async fn by(&self, email: &str) -> anyhow::Result<By<'static>> {
        let user = users::find_by_email(&self.ctx.db, email)
            .await?
            .with_context(|| format!("demo person {email}"))?;
        Ok(By {
            user_id: Some(user.id),
            client_ip: "demo",
        })
    }

    async fn org(&self, code: &str) -> anyhow::Result<i64> {
        Ok(organisations::find_by_code(&self.ctx.db, code)
            .await?
            .with_context(|| format!("council {code}"))?
            .id)
    }

    /// Books, accepts, approves and accepts on both sides: an active contract.
    async fn contract(&self, p: &Plan) -> anyhow::Result<i64> {
        let first = Week::current(self.now());
        let last = first.plus(p.weeks - 1);
        let user = self.by(p.practitioner).await?;
        let profile = store::profiles::find_by_user(&self.ctx.db, user.user_id.unwrap_or_default())
            .await?
            .context("demo profile")?;
        let terms = BookingTerms {
            schedule: domain::bookings::weekly(first, last, p.hours * 60),
            start: first.monday(),
            end: last.sunday(),
            purpose: p.purpose.into(),
            lgsl_id: Some(524),
            po_number: Some(format!("PO-{}-{}", p.council, 7000 + p.starts)),
            settlement: p.settlement,
        };
        let org = self.org(p.council).await?;
        let buyer = self.by(p.buyer).await?;
        let booking = booking_service::request(&self.ctx, buyer, org, profile.id, &terms)
            .await
            .map_err(|e| fail("booking")(e.to_string()))?;
        booking_service::accept(&self.ctx, user, booking)
            .await
            .map_err(|e| fail("accept")(e.to_string()))?;
        let basis = agreements::legal_bases(&self.ctx.db, false)
            .await?
            .first()
            .context("a legal basis")?
            .id;
        let approval = ApprovalTerms {
            legal_basis_id: basis,
            invoicing: InvoicingFrequency::Monthly,
            vat: p.vat,
            payment_terms_days: 30,
        };
        let manager = self.by(p.manager).await?;
        let k = booking_service::approve(&self.ctx, manager, booking, &approval)
            .await
            .map_err(|e| fail("approve")(e.to_string()))?;
        for (side, who) in [(Side::Buyer, buyer), (Side::Supplier, manager)] {
            contract_service::accept(&self.ctx, who, k, side)
                .await
                .map_err(|e| fail("accept contract")(e.to_string()))?;
        }
        Ok(k)
    }

    /// The week's time on a contract, spread over the given days (0 = Monday).
    async fn record(&self, p: &Plan, k: i64, week: Week, days: &[i64], submit: bool) -> anyhow::Result<()> {
        let by = self.by(p.practitioner).await?;
        let share = p.hours * 60 / days.len().max(1) as i64 / 15 * 15;
        let cells: Vec<_> = days
            .iter()
            .map(|d| {
                (
                    k,
                    week.monday() + Duration::days(*d),
                    Some(DayTime {
                        minutes: share,
                        description: "Working sessions with the service team".into(),
                    }),
                )
            })
            .collect();
        time_service::save_week(&self.ctx, by, week, &cells)
            .await
            .map_err(|e| fail("time")(e.to_string()))?;
        if submit {
            time_service::submit_week(&self.ctx, by, week)
                .await
                .map_err(|e| fail("submit")(e.to_string()))?;
        }
        Ok(())
    }

    async fn answer(&self, p: &Plan, k: i64, approve: bool) -> anyhow::Result<()> {
        let ids: Vec<i64> = time_entries::for_contract(&self.ctx.db, k)
            .await?
            .into_iter()
            .filter(|e| e.status == domain::timesheets::TimeStatus::Submitted)
            .map(|e| e.id)
            .collect();
        if ids.is_empty() {
            return Ok(());
        }
        let comment = (!approve).then_some("Thursday's session was cancelled, I think: please check.");
        time_service::decide(&self.ctx, self.by(p.buyer).await?, k, &ids, approve, comment)
            .await
            .map_err(|e| fail("approval")(e.to_string()))?;
        Ok(())
    }

    /// Month-end: each supplying council invoices the month just ended and issues it.
    async fn month_end(&self, month: (NaiveDate, NaiveDate), issue: bool) -> anyhow::Result<Vec<i64>> {
        let mut made = Vec::new();
        for code in ["WOK", "LDS"] {
            let by = self.by(finance(code)).await?;
            let drafts = invoice_service::generate(&self.ctx, by, self.org(code).await?, month)
                .await
                .map_err(|e| fail("invoices")(e.to_string()))?;
            for id in drafts {
                if issue {
                    invoice_service::issue(&self.ctx, by, id)
                        .await
                        .map_err(|e| fail("issue")(e.to_string()))?;
                }
                made.push(id);
            }
        }
        Ok(made)
    }

    async fn pay(&self, id: i64) -> anyhow::Result<()> {
        let i = invoices::find(&self.ctx.db, id).await?.context("invoice")?;
        let payer = match i.buyer_org_id {
            b if b == self.org("LDS").await? => finance("LDS"),
            _ => finance("CRF"),
        };
        let reference = format!("BACS {}", 40_000 + id);
        invoice_service::pay(
            &self.ctx,
            self.by(payer).await?,
            id,
            london_date(self.now()),
            &reference,
        )
        .await
        .map_err(|e| fail("payment")(e.to_string()))
    }
}

fn month_of(day: NaiveDate) -> (NaiveDate, NaiveDate) {
    let first = day.with_day(1).unwrap_or(day);
    let next = if first.month() == 12 {
        NaiveDate::from_ymd_opt(first.year() + 1, 1, 1)
    } else {
        NaiveDate::from_ymd_opt(first.year(), first.month() + 1, 1)
    };
    (first, next.unwrap_or(first) - Duration::days(1))
}

fn at_hour(day: NaiveDate, hour: u32) -> DateTime<Utc> {
    domain::opportunities::london_instant(day, chrono::NaiveTime::from_hms_opt(hour, 0, 0).unwrap_or_default())
        .unwrap_or_else(|| day.and_hms_opt(hour, 0, 0).unwrap_or_default().and_utc())
}

/// Loads the year once (nothing happens if any time was recorded).
pub async fn load(db: &Db, base_url: &str, now: DateTime<Utc>) -> anyhow::Result<()> {
    if time_entries::count(db).await? > 0 {
        return Ok(());
    }
    let this_week = Week::current(now);
    let first_week = this_week.plus(-52);
    let clock = Arc::new(ManualClock::new(at_hour(first_week.monday(), 8)));
    let settings = Settings {
        base_url: base_url.trim_end_matches('/').to_string(),
        ..Default::default()
    };
    let ctx = Ctx::new(db.clone(), clock.clone(), settings, Arc::new(Notify::new()))?;
    let demo = Demo { ctx, clock };
    // Bristol may owe up to 40 hours of credit.
    let operator = demo.by("operator@microcontracts.invalid").await?;
    let mut tx = db.begin().await?;
    store::ledger::set_credit_limit(
        &mut tx,
        demo.org("BST").await?,
        40 * 60,
        operator.user_id.unwrap_or_default(),
        demo.now(),
    )
    .await?;
    tx.commit().await?;

    let mut contracts: Vec<Option<i64>> = vec![None; PLANS.len()];
    let mut issued: Vec<(i64, NaiveDate)> = Vec::new();
    let mut issued_count = 0;
    let mut overdue: Option<i64> = None;
    for w in 0..52 {
        let week = first_week.plus(w);
        // Monday: answer last week's time, book what starts now, and (on a new month)
        // invoice the month just ended and pay what is three weeks old.
        demo.at(at_hour(week.monday(), 9));
        for (i, p) in PLANS.iter().enumerate() {
            if let Some(k) = contracts[i] {
                demo.answer(p, k, true).await?;
            }
            if p.starts == w {
                contracts[i] = Some(demo.contract(p).await?);
            }
        }
        let previous = week.monday() - Duration::days(7);
        if w > 0 && previous.month() != week.monday().month() {
            let today = london_date(demo.now());
            for id in demo.month_end(month_of(previous), true).await? {
                let i = invoices::find(db, id).await?.context("invoice")?;
                issued_count += 1;
                if issued_count == 2 {
                    // The second invoice is cancelled by a credit note and invoiced again.
                    invoice_service::credit(&demo.ctx, demo.by(finance(&i.supplier_code)).await?, id)
                        .await
                        .map_err(|e| fail("credit note")(e.to_string()))?;
                    for again in demo.month_end(month_of(i.period_start), true).await? {
                        issued.push((again, today));
                    }
                } else if overdue.is_none() && i.supplier_code == "WOK" && w > PLANS[0].starts + PLANS[0].weeks {
                    // Wokingham's last invoice is never paid: overdue, its buyer reminded.
                    overdue = Some(id);
                } else {
                    issued.push((id, today));
                }
            }
        }
        let today = london_date(demo.now());
        let mut unpaid = Vec::new();
        for (id, on) in issued.drain(..) {
            if today - on >= Duration::days(21) {
                demo.pay(id).await?;
            } else {
                unpaid.push((id, on));
            }
        }
        issued = unpaid;
        // Friday: this week's time, for every contract it covers.
        demo.at(at_hour(week.monday() + Duration::days(4), 16));
        for (i, p) in PLANS.iter().enumerate() {
            if let Some(k) = contracts[i] {
                if w >= p.starts && w < p.starts + p.weeks {
                    demo.record(p, k, week, &[1, 3], true).await?;
                }
            }
        }
        // The first contract ends after its weeks, with feedback from both sides.
        if w == PLANS[0].starts + PLANS[0].weeks {
            if let Some(k) = contracts[0] {
                let p = &PLANS[0];
                contract_service::end(&demo.ctx, demo.by(p.buyer).await?, k, Side::Buyer, None)
                    .await
                    .map_err(|e| fail("complete")(e.to_string()))?;
                let mut tx = db.begin().await?;
                for (side, who, rating, comment) in [
                    (
                        "buyer",
                        p.buyer,
                        5,
                        "Sam moved our form to GOV.UK Pay in half the time we planned.",
                    ),
                    (
                        "supplier",
                        p.manager,
                        4,
                        "Clear brief and quick answers from Leeds's team.",
                    ),
                ] {
                    let by = demo.by(who).await?.user_id.unwrap_or_default();
                    store::feedback::give(&mut tx, k, side, rating, comment, by, demo.now()).await?;
                }
                tx.commit().await?;
            }
        }
    }
    // This week so far: last week's time answered (one contract's queried), this month's
    // drafts made, and time recorded but not submitted.
    demo.at(at_hour(this_week.monday(), 9));
    for (i, p) in PLANS.iter().enumerate() {
        if let Some(k) = contracts[i] {
            demo.answer(p, k, i != 1).await?;
        }
    }
    demo.month_end(month_of(london_date(demo.now())), false).await?;
    invoice_service::remind_overdue(&demo.ctx)
        .await
        .map_err(|e| fail("reminder")(e.to_string()))?;
    if let Some(k) = contracts[1] {
        let tuesday = this_week.monday() + Duration::days(1);
        if now > at_hour(tuesday, 17) {
            demo.at(at_hour(tuesday, 17));
            demo.record(&PLANS[1], k, this_week, &[1], false).await?;
        }
    }
    tracing::info!("demo year of time, invoices and hour credits loaded");
    Ok(())
}
