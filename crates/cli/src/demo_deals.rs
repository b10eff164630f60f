//! Demo bookings and contracts in every state, made through the same services people use
//! (so every audit entry and notification exists too): an agreement signed by most demo
//! councils, profiles for the demo practitioners, requests waiting, accepted, declined,
//! withdrawn and lapsed, and contracts proposed, active (one varied, one with a variation
//! waiting), completed and terminated.

use anyhow::Context;
use app::bookings as booking_service;
use app::contracts::{self as contract_service, Answer};
use app::By;
use app::{Ctx, Settings};
use chrono::{DateTime, Duration, Utc};
use domain::bookings::{BookingTerms, Schedule, Settlement};
use domain::clock::ManualClock;
use domain::contracts::{ApprovalTerms, InvoicingFrequency, Side, VariationInput, VatTreatment};
use domain::weeks::{london_date, Week};
use std::sync::Arc;
use store::profiles::{DetailsUpdate, ImportProfile};
use store::{agreements, organisations, users, Db};
use tokio::sync::Notify;

const AGREEMENT: &str = "1. Purpose. The supplying council makes the named officer's time available to the buying council for the work described in each contract, under the legal basis the contract names.

2. Direction and supervision. The buying council directs the day-to-day work; the supplying council remains the officer's employer and keeps responsibility for their pay, conduct and wellbeing.

3. Time and charges. The officer records time in quarter hours. The buying council approves it. The supplying council invoices approved time at the contract's rate (or moves hour credits), and the buying council pays within the contract's payment terms.

4. Data protection. Each council remains controller of its own personal data. The officer follows the buying council's data protection policies for the data it makes available to them.

5. Ending a contract. Either council may end a contract early with a reason. Time worked before then is paid for.";

/// A demo practitioner's own profile: who, where, role level, hours a week, rate.
const PRACTITIONERS: &[(&str, &str, &str, &str, i64, i64)] = &[
    (
        "sam.okafor@wokingham.gov.uk",
        "Developer of booking and payment forms",
        "I build accessible online forms for waste, parking and council tax, and help teams move them to GOV.UK Pay.",
        "Senior developer",
        20,
        7200,
    ),
    (
        "mei.chen@leeds.gov.uk",
        "Content designer for housing and benefits",
        "I rewrite council content in plain English, test it with residents and train teams to keep it that way.",
        "Content designer",
        10,
        5200,
    ),
    (
        "seren.davies@cardiff.gov.uk",
        "Bilingual user researcher (Welsh and English)",
        "I plan and run research with residents in Welsh and English, and help teams act on what they hear.",
        "Senior user researcher",
        15,
        6500,
    ),
];

struct Demo {
    ctx: Ctx,
    clock: Arc<ManualClock>,
}

impl Demo {
    async fn user(&self, email: &str) -> anyhow::Result<i64> {
        Ok(users::find_by_email(&self.ctx.db, email)
            .await?
            .with_context(|| format!("demo person {email}"))?
            .id)
    }

    async fn by(&self, email: &str) -> anyhow::Result<By<'static>> {
        Ok(By {
            user_id: Some(self.user(email).await?),
            client_ip: "demo",
        })
    }

    async fn org(&self, code: &str) -> anyhow::Result<i64> {
        Ok(organisations::find_by_code(&self.ctx.db, code)
            .await?
            .with_context(|| format!("council {code}"))?
            .id)
    }

    async fn profile(&self, email: &str) -> anyhow::Result<i64> {
        let user = self.user(email).await?;
        Ok(store::profiles::find_by_user(&self.ctx.db, user)
            .await?
            .with_context(|| format!("profile of {email}"))?
            .id)
    }

    fn at(&self, when: DateTime<Utc>) {
        let now = domain::clock::Clock::now(self.clock.as_ref());
        self.clock.advance(when - now);
    }

    async fn request(
        &self,
        buyer: &str,
        council: &str,
        practitioner: &str,
        weeks: (i64, i64),
        hours: i64,
    ) -> anyhow::Result<i64> {
        let now = domain::clock::Clock::now(self.clock.as_ref());
        let this_week = Week::current(now);
        let first = this_week.plus(weeks.0);
        let last = this_week.plus(weeks.1);
        let schedule: Schedule = first.through(last).into_iter().map(|w| (w, hours * 60)).collect();
        let terms = BookingTerms {
            schedule,
            start: first.monday().max(london_date(now)),
            end: last.sunday(),
            purpose: "Help our team with a discovery into why residents phone instead of using the online form.".into(),
            lgsl_id: Some(524),
            po_number: Some(format!("PO-{}", 4100 + weeks.0 * 10 + hours)),
            settlement: if council == "BST" {
                Settlement::HourCredits
            } else {
                Settlement::Money
            },
        };
        let org = self.org(council).await?;
        let profile = self.profile(practitioner).await?;
        booking_service::request(&self.ctx, self.by(buyer).await?, org, profile, &terms)
            .await
            .map_err(|e| anyhow::anyhow!("demo booking: {e}"))
    }

    async fn approved(&self, booking: i64, practitioner: &str, manager: &str) -> anyhow::Result<i64> {
        booking_service::accept(&self.ctx, self.by(practitioner).await?, booking)
            .await
            .map_err(|e| anyhow::anyhow!("demo accept: {e}"))?;
        let basis = agreements::legal_bases(&self.ctx.db, false)
            .await?
            .first()
            .context("a legal basis")?
            .id;
        let terms = ApprovalTerms {
            legal_basis_id: basis,
            invoicing: InvoicingFrequency::Monthly,
            vat: VatTreatment::OutsideScope,
            payment_terms_days: 30,
        };
        booking_service::approve(&self.ctx, self.by(manager).await?, booking, &terms)
            .await
            .map_err(|e| anyhow::anyhow!("demo approve: {e}"))
    }

    async fn active(&self, contract: i64, buyer: &str, supplier: &str) -> anyhow::Result<()> {
        contract_service::accept(&self.ctx, self.by(buyer).await?, contract, Side::Buyer)
            .await
            .map_err(|e| anyhow::anyhow!("demo accept contract: {e}"))?;
        contract_service::accept(&self.ctx, self.by(supplier).await?, contract, Side::Supplier)
            .await
            .map_err(|e| anyhow::anyhow!("demo accept contract: {e}"))?;
        Ok(())
    }

    async fn vary(&self, contract: i64, who: &str, side: Side, extra_hours: &str, summary: &str) -> anyhow::Result<()> {
        let c = store::contracts::find(&self.ctx.db, contract)
            .await?
            .context("contract")?;
        let (_, current) = contract_service::current_terms(&self.ctx.db, &c)
            .await
            .map_err(|e| anyhow::anyhow!("{e}"))?;
        let now = domain::clock::Clock::now(self.clock.as_ref());
        let this_week = Week::current(now);
        let input = VariationInput {
            extra_hours_per_week: extra_hours.into(),
            from_week: this_week.plus(2).iso(),
            to_week: this_week.plus(3).iso(),
            summary: summary.into(),
            ..Default::default()
        };
        let v = domain::contracts::validate_variation(&current, &input, london_date(now))
            .map_err(|e| anyhow::anyhow!("demo variation: {e:?}"))?;
        contract_service::propose_variation(&self.ctx, self.by(who).await?, contract, side, c.current_version, &v)
            .await
            .map_err(|e| anyhow::anyhow!("demo variation: {e}"))?;
        Ok(())
    }
}

/// Loads the demo deals once (nothing happens if any booking exists).
pub async fn load(db: &Db, base_url: &str, now: DateTime<Utc>) -> anyhow::Result<()> {
    if store::bookings::count(db).await? > 0 {
        return Ok(());
    }
    let clock = Arc::new(ManualClock::new(now - Duration::days(15)));
    let settings = Settings {
        base_url: base_url.trim_end_matches('/').to_string(),
        ..Default::default()
    };
    let ctx = Ctx::new(db.clone(), clock.clone(), settings, Arc::new(Notify::new()))?;
    let demo = Demo { ctx, clock };
    let operator = demo.by("operator@microcontracts.invalid").await?;

    // The agreement, signed by every demo council but Hackney (whose page shows why it
    // cannot accept contracts yet).
    let agreement = match agreements::current(db).await? {
        Some(a) => a.id,
        None => contract_service::publish_agreement(
            &demo.ctx,
            operator,
            "1.0",
            "Council to council services agreement",
            AGREEMENT,
        )
        .await
        .map_err(|e| anyhow::anyhow!("{e}"))?,
    };
    for (code, admin, signatory) in [
        ("WOK", "alex.morgan@wokingham.gov.uk", "Chief Executive"),
        (
            "LDS",
            "ruth.adeyemi@leeds.gov.uk",
            "Chief Digital and Information Officer",
        ),
        ("CRF", "gareth.evans@cardiff.gov.uk", "Director of Customer Services"),
        ("BST", "kofi.mensah@bristol.gov.uk", "Head of Digital"),
    ] {
        let input = contract_service::SignatureInput {
            org_id: demo.org(code).await?,
            agreement_version_id: agreement,
            signatory_name: "Jo Chief",
            signatory_role: signatory,
            signed_on: london_date(now) - Duration::days(20),
        };
        contract_service::record_signature(&demo.ctx, demo.by(admin).await?, &input)
            .await
            .map_err(|e| anyhow::anyhow!("{e}"))?;
    }

    // The demo practitioners' own listed profiles.
    let levels = store::reference::levels(db).await?;
    for (email, headline, about, level, hours, rate) in PRACTITIONERS {
        let user = users::find_by_email(db, email).await?.context("demo practitioner")?;
        if store::profiles::find_by_user(db, user.id).await?.is_some() {
            continue;
        }
        let org = store::members::memberships_of(db, user.id)
            .await?
            .first()
            .context("membership")?
            .org_id;
        let level = levels.iter().find(|l| l.name == *level).context("level")?.id;
        let p = ImportProfile {
            user_id: user.id,
            org_id: org,
            details: DetailsUpdate {
                display_name: &user.display_name,
                headline,
                about,
                region: None,
                work_mode: "either",
                contact_email: None,
            },
            level_ids: &[level],
            skill_ids: &[],
            lgsl_ids: &[524],
            done_before: &[],
            capacity_minutes: hours * 60,
            // A year back, so that the demo year of contracts had hours to book.
            available_from: london_date(now) - Duration::days(400),
            available_to: None,
            unavailable_weeks: &[],
            status: "listed",
        };
        let mut tx = db.begin().await?;
        let id = store::profiles::import(&mut tx, &p, now).await?;
        store::profiles::set_manager_fields(&mut tx, id, Some(*rate), None, now).await?;
        tx.commit().await?;
    }

    let (sam, mei, seren) = (
        "sam.okafor@wokingham.gov.uk",
        "mei.chen@leeds.gov.uk",
        "seren.davies@cardiff.gov.uk",
    );
    let (dan, owain, kofi) = (
        "dan.hughes@leeds.gov.uk",
        "owain.price@cardiff.gov.uk",
        "kofi.mensah@bristol.gov.uk",
    );
    let (priya, tom, gareth) = (
        "priya.shah@wokingham.gov.uk",
        "tom.barker@leeds.gov.uk",
        "gareth.evans@cardiff.gov.uk",
    );
    fn failed(e: impl Into<app::failure::Failure>) -> anyhow::Error {
        anyhow::anyhow!("demo deals: {}", e.into())
    }

    // Fifteen days ago: a request nobody answered, which has lapsed since.
    demo.request(kofi, "BST", seren, (2, 3), 2).await?;

    demo.at(now - Duration::days(6));
    // A contract that ran its course and one ended early.
    let b = demo.request(owain, "CRF", mei, (0, 1), 2).await?;
    let k = demo.approved(b, mei, tom).await?;
    demo.active(k, owain, tom).await?;
    contract_service::end(&demo.ctx, demo.by(owain).await?, k, Side::Buyer, None)
        .await
        .map_err(failed)?;
    let b = demo.request(kofi, "BST", mei, (1, 4), 2).await?;
    let k = demo.approved(b, mei, tom).await?;
    demo.active(k, kofi, tom).await?;
    let reason = Some("Mei is needed on our own council tax project.");
    contract_service::end(&demo.ctx, demo.by(tom).await?, k, Side::Supplier, reason)
        .await
        .map_err(failed)?;

    demo.at(now - Duration::days(2));
    // Active contracts: one varied and accepted, one with a variation waiting.
    let b = demo.request(dan, "LDS", seren, (0, 5), 3).await?;
    let k = demo.approved(b, seren, gareth).await?;
    demo.active(k, dan, gareth).await?;
    demo.vary(
        k,
        dan,
        Side::Buyer,
        "1",
        "One more hour a week to analyse the interviews.",
    )
    .await?;
    contract_service::answer_variation(&demo.ctx, demo.by(gareth).await?, k, Side::Supplier, Answer::Accept)
        .await
        .map_err(failed)?;
    let b = demo.request(kofi, "BST", sam, (1, 6), 4).await?;
    let k = demo.approved(b, sam, priya).await?;
    demo.active(k, kofi, priya).await?;
    let summary = "Sam can give two more hours while the payment work is busy.";
    demo.vary(k, priya, Side::Supplier, "2", summary).await?;
    // A proposed contract neither council has accepted yet.
    let b = demo.request(owain, "CRF", sam, (2, 5), 3).await?;
    demo.approved(b, sam, priya).await?;

    demo.at(now - Duration::hours(20));
    // Requests: waiting for the practitioner, waiting for a manager, declined, withdrawn.
    demo.request(dan, "LDS", sam, (1, 4), 3).await?;
    let b = demo.request(kofi, "BST", mei, (2, 3), 2).await?;
    booking_service::accept(&demo.ctx, demo.by(mei).await?, b)
        .await
        .map_err(failed)?;
    let b = demo.request(owain, "CRF", sam, (6, 8), 2).await?;
    let reason = "I am committed to our own payments project in those weeks.";
    booking_service::decline(&demo.ctx, demo.by(sam).await?, b, reason)
        .await
        .map_err(failed)?;
    let b = demo.request(dan, "LDS", seren, (4, 5), 1).await?;
    booking_service::withdraw(&demo.ctx, demo.by(dan).await?, b)
        .await
        .map_err(failed)?;

    demo.at(now);
    let lapsed = booking_service::expire_lapsed(&demo.ctx)
        .await
        .map_err(|e| anyhow::anyhow!("{e}"))?;
    tracing::info!(lapsed, "demo bookings and contracts loaded");
    Ok(())
}
