//! Microcontracts (SPEC §4.5): each council accepts; variations are proposed by one side
//! and take effect when the other accepts; the buyer completes, either side terminates.
//! Also the platform's agreement versions and legal bases, and each council's signature.

use super::deals::{self, check_free};
use super::notify::{notify, Recipient};
use super::By;
use crate::Ctx;
use chrono::{DateTime, NaiveDate, Utc};
use domain::authz::{authorise, Action, Actor};
use domain::contracts::{self as rules, ContractEvent, ContractState, ContractStatus, Side, Terms, Variation};
use domain::roles::Role;
use domain::weeks::Week;
use serde_json::json;
use store::capacity::{self, HoldKind};
use store::contracts::{self, Contract, NewVersion};
use store::{agreements, members, users, Tx};

step_error! {
    /// Why a step on a contract (signing, a variation, ending it) did not happen.
    ContractError {
        /// Some weeks a variation adds do not have the hours free.
        #[error("not enough free hours")]
        NoCapacity(Vec<domain::bookings::Shortfall>),
    }
}

pub fn hold_source(contract_id: i64) -> (&'static str, i64) {
    ("contract", contract_id)
}

fn variation_source(version_id: i64) -> (&'static str, i64) {
    ("variation", version_id)
}

pub fn link(id: i64) -> String {
    format!("/contracts/{id}")
}

async fn load(tx: &mut Tx, id: i64) -> Result<(Contract, ContractState), ContractError> {
    let c = contracts::find(&mut *tx, id).await?.ok_or(ContractError::NotFound)?;
    let status: ContractStatus = c.status;
    let state = ContractState {
        status,
        buyer_accepted: c.buyer_accepted_at.is_some(),
        supplier_accepted: c.supplier_accepted_at.is_some(),
    };
    Ok((c, state))
}

pub fn org_of(c: &Contract, side: Side) -> i64 {
    match side {
        Side::Buyer => c.buyer_org_id,
        Side::Supplier => c.supplier_org_id,
    }
}

/// Contract `id`, if `actor` may see it: someone of either council, or the practitioner.
pub async fn visible(ctx: &Ctx, actor: Option<&Actor>, id: i64) -> Result<Contract, ContractError> {
    let c = contracts::find(&ctx.db, id).await?.ok_or(ContractError::NotFound)?;
    authorise(
        actor,
        Action::ViewDeal {
            buyer: c.buyer_org_id,
            supplier: c.supplier_org_id,
            practitioner: c.practitioner_id,
        },
    )?;
    Ok(c)
}

step_names!(
    /// The steps a council takes on a contract, as pages and the API name them.
    StepName {
        Accept => "accept",
        Complete => "complete",
        Terminate => "terminate",
        VariationAccept => "variation-accept",
        VariationDecline => "variation-decline",
        VariationWithdraw => "variation-withdraw",
    }
);

/// A step with what it needs: why, to terminate.
#[derive(Debug, Clone)]
pub enum Step {
    Accept,
    Complete,
    Terminate { reason: String },
    AnswerVariation(Answer),
}

impl Step {
    /// The step `name`, with the reason given (only terminating reads it).
    pub fn named(name: StepName, reason: &str) -> Step {
        match name {
            StepName::Accept => Step::Accept,
            StepName::Complete => Step::Complete,
            StepName::Terminate => Step::Terminate {
                reason: reason.to_string(),
            },
            StepName::VariationAccept => Step::AnswerVariation(Answer::Accept),
            StepName::VariationDecline => Step::AnswerVariation(Answer::Decline),
            StepName::VariationWithdraw => Step::AnswerVariation(Answer::Withdraw),
        }
    }
}

/// Takes `step` on contract `c` (as `visible` read it) for `side`, which `actor` must be
/// allowed to act for. Returns the step's past tense for the page's banner.
pub async fn take_step(
    ctx: &Ctx,
    actor: Option<&Actor>,
    by: By<'_>,
    c: &Contract,
    side: Side,
    step: Step,
) -> Result<&'static str, ContractError> {
    let id = c.id;
    authorise(
        actor,
        Action::ActFor {
            side,
            org: org_of(c, side),
        },
    )?;
    Ok(match step {
        Step::Accept => {
            accept(ctx, by, id, side).await?;
            "accepted"
        }
        Step::Complete => {
            end(ctx, by, id, side, None).await?;
            "completed"
        }
        Step::Terminate { reason } => {
            let reason = domain::bookings::validate_reason(&reason).map_err(ContractError::Invalid)?;
            end(ctx, by, id, side, Some(&reason)).await?;
            "terminated"
        }
        Step::AnswerVariation(answer) => {
            answer_variation(ctx, by, id, side, answer).await?;
            match answer {
                Answer::Accept => "variation-accepted",
                Answer::Decline => "variation-declined",
                Answer::Withdraw => "variation-withdrawn",
            }
        }
    })
}

/// The current terms as the domain sees them.
pub async fn current_terms(db: &store::Db, c: &Contract) -> Result<(i64, Terms), ContractError> {
    let v = contracts::version(db, c.id, c.current_version)
        .await?
        .ok_or(ContractError::NotFound)?;
    let schedule = contracts::version_weeks(db, v.id).await?;
    Ok((
        v.id,
        Terms {
            rate_pence: v.rate_pence,
            schedule,
            start: v.start_date,
            end: v.end_date,
            settlement: v.settlement,
            invoicing: v.invoicing,
            po_number: v.po_number.clone(),
            vat: v.vat_treatment,
            payment_terms_days: v.payment_terms_days,
            legal_basis_id: v.legal_basis_id,
        },
    ))
}

/// Tells the people who act for `side` of the contract.
async fn tell_side(
    ctx: &Ctx,
    tx: &mut Tx,
    c: &Contract,
    side: Side,
    key: &str,
    args: &[(&str, String)],
    now: DateTime<Utc>,
) -> Result<(), ContractError> {
    let roles: &[Role] = match side {
        Side::Buyer => &[Role::Buyer],
        Side::Supplier => &[Role::Manager, Role::CouncilAdmin],
    };
    let mut told = Vec::new();
    for role in roles {
        for person in members::with_role(&mut *tx, org_of(c, side), *role).await? {
            if told.contains(&person.user_id) {
                continue;
            }
            told.push(person.user_id);
            let to = Recipient {
                user_id: person.user_id,
                email: &person.email,
            };
            notify(ctx, tx, &to, key, args, &link(c.id), now).await?;
        }
    }
    Ok(())
}

async fn tell_practitioner(
    ctx: &Ctx,
    tx: &mut Tx,
    c: &Contract,
    key: &str,
    args: &[(&str, String)],
    now: DateTime<Utc>,
) -> Result<(), ContractError> {
    if let Some(user) = users::find_by_id(&mut *tx, c.practitioner_id).await? {
        let to = Recipient {
            user_id: user.id,
            email: &user.email,
        };
        notify(ctx, tx, &to, key, args, &link(c.id), now).await?;
    }
    Ok(())
}

fn args(c: &Contract) -> Vec<(&'static str, String)> {
    vec![
        ("reference", rules::reference(c.id)),
        ("name", c.practitioner_name.clone()),
        ("buyer", c.buyer_org_name.clone()),
        ("supplier", c.supplier_org_name.clone()),
    ]
}

/// One council accepts the proposed contract; it needs that council's signature of the
/// contract's agreement version. When both have accepted the contract is active.
pub async fn accept(ctx: &Ctx, by: By<'_>, id: i64, side: Side) -> Result<ContractStatus, ContractError> {
    let now = ctx.clock.now();
    let user_id = by.user_id.ok_or(ContractError::NotFound)?;
    let mut tx = ctx.db.begin().await?;
    let (c, from) = load(&mut tx, id).await?;
    let to =
        rules::next_contract_state(from, ContractEvent::Accept(side)).map_err(|e| ContractError::refused(e.key))?;
    if agreements::signature(&mut tx, org_of(&c, side), c.agreement_version_id)
        .await?
        .is_none()
    {
        return Err(ContractError::refused("error-agreement-not-signed"));
    }
    if !contracts::record_acceptance(&mut tx, id, side, user_id, now).await? {
        return Err(ContractError::refused("error-changed-meanwhile"));
    }
    let activated = contracts::activate_if_accepted(&mut tx, id, now).await?;
    let action = match side {
        Side::Buyer => "contract-accepted-by-buyer",
        Side::Supplier => "contract-accepted-by-supplier",
    };
    deals::audit_both(
        &mut tx,
        by,
        (c.buyer_org_id, c.supplier_org_id),
        action,
        ("contract", id),
        Some(json!({ "status": from.status.as_str() })),
        Some(json!({ "status": to.status.as_str() })),
        now,
    )
    .await?;
    if activated {
        tell_side(ctx, &mut tx, &c, Side::Buyer, "notify-contract-active", &args(&c), now).await?;
        tell_side(
            ctx,
            &mut tx,
            &c,
            Side::Supplier,
            "notify-contract-active",
            &args(&c),
            now,
        )
        .await?;
        tell_practitioner(ctx, &mut tx, &c, "notify-contract-active", &args(&c), now).await?;
    } else {
        tell_side(
            ctx,
            &mut tx,
            &c,
            side.other(),
            "notify-contract-to-accept",
            &args(&c),
            now,
        )
        .await?;
    }
    tx.commit().await?;
    Ok(to.status)
}

/// One side proposes new terms; the hours it adds are held at once (so no other request
/// can take them) and released if the variation is declined or withdrawn.
/// `based_on` is the version the variation was written against: if another took effect
/// meanwhile, the proposal is refused rather than silently undoing it.
pub async fn propose_variation(
    ctx: &Ctx,
    by: By<'_>,
    id: i64,
    side: Side,
    based_on: i64,
    v: &Variation,
) -> Result<i64, ContractError> {
    let now = ctx.clock.now();
    let user_id = by.user_id.ok_or(ContractError::NotFound)?;
    let mut tx = ctx.db.begin().await?;
    let (c, from) = load(&mut tx, id).await?;
    if from.status != ContractStatus::Active {
        return Err(ContractError::refused("error-variation-needs-active"));
    }
    if c.current_version != based_on {
        return Err(ContractError::refused("error-changed-meanwhile"));
    }
    capacity::lock_profile_capacity(&mut tx, c.profile_id).await?;
    if contracts::waiting_variation(&mut tx, id).await?.is_some() {
        return Err(ContractError::refused("error-variation-waiting"));
    }
    check_free(&mut tx, c.profile_id, &v.added)
        .await?
        .map_err(ContractError::NoCapacity)?;
    let number = contracts::next_version(&mut tx, id).await?;
    let version = NewVersion {
        contract_id: id,
        version: number,
        status: "proposed",
        terms: &v.terms,
        summary: &v.summary,
        proposed_by_side: side,
        proposed_by: user_id,
    };
    let version_id = match contracts::add_version(&mut tx, &version, now).await {
        Err(e) if e.is_unique_violation() => return Err(ContractError::refused("error-variation-waiting")),
        other => other?,
    };
    capacity::add_holds(
        &mut tx,
        c.profile_id,
        &v.added,
        HoldKind::Request,
        variation_source(version_id),
        now,
    )
    .await?;
    let after = json!({ "version": number, "rate_pence": v.terms.rate_pence, "hours_cap_minutes": v.terms.hours_cap_minutes(), "end": v.terms.end });
    deals::audit_both(
        &mut tx,
        by,
        (c.buyer_org_id, c.supplier_org_id),
        "contract-variation-proposed",
        ("contract", id),
        None,
        Some(after),
        now,
    )
    .await?;
    let mut a = args(&c);
    a.push(("version", number.to_string()));
    tell_side(ctx, &mut tx, &c, side.other(), "notify-variation-proposed", &a, now).await?;
    tx.commit().await?;
    Ok(number)
}

/// How a waiting variation is answered.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Answer {
    /// The other side accepts: the variation becomes the contract's terms.
    Accept,
    /// The other side declines.
    Decline,
    /// The proposing side takes it back.
    Withdraw,
}

pub async fn answer_variation(ctx: &Ctx, by: By<'_>, id: i64, side: Side, answer: Answer) -> Result<(), ContractError> {
    let now = ctx.clock.now();
    let user_id = by.user_id.ok_or(ContractError::NotFound)?;
    let mut tx = ctx.db.begin().await?;
    let (c, from) = load(&mut tx, id).await?;
    let waiting = contracts::waiting_variation(&mut tx, id)
        .await?
        .ok_or(ContractError::refused("error-variation-none-waiting"))?;
    let proposer: Side = waiting.proposed_by_side;
    match answer {
        Answer::Withdraw if proposer != side => return Err(ContractError::refused("error-variation-not-yours")),
        Answer::Accept | Answer::Decline if proposer == side => {
            return Err(ContractError::refused("error-variation-other-side"))
        }
        _ => {}
    }
    if answer == Answer::Accept && from.status != ContractStatus::Active {
        return Err(ContractError::refused("error-variation-needs-active"));
    }
    let to = match answer {
        Answer::Accept => "accepted",
        Answer::Decline => "declined",
        Answer::Withdraw => "withdrawn",
    };
    capacity::lock_profile_capacity(&mut tx, c.profile_id).await?;
    if !contracts::answer_version(&mut tx, waiting.id, to, user_id, now).await? {
        return Err(ContractError::refused("error-changed-meanwhile"));
    }
    let added = capacity::held_by_source(&mut tx, variation_source(waiting.id)).await?;
    capacity::release_holds(&mut tx, variation_source(waiting.id).0, waiting.id, now).await?;
    if answer == Answer::Accept {
        contracts::set_current_version(&mut tx, id, waiting.version).await?;
        capacity::add_holds(&mut tx, c.profile_id, &added, HoldKind::Contract, hold_source(id), now).await?;
    }
    deals::audit_both(
        &mut tx,
        by,
        (c.buyer_org_id, c.supplier_org_id),
        match answer {
            Answer::Accept => "contract-variation-accepted",
            Answer::Decline => "contract-variation-declined",
            Answer::Withdraw => "contract-variation-withdrawn",
        },
        ("contract", id),
        Some(json!({ "version": c.current_version })),
        Some(json!({ "version": waiting.version, "status": to })),
        now,
    )
    .await?;
    let mut a = args(&c);
    a.push(("version", waiting.version.to_string()));
    let key = match answer {
        Answer::Accept => "notify-variation-accepted",
        Answer::Decline => "notify-variation-declined",
        Answer::Withdraw => "notify-variation-withdrawn",
    };
    let other = if answer == Answer::Withdraw {
        side.other()
    } else {
        proposer
    };
    tell_side(ctx, &mut tx, &c, other, key, &a, now).await?;
    if answer == Answer::Accept {
        tell_practitioner(ctx, &mut tx, &c, key, &a, now).await?;
    }
    tx.commit().await?;
    Ok(())
}

/// The buyer completes an active contract, or either side terminates an open one with a
/// reason. Hours held from next week on are released: they will not be worked.
pub async fn end(ctx: &Ctx, by: By<'_>, id: i64, side: Side, reason: Option<&str>) -> Result<(), ContractError> {
    let now = ctx.clock.now();
    let user_id = by.user_id.ok_or(ContractError::NotFound)?;
    let mut tx = ctx.db.begin().await?;
    let (c, from) = load(&mut tx, id).await?;
    let event = match reason {
        None => ContractEvent::Complete,
        Some(_) => ContractEvent::Terminate,
    };
    if event == ContractEvent::Complete && side != Side::Buyer {
        return Err(ContractError::refused("error-contract-complete-buyer"));
    }
    let to = rules::next_contract_state(from, event).map_err(|e| ContractError::refused(e.key))?;
    capacity::lock_profile_capacity(&mut tx, c.profile_id).await?;
    if !contracts::end(
        &mut tx,
        id,
        from.status.as_str(),
        to.status.as_str(),
        user_id,
        reason,
        now,
    )
    .await?
    {
        return Err(ContractError::refused("error-changed-meanwhile"));
    }
    let next_week = Week::current(now).next();
    let released = capacity::release_holds_from(&mut tx, hold_source(id), next_week, now).await?;
    if let Some(waiting) = contracts::waiting_variation(&mut tx, id).await? {
        contracts::answer_version(&mut tx, waiting.id, "withdrawn", user_id, now).await?;
        capacity::release_holds(&mut tx, variation_source(waiting.id).0, waiting.id, now).await?;
    }
    deals::audit_both(
        &mut tx,
        by,
        (c.buyer_org_id, c.supplier_org_id),
        if reason.is_some() {
            "contract-terminated"
        } else {
            "contract-completed"
        },
        ("contract", id),
        Some(json!({ "status": from.status.as_str() })),
        Some(json!({ "status": to.status.as_str(), "reason": reason, "released_minutes": released })),
        now,
    )
    .await?;
    let mut a = args(&c);
    a.push(("reason", reason.unwrap_or_default().to_string()));
    let key = if reason.is_some() {
        "notify-contract-terminated"
    } else {
        "notify-contract-completed"
    };
    tell_side(ctx, &mut tx, &c, side.other(), key, &a, now).await?;
    tell_practitioner(ctx, &mut tx, &c, key, &a, now).await?;
    tx.commit().await?;
    Ok(())
}

/// A council admin records who signed the current agreement version for the council.
pub struct SignatureInput<'s> {
    pub org_id: i64,
    pub agreement_version_id: i64,
    pub signatory_name: &'s str,
    pub signatory_role: &'s str,
    pub signed_on: NaiveDate,
}

pub async fn record_signature(ctx: &Ctx, by: By<'_>, s: &SignatureInput<'_>) -> Result<(), ContractError> {
    let now = ctx.clock.now();
    let user_id = by.user_id.ok_or(ContractError::NotFound)?;
    let mut tx = ctx.db.begin().await?;
    let agreement = agreements::find(&mut tx, s.agreement_version_id)
        .await?
        .ok_or(ContractError::NotFound)?;
    let new = agreements::NewSignature {
        org_id: s.org_id,
        agreement_version_id: agreement.id,
        signatory_name: s.signatory_name,
        signatory_role: s.signatory_role,
        signed_on: s.signed_on,
        recorded_by: user_id,
    };
    agreements::record_signature(&mut tx, &new, now).await?;
    let entry = super::Entry {
        org_id: Some(s.org_id),
        action: "agreement-signed",
        subject: ("agreement", agreement.version.clone()),
        before: None,
        after: Some(json!({ "signatory": s.signatory_name, "role": s.signatory_role, "signed_on": s.signed_on })),
    };
    super::audit(&mut tx, by, entry, now).await?;
    tx.commit().await?;
    Ok(())
}

/// A council's defaults for the contracts it supplies (VAT treatment, payment terms), and
/// the department its contracts register names for the contracts it lets.
pub async fn set_defaults(
    ctx: &Ctx,
    by: By<'_>,
    org_id: i64,
    vat: rules::VatTreatment,
    payment_terms_days: i64,
    register_department: Option<&str>,
) -> Result<(), ContractError> {
    let now = ctx.clock.now();
    let user_id = by.user_id.ok_or(ContractError::NotFound)?;
    let mut tx = ctx.db.begin().await?;
    let before = agreements::contract_defaults(&mut tx, org_id).await?;
    agreements::set_contract_defaults(
        &mut tx,
        org_id,
        vat.as_str(),
        payment_terms_days,
        register_department,
        user_id,
        now,
    )
    .await?;
    let entry = super::Entry {
        org_id: Some(org_id),
        action: "contract-defaults-changed",
        subject: ("organisation", org_id.to_string()),
        before: Some(json!({
            "vat": before.vat_treatment,
            "payment_terms_days": before.payment_terms_days,
            "register_department": before.register_department,
        })),
        after: Some(json!({
            "vat": vat.as_str(),
            "payment_terms_days": payment_terms_days,
            "register_department": register_department,
        })),
    };
    super::audit(&mut tx, by, entry, now).await?;
    tx.commit().await?;
    Ok(())
}

/// A platform admin publishes a new agreement version.
pub async fn publish_agreement(
    ctx: &Ctx,
    by: By<'_>,
    version: &str,
    title: &str,
    body: &str,
) -> Result<i64, ContractError> {
    let now = ctx.clock.now();
    let user_id = by.user_id.ok_or(ContractError::NotFound)?;
    let mut tx = ctx.db.begin().await?;
    let id = match agreements::publish(&mut tx, version, title, body, user_id, now).await {
        Err(e) if e.is_unique_violation() => {
            return Err(ContractError::Invalid(domain::ValidationErrors::single(
                "version",
                "error-agreement-version-taken",
            )))
        }
        other => other?,
    };
    let entry = super::Entry {
        org_id: None,
        action: "agreement-published",
        subject: ("agreement", version.to_string()),
        before: None,
        after: Some(json!({ "title": title })),
    };
    super::audit(&mut tx, by, entry, now).await?;
    tx.commit().await?;
    Ok(id)
}

/// A platform admin adds a legal basis, or retires or restores one.
pub async fn add_legal_basis(ctx: &Ctx, by: By<'_>, name: &str, description: &str) -> Result<i64, ContractError> {
    let now = ctx.clock.now();
    let mut tx = ctx.db.begin().await?;
    let id = match agreements::add_legal_basis(&mut tx, name, description, now).await {
        Err(e) if e.is_unique_violation() => {
            return Err(ContractError::Invalid(domain::ValidationErrors::single(
                "name",
                "error-legal-basis-taken",
            )))
        }
        other => other?,
    };
    let entry = super::Entry {
        org_id: None,
        action: "legal-basis-added",
        subject: ("legal_basis", id.to_string()),
        before: None,
        after: Some(json!({ "name": name })),
    };
    super::audit(&mut tx, by, entry, now).await?;
    tx.commit().await?;
    Ok(id)
}

pub async fn retire_legal_basis(ctx: &Ctx, by: By<'_>, id: i64, retired: bool) -> Result<(), ContractError> {
    let now = ctx.clock.now();
    let mut tx = ctx.db.begin().await?;
    if !agreements::retire_legal_basis(&mut tx, id, retired, now).await? {
        return Err(ContractError::NotFound);
    }
    let entry = super::Entry {
        org_id: None,
        action: if retired {
            "legal-basis-retired"
        } else {
            "legal-basis-restored"
        },
        subject: ("legal_basis", id.to_string()),
        before: None,
        after: None,
    };
    super::audit(&mut tx, by, entry, now).await?;
    tx.commit().await?;
    Ok(())
}
