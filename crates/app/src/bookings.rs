//! Booking a practitioner's hours (SPEC §4.4): the request holds the hours at once; the
//! practitioner and then a manager answer; approval turns it into a proposed contract.
//! Every step is one transaction with its audit entries and notifications.

use super::deals::{self, check_free};
use super::notify::{notify, tell, tell_role, Recipient};
use super::By;
use crate::Ctx;
use chrono::{DateTime, Utc};
use domain::authz::{authorise, Action, Actor};
use domain::bookings::{self as rules, BookingEvent, BookingStatus, BookingTerms};
use domain::contracts::{ApprovalInput, ApprovalTerms, Side, Terms};
use domain::hours::format_hours;
use domain::roles::Role;
use serde_json::json;
use store::bookings::{self, Booking, NewBooking, Transition};
use store::capacity::{self, HoldKind};
use store::contracts::{self, NewContract, NewVersion};
use store::{agreements, profiles, users, Tx};

step_error! {
    /// Why a step on a booking did not happen.
    BookingError {
        /// Some weeks do not have the hours free.
        #[error("not enough free hours")]
        NoCapacity(Vec<domain::bookings::Shortfall>),
    }
}

/// Where the holds of a booking request are recorded.
pub fn hold_source(id: i64) -> (&'static str, i64) {
    ("booking", id)
}

/// Booking `id`, if `actor` may see it: someone of either council, or the practitioner.
pub async fn visible(ctx: &Ctx, actor: Option<&Actor>, id: i64) -> Result<Booking, BookingError> {
    let b = bookings::find(&ctx.db, id).await?.ok_or(BookingError::NotFound)?;
    authorise(
        actor,
        Action::ViewDeal {
            buyer: b.buyer_org_id,
            supplier: b.supplier_org_id,
            practitioner: b.practitioner_id,
        },
    )?;
    Ok(b)
}

step_names!(
    /// The steps people take on a booking request, as pages and the API name them.
    StepName {
        Accept => "accept",
        Decline => "decline",
        Withdraw => "withdraw",
        Approve => "approve",
    }
);

/// A step with what it needs: a reason to decline, the contract's terms to approve.
#[derive(Debug, Clone)]
pub enum Step {
    Accept,
    Decline { reason: String },
    Withdraw,
    Approve(ApprovalInput),
}

/// What a step did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StepDone {
    Accepted,
    Declined,
    Withdrawn,
    /// Approved: the contract proposed to both councils.
    Proposed {
        contract_id: i64,
    },
}

/// Takes `step` on booking `b` (as `visible` read it) for `actor`: the practitioner
/// answers a new request, a manager of their council approves (or declines) one they
/// accepted, a buyer withdraws. Authorised first, then validated, then run; each step
/// checks the booking's state again in its own transaction.
pub async fn take_step(
    ctx: &Ctx,
    actor: Option<&Actor>,
    by: By<'_>,
    b: &Booking,
    step: Step,
) -> Result<StepDone, BookingError> {
    let id = b.id;
    let answer = Action::AnswerBooking {
        practitioner: b.practitioner_id,
    };
    let approve_it = Action::ApproveBooking(b.supplier_org_id);
    match step {
        Step::Accept => {
            authorise(actor, answer)?;
            accept(ctx, by, id).await?;
            Ok(StepDone::Accepted)
        }
        Step::Decline { reason } => {
            // The practitioner answers a new request; a manager one the practitioner accepted.
            authorise(
                actor,
                if b.status == BookingStatus::Accepted {
                    approve_it
                } else {
                    answer
                },
            )?;
            let reason = rules::validate_reason(&reason).map_err(BookingError::Invalid)?;
            decline(ctx, by, id, &reason).await?;
            Ok(StepDone::Declined)
        }
        Step::Withdraw => {
            authorise(
                actor,
                Action::ActFor {
                    side: Side::Buyer,
                    org: b.buyer_org_id,
                },
            )?;
            withdraw(ctx, by, id).await?;
            Ok(StepDone::Withdrawn)
        }
        Step::Approve(input) => {
            authorise(actor, approve_it)?;
            let bases: Vec<i64> = agreements::legal_bases(&ctx.db, false)
                .await?
                .iter()
                .map(|l| l.id)
                .collect();
            let terms = domain::contracts::validate_approval(&input, &bases).map_err(BookingError::Invalid)?;
            let contract_id = approve(ctx, by, id, &terms).await?;
            Ok(StepDone::Proposed { contract_id })
        }
    }
}

/// A buyer of `buyer_org_id` asks for a listed practitioner's hours.
pub async fn request(
    ctx: &Ctx,
    by: By<'_>,
    buyer_org_id: i64,
    profile_id: i64,
    terms: &BookingTerms,
) -> Result<i64, BookingError> {
    let now = ctx.clock.now();
    let user_id = by.user_id.ok_or(BookingError::NotFound)?;
    let mut tx = ctx.db.begin().await?;
    capacity::lock_profile_capacity(&mut tx, profile_id).await?;
    let profile = profiles::find(&mut tx, profile_id)
        .await?
        .ok_or(BookingError::NotFound)?;
    if profile.status != domain::pool::ProfileStatus::Listed {
        return Err(BookingError::refused("error-booking-not-listed"));
    }
    if profile.org_id == buyer_org_id {
        return Err(BookingError::refused("error-booking-own-council"));
    }
    let rate_pence = profile
        .rate_pence
        .ok_or(BookingError::refused("error-booking-no-rate"))?;
    if let Some(lgsl) = terms.lgsl_id {
        if store::reference::service(&mut tx, lgsl).await?.is_none() {
            return Err(BookingError::Invalid(domain::ValidationErrors::single(
                "lgsl_id",
                "error-service",
            )));
        }
    }
    check_free(&mut tx, profile_id, &terms.schedule)
        .await?
        .map_err(BookingError::NoCapacity)?;
    // The lending council answers, so its bank holidays are not counted.
    let lender = store::organisations::find_by_id(&mut tx, profile.org_id)
        .await?
        .ok_or(BookingError::NotFound)?;
    let lender_area = domain::bank_holidays::HolidayArea::of_nation(&lender.nation);
    let new = NewBooking {
        profile_id,
        practitioner_id: profile.user_id,
        buyer_org_id,
        supplier_org_id: profile.org_id,
        requested_by: user_id,
        purpose: &terms.purpose,
        lgsl_id: terms.lgsl_id,
        po_number: terms.po_number.as_deref(),
        settlement: terms.settlement.as_str(),
        rate_pence,
        start: terms.start,
        end: terms.end,
        expires_at: domain::calendar::working_days_deadline(lender_area, now, rules::ANSWER_WITHIN_WORKING_DAYS),
    };
    let id = bookings::create(&mut tx, &new, &terms.schedule, now).await?;
    capacity::add_holds(
        &mut tx,
        profile_id,
        &terms.schedule,
        HoldKind::Request,
        hold_source(id),
        now,
    )
    .await?;
    let booking = bookings::find(&mut tx, id).await?.ok_or(BookingError::NotFound)?;
    let after = json!({ "status": "requested", "minutes": booking.minutes, "rate_pence": rate_pence, "weeks": terms.schedule.len() });
    deals::audit_both(
        &mut tx,
        by,
        (buyer_org_id, profile.org_id),
        "booking-requested",
        ("booking", id),
        None,
        Some(after),
        now,
    )
    .await?;
    let practitioner = users::find_by_id(&mut tx, profile.user_id)
        .await?
        .ok_or(BookingError::NotFound)?;
    notify(
        ctx,
        &mut tx,
        &Recipient {
            user_id: practitioner.id,
            email: &practitioner.email,
        },
        "notify-booking-requested",
        &[
            ("council", booking.buyer_org_name.clone()),
            ("hours", format_hours(booking.minutes)),
        ],
        &link(id),
        now,
    )
    .await?;
    tx.commit().await?;
    Ok(id)
}

pub fn link(id: i64) -> String {
    format!("/bookings/{id}")
}

async fn load(tx: &mut Tx, id: i64) -> Result<(Booking, BookingStatus), BookingError> {
    let booking = bookings::find(&mut *tx, id).await?.ok_or(BookingError::NotFound)?;
    let status = booking.status;
    Ok((booking, status))
}

/// Moves the request along its lifecycle, if nobody else moved it first.
async fn step(
    tx: &mut Tx,
    booking: &Booking,
    from: BookingStatus,
    event: BookingEvent,
    by: Option<i64>,
    reason: Option<&str>,
    now: DateTime<Utc>,
) -> Result<BookingStatus, BookingError> {
    let to = rules::next_booking_status(from, event).map_err(|e| BookingError::refused(e.key()))?;
    let t = Transition {
        id: booking.id,
        from: from.as_str(),
        to: to.as_str(),
        by,
        reason,
    };
    if !bookings::transition(tx, &t, now).await? {
        return Err(BookingError::refused("error-changed-meanwhile"));
    }
    if !to.is_open() && to != BookingStatus::Approved {
        capacity::release_holds(tx, hold_source(booking.id).0, booking.id, now).await?;
    }
    Ok(to)
}

/// The practitioner accepts: their managers are asked to approve; the buyer is told.
pub async fn accept(ctx: &Ctx, by: By<'_>, id: i64) -> Result<(), BookingError> {
    let now = ctx.clock.now();
    let mut tx = ctx.db.begin().await?;
    let (b, from) = load(&mut tx, id).await?;
    step(&mut tx, &b, from, BookingEvent::Accept, by.user_id, None, now).await?;
    record(&mut tx, by, &b, "booking-accepted", from, BookingStatus::Accepted, now).await?;
    let args = [
        ("name", b.practitioner_name.clone()),
        ("council", b.buyer_org_name.clone()),
    ];
    tell_role(
        ctx,
        &mut tx,
        b.supplier_org_id,
        Role::Manager,
        "notify-booking-to-approve",
        &args,
        &link(id),
    )
    .await?;
    tell(
        ctx,
        &mut tx,
        b.requested_by,
        "notify-booking-accepted",
        &args,
        &link(id),
    )
    .await?;
    tx.commit().await?;
    Ok(())
}

/// The practitioner (while requested) or a manager (once accepted) declines, with a
/// reason; the hours are released at once.
pub async fn decline(ctx: &Ctx, by: By<'_>, id: i64, reason: &str) -> Result<(), BookingError> {
    let now = ctx.clock.now();
    let mut tx = ctx.db.begin().await?;
    let (b, from) = load(&mut tx, id).await?;
    step(&mut tx, &b, from, BookingEvent::Decline, by.user_id, Some(reason), now).await?;
    record(&mut tx, by, &b, "booking-declined", from, BookingStatus::Declined, now).await?;
    let args = [
        ("name", b.practitioner_name.clone()),
        ("council", b.supplier_org_name.clone()),
        ("reason", reason.to_string()),
    ];
    tell(
        ctx,
        &mut tx,
        b.requested_by,
        "notify-booking-declined",
        &args,
        &link(id),
    )
    .await?;
    if by.user_id != Some(b.practitioner_id) {
        tell(
            ctx,
            &mut tx,
            b.practitioner_id,
            "notify-booking-declined",
            &args,
            &link(id),
        )
        .await?;
    }
    tx.commit().await?;
    Ok(())
}

/// The buyer takes the request back; the hours are released at once.
pub async fn withdraw(ctx: &Ctx, by: By<'_>, id: i64) -> Result<(), BookingError> {
    let now = ctx.clock.now();
    let mut tx = ctx.db.begin().await?;
    let (b, from) = load(&mut tx, id).await?;
    step(&mut tx, &b, from, BookingEvent::Withdraw, by.user_id, None, now).await?;
    record(
        &mut tx,
        by,
        &b,
        "booking-withdrawn",
        from,
        BookingStatus::Withdrawn,
        now,
    )
    .await?;
    let args = [("council", b.buyer_org_name.clone())];
    tell(
        ctx,
        &mut tx,
        b.practitioner_id,
        "notify-booking-withdrawn",
        &args,
        &link(id),
    )
    .await?;
    tx.commit().await?;
    Ok(())
}

/// Withdraws an open request for a practitioner who has left the supplying council, in
/// the caller's transaction; the buyer who asked is told why.
pub(crate) async fn withdraw_as_practitioner_left(
    ctx: &Ctx,
    tx: &mut Tx,
    by: By<'_>,
    id: i64,
    now: DateTime<Utc>,
) -> Result<(), BookingError> {
    let (b, from) = load(tx, id).await?;
    step(tx, &b, from, BookingEvent::Withdraw, by.user_id, None, now).await?;
    record(tx, by, &b, "booking-withdrawn", from, BookingStatus::Withdrawn, now).await?;
    let args = [
        ("name", b.practitioner_name.clone()),
        ("council", b.supplier_org_name.clone()),
    ];
    tell(
        ctx,
        tx,
        b.requested_by,
        "notify-booking-practitioner-left",
        &args,
        &link(id),
    )
    .await?;
    Ok(())
}

/// A manager of the practitioner's council approves with the contract's terms: the request
/// becomes a proposed contract, its held hours become the contract's.
pub async fn approve(ctx: &Ctx, by: By<'_>, id: i64, approval: &ApprovalTerms) -> Result<i64, BookingError> {
    let now = ctx.clock.now();
    let user_id = by.user_id.ok_or(BookingError::NotFound)?;
    let mut tx = ctx.db.begin().await?;
    let (b, from) = load(&mut tx, id).await?;
    capacity::lock_profile_capacity(&mut tx, b.profile_id).await?;
    let agreement = agreements::current(&mut tx)
        .await?
        .ok_or(BookingError::refused("error-no-agreement"))?;
    step(&mut tx, &b, from, BookingEvent::Approve, by.user_id, None, now).await?;
    let contract = NewContract {
        buyer_org_id: b.buyer_org_id,
        supplier_org_id: b.supplier_org_id,
        profile_id: b.profile_id,
        practitioner_id: b.practitioner_id,
        booking_id: Some(b.id),
        purpose: &b.purpose,
        lgsl_id: b.lgsl_id,
        agreement_version_id: agreement.id,
        buyer_contact_id: Some(b.requested_by),
        supplier_contact_id: Some(user_id),
    };
    let contract_id = contracts::create(&mut tx, &contract, now).await?;
    let schedule = bookings::weeks(&mut tx, id).await?;
    let terms = Terms {
        rate_pence: b.rate_pence,
        schedule: schedule.clone(),
        start: b.start_date,
        end: b.end_date,
        settlement: b.settlement,
        invoicing: approval.invoicing,
        po_number: b.po_number.clone(),
        vat: approval.vat,
        payment_terms_days: approval.payment_terms_days,
        legal_basis_id: approval.legal_basis_id,
    };
    let version = NewVersion {
        contract_id,
        version: 1,
        status: "accepted",
        terms: &terms,
        summary: "",
        proposed_by_side: Side::Supplier,
        proposed_by: user_id,
    };
    contracts::add_version(&mut tx, &version, now).await?;
    bookings::link_contract(&mut tx, id, contract_id).await?;
    capacity::release_holds(&mut tx, hold_source(id).0, id, now).await?;
    capacity::add_holds(
        &mut tx,
        b.profile_id,
        &schedule,
        HoldKind::Contract,
        super::contracts::hold_source(contract_id),
        now,
    )
    .await?;
    record(&mut tx, by, &b, "booking-approved", from, BookingStatus::Approved, now).await?;
    let after = json!({ "status": "proposed", "booking_id": id, "rate_pence": terms.rate_pence, "hours_cap_minutes": terms.hours_cap_minutes(), "value_cap_pence": terms.value_cap_pence() });
    deals::audit_both(
        &mut tx,
        by,
        (b.buyer_org_id, b.supplier_org_id),
        "contract-proposed",
        ("contract", contract_id),
        None,
        Some(after),
        now,
    )
    .await?;
    let contract_link = super::contracts::link(contract_id);
    let args = [
        ("name", b.practitioner_name.clone()),
        ("council", b.supplier_org_name.clone()),
        ("reference", domain::contracts::reference(contract_id)),
    ];
    tell(
        ctx,
        &mut tx,
        b.practitioner_id,
        "notify-booking-approved",
        &args,
        &contract_link,
    )
    .await?;
    tell_role(
        ctx,
        &mut tx,
        b.buyer_org_id,
        Role::Buyer,
        "notify-contract-to-accept",
        &args,
        &contract_link,
    )
    .await?;
    tx.commit().await?;
    Ok(contract_id)
}

/// Lapses every open request whose time to answer has run out, releasing its hours and
/// telling the buyer and the practitioner. Safe to run on several instances at once:
/// each lapse is conditional on the status it saw. Returns how many lapsed.
pub async fn expire_lapsed(ctx: &Ctx) -> Result<usize, BookingError> {
    let now = ctx.clock.now();
    let mut lapsed = 0;
    loop {
        let due = bookings::lapsed(&ctx.db, now, 100).await?;
        if due.is_empty() {
            return Ok(lapsed);
        }
        let batch = due.len();
        for (id, _) in due {
            let mut tx = ctx.db.begin().await?;
            let (b, from) = load(&mut tx, id).await?;
            match step(&mut tx, &b, from, BookingEvent::Expire, None, None, now).await {
                Ok(_) => {}
                Err(BookingError::Refused { .. }) => continue,
                Err(e) => return Err(e),
            }
            let by = By {
                user_id: None,
                client_ip: "",
            };
            record(&mut tx, by, &b, "booking-expired", from, BookingStatus::Expired, now).await?;
            let args = [
                ("name", b.practitioner_name.clone()),
                ("council", b.buyer_org_name.clone()),
            ];
            tell(ctx, &mut tx, b.requested_by, "notify-booking-expired", &args, &link(id)).await?;
            tell(
                ctx,
                &mut tx,
                b.practitioner_id,
                "notify-booking-expired",
                &args,
                &link(id),
            )
            .await?;
            tx.commit().await?;
            lapsed += 1;
        }
        if batch < 100 {
            return Ok(lapsed);
        }
    }
}

async fn record(
    tx: &mut Tx,
    by: By<'_>,
    b: &Booking,
    action: &str,
    from: BookingStatus,
    to: BookingStatus,
    now: DateTime<Utc>,
) -> store::Result<()> {
    deals::audit_both(
        tx,
        by,
        (b.buyer_org_id, b.supplier_org_id),
        action,
        ("booking", b.id),
        Some(json!({ "status": from.as_str() })),
        Some(json!({ "status": to.as_str() })),
        now,
    )
    .await
}
