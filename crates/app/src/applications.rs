//! Applications (SPEC §4.3): a practitioner (or a council team) applies until closing; a
//! manager of their council approves before the buyer can see it; after closing the buyer
//! scores, shortlists and records the outcome. An award creates a proposed microcontract
//! per practitioner offered. Every step is one transaction with its audit entry.

use super::deals;
use super::notify::{tell, tell_role};
use super::opportunities::{load, OpportunityError};
use super::{audit, By, Entry};
use crate::Ctx;
use chrono::{DateTime, Utc};
use domain::bookings::spread;
use domain::contracts::{InvoicingFrequency, Side, Terms};
use domain::money::format_pence;
use domain::opportunities::{self as rules, ApplicationStatus, ApplicationTerms, Event, Kind, Status};
use domain::pool::ProfileStatus;
use domain::roles::Role;
use domain::ValidationErrors;
use serde_json::json;
use store::applications::{self, Application, NewApplication};
use store::capacity::{self, HoldKind};
use store::contracts::{self, NewContract, NewVersion};
use store::opportunities::{self as store_opps, Opportunity};
use store::{agreements, profiles, Tx};

step_error! {
    /// Why a step on an application did not happen.
    ApplicationError {}
}

step_error_from!(ApplicationError <- OpportunityError);

pub fn link_to(id: i64) -> String {
    format!("/applications/{id}")
}

/// Whether the buyer may see the application: approved (or settled) once the opportunity
/// has closed.
pub fn shown_to_buyer(a: &Application) -> bool {
    matches!(
        a.status,
        ApplicationStatus::Approved | ApplicationStatus::Awarded | ApplicationStatus::Unsuccessful
    ) && a.opportunity_status != Status::Live
}

/// What reading the application asks of the viewer (the pages and the API ask alike).
pub fn view_action(a: &Application) -> domain::authz::Action {
    domain::authz::Action::ViewApplication {
        applicant: a.applicant_id,
        org: a.org_id,
        owner: a.opportunity_org_id,
        shown_to_buyer: shown_to_buyer(a),
    }
}

/// Who an application offers: the applicant alone (a specialist), or named colleagues
/// with their hours (a council team, for an outcome).
pub enum Offer {
    Myself,
    Team(Vec<(i64, i64)>),
}

/// Sends (or sends again, after an edit or a withdrawal) an application. It goes to the
/// managers of the applying council.
pub async fn apply(
    ctx: &Ctx,
    by: By<'_>,
    opportunity_id: i64,
    org_id: i64,
    terms: &ApplicationTerms,
    offer: Offer,
) -> Result<i64, ApplicationError> {
    let now = ctx.clock.now();
    let user = by.user_id.ok_or(ApplicationError::NotFound)?;
    let mut tx = ctx.db.begin().await?;
    let (o, status) = load(&mut tx, opportunity_id).await?;
    if status != Status::Live || o.closes_at.is_none_or(|c| c <= now) {
        return Err(ApplicationError::refused("error-applications-closed"));
    }
    let team = matches!(offer, Offer::Team(_));
    let members = match offer {
        Offer::Myself => {
            let profile = profiles::find_by_user(&mut tx, user)
                .await?
                .filter(|p| p.org_id == org_id && p.status == ProfileStatus::Listed)
                .ok_or(ApplicationError::refused("error-apply-not-listed"))?;
            vec![(profile.id, o.minutes.unwrap_or_default())]
        }
        Offer::Team(named) => {
            if o.kind.as_deref() != Some(Kind::Outcome.as_str()) {
                return Err(ApplicationError::refused("error-team-outcome-only"));
            }
            domain::opportunities::validate_team(&named).map_err(ApplicationError::Invalid)?;
            for (profile_id, _) in &named {
                let ok = profiles::find(&mut tx, *profile_id)
                    .await?
                    .is_some_and(|p| p.org_id == org_id && p.status == ProfileStatus::Listed);
                if !ok {
                    return Err(ApplicationError::Invalid(ValidationErrors::single(
                        "team",
                        "error-team-member",
                    )));
                }
            }
            named
        }
    };
    let new = NewApplication {
        opportunity_id,
        org_id,
        applicant_id: user,
        team,
        rate_pence: terms.rate_pence,
        earliest_start: terms.earliest_start,
        evidence: &terms.evidence,
        members: &members,
    };
    let id = applications::submit(&mut tx, &new, now).await?;
    let entry = Entry {
        org_id: Some(org_id),
        action: "application-submitted",
        subject: ("application", id.to_string()),
        before: None,
        after: Some(json!({ "status": "submitted", "opportunity": opportunity_id, "rate_pence": terms.rate_pence })),
    };
    audit(&mut tx, by, entry, now).await?;
    let a = applications::find(&mut tx, id)
        .await?
        .ok_or(ApplicationError::NotFound)?;
    let args = [
        ("name", a.applicant_name.clone()),
        ("title", a.opportunity_title.clone()),
    ];
    tell_role(
        ctx,
        &mut tx,
        org_id,
        Role::Manager,
        "notify-application-to-approve",
        &args,
        &link_to(id),
    )
    .await?;
    tx.commit().await?;
    Ok(id)
}

async fn load_application(tx: &mut Tx, id: i64) -> Result<(Application, ApplicationStatus), ApplicationError> {
    let a = applications::find(&mut *tx, id)
        .await?
        .ok_or(ApplicationError::NotFound)?;
    let status = a.status;
    Ok((a, status))
}

async fn record(
    tx: &mut Tx,
    by: By<'_>,
    a: &Application,
    action: &str,
    to: &str,
    now: DateTime<Utc>,
) -> store::Result<()> {
    let entry = Entry {
        org_id: Some(a.org_id),
        action,
        subject: ("application", a.id.to_string()),
        before: Some(json!({ "status": a.status })),
        after: Some(json!({ "status": to })),
    };
    audit(&mut *tx, by, entry, now).await
}

/// The applicant takes the application back, until closing.
pub async fn withdraw(ctx: &Ctx, by: By<'_>, id: i64) -> Result<(), ApplicationError> {
    let now = ctx.clock.now();
    let mut tx = ctx.db.begin().await?;
    let (a, _) = load_application(&mut tx, id).await?;
    let (o, status) = load(&mut tx, a.opportunity_id).await?;
    if status != Status::Live || o.closes_at.is_none_or(|c| c <= now) {
        return Err(ApplicationError::refused("error-applications-closed"));
    }
    if !applications::transition(&mut tx, id, &["submitted", "approved"], "withdrawn", None, None, now).await? {
        return Err(ApplicationError::refused("error-changed-meanwhile"));
    }
    record(&mut tx, by, &a, "application-withdrawn", "withdrawn", now).await?;
    tx.commit().await?;
    Ok(())
}

/// Withdraws an application whose applicant has left the applying council, in the
/// caller's transaction; when the buyer can already see it (the opportunity has closed
/// and is being evaluated), they are told. False when it changed meanwhile.
pub(crate) async fn withdraw_as_applicant_left(
    ctx: &Ctx,
    tx: &mut Tx,
    by: By<'_>,
    a: &applications::InPlay,
    now: DateTime<Utc>,
) -> Result<bool, ApplicationError> {
    let (application, _) = load_application(tx, a.id).await?;
    if !applications::transition(tx, a.id, &["submitted", "approved"], "withdrawn", None, None, now).await? {
        return Ok(false);
    }
    record(tx, by, &application, "application-withdrawn", "withdrawn", now).await?;
    if a.opportunity_status == "closed" {
        let args = [("title", a.opportunity_title.clone().unwrap_or_default())];
        let link = format!("/opportunities/{}/evaluate", a.opportunity_id);
        tell(ctx, tx, a.buyer_id, "notify-application-applicant-left", &args, &link).await?;
    }
    Ok(true)
}

/// A manager of the applying council approves (the buyer will see it after closing) or
/// declines with a reason, while the opportunity is open or being evaluated.
pub async fn decide(
    ctx: &Ctx,
    by: By<'_>,
    id: i64,
    approve: bool,
    reason: Option<&str>,
) -> Result<(), ApplicationError> {
    let now = ctx.clock.now();
    let mut tx = ctx.db.begin().await?;
    let (a, _) = load_application(&mut tx, id).await?;
    let (_, status) = load(&mut tx, a.opportunity_id).await?;
    if !matches!(status, Status::Live | Status::Closed) {
        return Err(ApplicationError::refused("error-opportunity-ended"));
    }
    let to = if approve { "approved" } else { "declined" };
    if !applications::transition(&mut tx, id, &["submitted"], to, by.user_id, reason, now).await? {
        return Err(ApplicationError::refused("error-changed-meanwhile"));
    }
    let action = if approve {
        "application-approved"
    } else {
        "application-declined"
    };
    record(&mut tx, by, &a, action, to, now).await?;
    let key = if approve {
        "notify-application-approved"
    } else {
        "notify-application-declined"
    };
    let args = [
        ("title", a.opportunity_title.clone()),
        ("reason", reason.unwrap_or_default().to_string()),
    ];
    tell(ctx, &mut tx, a.applicant_id, key, &args, &link_to(id)).await?;
    tx.commit().await?;
    Ok(())
}

/// The buyer's evaluation of one application, as typed and checked.
pub struct Evaluation {
    pub scores: Vec<(i64, Option<i64>)>,
    pub cultural: Option<i64>,
    pub notes: Option<String>,
    pub feedback: Option<String>,
    pub shortlisted: bool,
}

/// Records scores, notes, feedback and shortlisting, while the opportunity is closed.
pub async fn evaluate(ctx: &Ctx, by: By<'_>, id: i64, e: &Evaluation) -> Result<(), ApplicationError> {
    let now = ctx.clock.now();
    let mut tx = ctx.db.begin().await?;
    let (a, status) = load_application(&mut tx, id).await?;
    let (o, o_status) = load(&mut tx, a.opportunity_id).await?;
    if o_status != Status::Closed {
        return Err(ApplicationError::refused("error-evaluate-when-closed"));
    }
    if status != ApplicationStatus::Approved {
        return Err(ApplicationError::NotFound);
    }
    let criteria = store_opps::criteria(&mut tx, o.id).await?;
    if e.scores.iter().any(|(c, _)| !criteria.iter().any(|k| k.id == *c)) {
        return Err(ApplicationError::NotFound);
    }
    applications::record_evaluation(&mut tx, id, &e.scores, e.cultural, e.notes.as_deref(), e.shortlisted).await?;
    applications::set_feedback(&mut tx, id, e.feedback.as_deref()).await?;
    let entry = Entry {
        org_id: Some(o.org_id),
        action: "application-scored",
        subject: ("application", id.to_string()),
        before: None,
        after: Some(json!({ "shortlisted": e.shortlisted })),
    };
    audit(&mut tx, by, entry, now).await?;
    tx.commit().await?;
    Ok(())
}

/// The ranking of an opportunity's approved applications by the weighted scores.
pub async fn ranking(db: &store::Db, o: &Opportunity) -> Result<Vec<rules::Ranked>, ApplicationError> {
    let shown = applications::list(db, applications::Scope::ForBuyer(o.id)).await?;
    let criteria = store_opps::criteria(db, o.id).await?;
    let scores = applications::scores_for(db, o.id).await?;
    let cards: Vec<rules::Scorecard> = shown
        .iter()
        .map(|a| rules::Scorecard {
            application_id: a.id,
            criteria: criteria
                .iter()
                .map(|c| {
                    scores
                        .iter()
                        .find(|(app, crit, _)| *app == a.id && *crit == c.id)
                        .and_then(|(_, _, s)| *s)
                })
                .collect(),
            cultural: a.cultural_score,
            rate_pence: a.rate_pence,
        })
        .collect();
    let weights = rules::Weights {
        technical: o.technical_weight.unwrap_or_default(),
        cultural: o.cultural_weight.unwrap_or_default(),
        price: o.price_weight.unwrap_or_default(),
    };
    Ok(rules::rank(&cards, weights))
}

/// The buyer awards to the chosen approved applications (one for a specialist): the
/// opportunity becomes awarded (only one award stands, however they race), each chosen
/// application's practitioners get a proposed contract, the rest are told they were not
/// successful, with the buyer's feedback.
pub async fn award(ctx: &Ctx, by: By<'_>, id: i64, chosen: &[i64]) -> Result<Vec<i64>, ApplicationError> {
    let now = ctx.clock.now();
    let user = by.user_id.ok_or(ApplicationError::NotFound)?;
    let mut tx = ctx.db.begin().await?;
    let (o, from) = load(&mut tx, id).await?;
    let kind: Kind = o
        .kind
        .as_deref()
        .and_then(|k| k.parse().ok())
        .ok_or(ApplicationError::NotFound)?;
    rules::check_award_count(kind, chosen.len())
        .map_err(|k| ApplicationError::Invalid(ValidationErrors::single("chosen", k)))?;
    // The practitioners' capacity locks come first, in profile order, as for every change
    // that adds holds (ADR 0008), so an award cannot deadlock with a booking.
    let mut profiles_held = Vec::new();
    for app_id in chosen {
        profiles_held.extend(
            applications::members(&mut tx, *app_id)
                .await?
                .into_iter()
                .map(|m| m.profile_id),
        );
    }
    profiles_held.sort_unstable();
    profiles_held.dedup();
    for profile in profiles_held {
        capacity::lock_profile_capacity(&mut tx, profile).await?;
    }
    let to = rules::next_status(from, Event::Award).map_err(|e| ApplicationError::refused(e.key()))?;
    if !store_opps::transition(&mut tx, id, from.as_str(), to.as_str(), Some(user), None, now).await? {
        return Err(ApplicationError::refused("error-changed-meanwhile"));
    }
    let agreement = agreements::current(&mut tx)
        .await?
        .ok_or(ApplicationError::refused("error-no-agreement"))?;
    let legal_basis = agreements::legal_bases(&mut tx, false)
        .await?
        .first()
        .map(|b| b.id)
        .ok_or(ApplicationError::refused("error-no-legal-basis"))?;
    let mut contract_ids = Vec::new();
    for app_id in chosen {
        let (a, status) = load_application(&mut tx, *app_id).await?;
        if a.opportunity_id != id || status != ApplicationStatus::Approved {
            return Err(ApplicationError::Invalid(ValidationErrors::single(
                "chosen",
                "error-award-not-approved",
            )));
        }
        applications::transition(&mut tx, a.id, &["approved"], "awarded", None, None, now).await?;
        for m in applications::members(&mut tx, a.id).await? {
            let contract_id = contract_for(&mut tx, &o, &a, &m, (agreement.id, legal_basis), user, now).await?;
            applications::link_contract(&mut tx, a.id, m.profile_id, contract_id).await?;
            contract_ids.push(contract_id);
        }
        let args = [
            ("title", o.title.clone().unwrap_or_default()),
            ("council", o.org_name.clone()),
        ];
        tell(
            ctx,
            &mut tx,
            a.applicant_id,
            "notify-application-awarded",
            &args,
            &link_to(a.id),
        )
        .await?;
        tell_role(
            ctx,
            &mut tx,
            a.org_id,
            Role::Manager,
            "notify-contract-to-accept-supplier",
            &args,
            &link_to(a.id),
        )
        .await?;
    }
    let others = applications::settle_remaining(&mut tx, id, "unsuccessful").await?;
    tell_unsuccessful(ctx, &mut tx, &o, &others).await?;
    audit(
        &mut tx,
        by,
        Entry {
            org_id: Some(o.org_id),
            action: "opportunity-awarded",
            subject: ("opportunity", id.to_string()),
            before: Some(json!({ "status": "closed" })),
            after: Some(json!({ "status": "awarded", "applications": chosen, "contracts": contract_ids })),
        },
        now,
    )
    .await?;
    tx.commit().await?;
    Ok(contract_ids)
}

/// A proposed contract for one practitioner of an awarded application: the awarded rate
/// and hours, from the later of the two start dates to the opportunity's latest end (or as
/// long again, if the practitioner cannot start before it), hours held from now. The
/// caller holds the practitioner's capacity lock.
async fn contract_for(
    tx: &mut Tx,
    o: &Opportunity,
    a: &Application,
    m: &applications::Member,
    (agreement_id, legal_basis_id): (i64, i64),
    user: i64,
    now: DateTime<Utc>,
) -> Result<i64, ApplicationError> {
    let today = domain::weeks::london_date(now);
    let planned_start = o.earliest_start.unwrap_or(today);
    let planned_end = o.latest_end.unwrap_or(planned_start);
    let start = a.earliest_start.max(planned_start).max(today);
    let end = if start <= planned_end {
        planned_end
    } else {
        start + (planned_end - planned_start)
    };
    let defaults = agreements::contract_defaults(&mut *tx, a.org_id).await?;
    let terms = Terms {
        rate_pence: a.rate_pence,
        schedule: spread(m.minutes, start, end),
        start,
        end,
        settlement: domain::bookings::Settlement::Money,
        invoicing: InvoicingFrequency::Monthly,
        po_number: None,
        vat: defaults.vat_treatment,
        payment_terms_days: defaults.payment_terms_days,
        legal_basis_id,
    };
    let purpose = o.title.clone().unwrap_or_default();
    let new = NewContract {
        buyer_org_id: o.org_id,
        supplier_org_id: a.org_id,
        profile_id: m.profile_id,
        practitioner_id: m.user_id,
        booking_id: None,
        purpose: &purpose,
        lgsl_id: o.lgsl_id,
        agreement_version_id: agreement_id,
        buyer_contact_id: Some(user),
        supplier_contact_id: a.decided_by,
    };
    let contract_id = contracts::create(tx, &new, now).await?;
    let version = NewVersion {
        contract_id,
        version: 1,
        status: "accepted",
        terms: &terms,
        summary: "",
        proposed_by_side: Side::Buyer,
        proposed_by: user,
    };
    contracts::add_version(tx, &version, now).await?;
    capacity::add_holds(
        tx,
        m.profile_id,
        &terms.schedule,
        HoldKind::Contract,
        super::contracts::hold_source(contract_id),
        now,
    )
    .await?;
    let after = json!({ "status": "proposed", "opportunity_id": o.id, "application_id": a.id,
        "rate_pence": terms.rate_pence, "hours_cap_minutes": terms.hours_cap_minutes(),
        "value_cap_pence": terms.value_cap_pence() });
    deals::audit_both(
        tx,
        By {
            user_id: Some(user),
            client_ip: "",
        },
        (o.org_id, a.org_id),
        "contract-proposed",
        ("contract", contract_id),
        None,
        Some(after),
        now,
    )
    .await?;
    Ok(contract_id)
}

async fn tell_unsuccessful(ctx: &Ctx, tx: &mut Tx, o: &Opportunity, ids: &[i64]) -> Result<(), ApplicationError> {
    for id in ids {
        if let Some(a) = applications::find(&mut *tx, *id).await? {
            let args = [
                ("title", o.title.clone().unwrap_or_default()),
                ("feedback", a.feedback.clone().unwrap_or_default()),
            ];
            tell(
                ctx,
                tx,
                a.applicant_id,
                "notify-application-unsuccessful",
                &args,
                &link_to(a.id),
            )
            .await?;
        }
    }
    Ok(())
}

/// The buyer ends a closed opportunity without an award: no suitable applicant, or
/// cancelled, with a reason shown on its page. Every approved applicant is told.
pub async fn end_without_award(
    ctx: &Ctx,
    by: By<'_>,
    id: i64,
    event: Event,
    reason: &str,
) -> Result<(), ApplicationError> {
    let now = ctx.clock.now();
    let mut tx = ctx.db.begin().await?;
    let (o, from) = load(&mut tx, id).await?;
    let to = rules::next_status(from, event).map_err(|e| ApplicationError::refused(e.key()))?;
    if !store_opps::transition(&mut tx, id, from.as_str(), to.as_str(), by.user_id, Some(reason), now).await? {
        return Err(ApplicationError::refused("error-changed-meanwhile"));
    }
    let others = applications::settle_remaining(&mut tx, id, "unsuccessful").await?;
    tell_unsuccessful(ctx, &mut tx, &o, &others).await?;
    audit(
        &mut tx,
        by,
        Entry {
            org_id: Some(o.org_id),
            action: "opportunity-ended",
            subject: ("opportunity", id.to_string()),
            before: Some(json!({ "status": from.as_str() })),
            after: Some(json!({ "status": to.as_str(), "reason": reason })),
        },
        now,
    )
    .await?;
    tx.commit().await?;
    Ok(())
}

/// The value of an application as offered: its rate times its hours.
pub fn offered_value(a: &Application) -> String {
    format_pence(domain::contracts::cost_pence(a.rate_pence, a.minutes))
}
